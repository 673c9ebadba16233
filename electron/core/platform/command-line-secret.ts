import fs from 'node:fs';

/** The ways a shell takes one secret: a flag with the secret, a flag with a file, a variable. */
export interface SecretOptions {
  /** What the secret is, in words: "team token". */
  what: string;
  /** Takes the secret itself, e.g. --hub-token: kept working, with a warning. */
  flag: string;
  /** Takes a file holding the secret, e.g. --hub-token-file. */
  fileFlag: string;
  /** Holds the secret, e.g. DIALDECK_HUB_TOKEN. */
  envVar: string;
}

export type SecretSource =
  | { kind: 'file'; file: string }
  /** `name` is the flag or the variable it came from, for messages about the value. */
  | { kind: 'value'; value: string; name: string };

export interface ChosenSecret {
  source: SecretSource | null;
  /** Set when the secret came on the command line. */
  warning: string | null;
}

/**
 * Where the secret comes from: the file flag or the flag (not both), else the environment
 * variable. The flag still works, but its value shows in `ps` and in npm's echo of the command
 * (so in CI logs), hence the warning; the warning never repeats the secret.
 */
export function chooseSecret(
  options: SecretOptions,
  given: { value: string | undefined; file: string | undefined },
  env: NodeJS.ProcessEnv,
): ChosenSecret {
  if (given.value !== undefined && given.file !== undefined) {
    throw new Error(`Give the ${options.what} once: ${options.fileFlag} or ${options.flag}.`);
  }
  if (given.file !== undefined)
    return { source: { kind: 'file', file: given.file }, warning: null };
  if (given.value !== undefined) {
    return {
      source: { kind: 'value', value: given.value, name: options.flag },
      warning: secretFlagWarning(options),
    };
  }
  const fromEnv = env[options.envVar]?.trim();
  if (!fromEnv) return { source: null, warning: null };
  return { source: { kind: 'value', value: fromEnv, name: options.envVar }, warning: null };
}

export function secretFlagWarning(options: SecretOptions): string {
  return (
    `Warning: ${options.flag} shows the ${options.what} to anyone who can list processes (ps) ` +
    `and in npm's echo of the command; use ${options.fileFlag} FILE or the ${options.envVar} ` +
    'environment variable instead.'
  );
}

/** A secret's file: its first line, trimmed; throws a message fit to print when unreadable. */
export function readSecretFile(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8').split(/\r?\n/)[0]?.trim() ?? '';
  } catch (error) {
    throw new Error(`Cannot read the ${what} file ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
