import { parseArgs } from 'node:util';

export const CLI_USAGE = `usage:
  npm run cli -- import FILE --data-dir DIR [--default-country CC] [--campaign ID]
  npm run cli -- import FILE --hub URL --hub-token-file F [--default-country CC] [--campaign ID]
  npm run cli -- export attempts|leads --data-dir DIR [--out FILE]
  npm run cli -- recover --data-dir DIR`;

export type CliCommand =
  | { kind: 'import'; file: string; dataDir: string; defaultCountry: string; campaignId: string }
  /** Into a team campaign on the hub (the team's "Web leads" unless --campaign names one). */
  | {
      kind: 'hub-import';
      file: string;
      hubUrl: string;
      tokenFile: string;
      defaultCountry: string;
      campaignId: string;
    }
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
      hub: { type: 'string' },
      'hub-token-file': { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [command, target] = positionals;
  if (command === 'import' && values.hub !== undefined) return hubImport(target, values);
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir is required.');
  switch (command) {
    case 'import': {
      if (!target) throw new Error('import needs the CSV file to read.');
      const country = defaultCountry(values['default-country']);
      const campaignId = campaign(values.campaign ?? 'default');
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

function hubImport(
  file: string | undefined,
  values: {
    hub?: string;
    'hub-token-file'?: string;
    'default-country'?: string;
    campaign?: string;
  },
): CliCommand {
  if (!file) throw new Error('import needs the CSV file to read.');
  const hubUrl = values.hub ?? '';
  if (!/^https?:\/\/[^/\s]+\/?$/.test(hubUrl)) {
    throw new Error(
      `--hub must be the hub's address, such as http://10.0.0.5:5190, got "${hubUrl}".`,
    );
  }
  const tokenFile = values['hub-token-file'];
  if (!tokenFile)
    throw new Error('--hub needs --hub-token-file F: the file holding the team token.');
  return {
    kind: 'hub-import',
    file,
    hubUrl: hubUrl.replace(/\/$/, ''),
    tokenFile,
    defaultCountry: defaultCountry(values['default-country']),
    campaignId: campaign(values.campaign ?? 'web-leads'),
  };
}

function defaultCountry(given: string | undefined): string {
  const country = (given ?? 'US').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) {
    throw new Error(`--default-country must be a two-letter country code, got "${country}".`);
  }
  return country;
}

function campaign(campaignId: string): string {
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(campaignId)) {
    throw new Error(
      `--campaign must be a campaign id (lowercase letters, digits, dashes), got "${campaignId}".`,
    );
  }
  return campaignId;
}
