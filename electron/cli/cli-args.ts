import { parseArgs } from 'node:util';

export const CLI_USAGE = `usage:
  npm run cli -- import FILE --data-dir DIR [--default-country CC] [--campaign ID]
  npm run cli -- export attempts|leads --data-dir DIR [--out FILE]
  npm run cli -- recover --data-dir DIR`;

export type CliCommand =
  | { kind: 'import'; file: string; dataDir: string; defaultCountry: string; campaignId: string }
  | { kind: 'export'; what: 'attempts' | 'leads'; dataDir: string; out: string | null }
  | { kind: 'recover'; dataDir: string };

/** Throws an Error whose message says what is wrong with the command line. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      'default-country': { type: 'string' },
      campaign: { type: 'string' },
      out: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir is required.');
  const [command, target] = positionals;
  switch (command) {
    case 'import': {
      if (!target) throw new Error('import needs the CSV file to read.');
      const country = (values['default-country'] ?? 'US').toUpperCase();
      if (!/^[A-Z]{2}$/.test(country)) {
        throw new Error(`--default-country must be a two-letter country code, got "${country}".`);
      }
      const campaignId = values.campaign ?? 'default';
      if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(campaignId)) {
        throw new Error(
          `--campaign must be a campaign id (lowercase letters, digits, dashes), got "${campaignId}".`,
        );
      }
      return { kind: 'import', file: target, dataDir, defaultCountry: country, campaignId };
    }
    case 'export':
      if (target !== 'attempts' && target !== 'leads') {
        throw new Error(`export needs "attempts" or "leads", got "${target ?? ''}".`);
      }
      return { kind: 'export', what: target, dataDir, out: values.out ?? null };
    case 'recover':
      return { kind: 'recover', dataDir };
    default:
      throw new Error(`Unknown command "${command ?? ''}".`);
  }
}
