import type { test } from '@playwright/test';
import { chromiumPath } from '../support/chromium';

type UseOptions = Parameters<typeof test.use>[0];

/**
 * The test's Chromium with a fake microphone granted without a prompt, for the tests whose
 * window carries a phone (Twilio's Device, the SIP phone). `extraArgs` go after the usual flags.
 */
export function chromiumWithFakeMicrophone(...extraArgs: string[]): UseOptions {
  return {
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        ...extraArgs,
      ],
    },
    permissions: ['microphone'],
  };
}
