import fs from 'node:fs';
import path from 'node:path';
import { generateTeamToken, MIN_TEAM_TOKEN_LENGTH } from './rep-key';

/** The hub's token file in its data folder: reused across restarts so reps' settings stay valid. */
export function teamTokenFile(dataDir: string): string {
  return path.join(dataDir, 'hub-token');
}

/** Reads a token file (first line, trimmed); throws a message fit to print when unusable. */
export function readTeamToken(file: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the token file ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const token = text.split(/\r?\n/)[0]?.trim() ?? '';
  assertTeamToken(token, `The token in ${file}`);
  return token;
}

/** The data folder's token, created (owner-only) on first start. */
export function loadOrCreateTeamToken(dataDir: string): { token: string; created: boolean } {
  const file = teamTokenFile(dataDir);
  if (fs.existsSync(file)) return { token: readTeamToken(file), created: false };
  fs.mkdirSync(dataDir, { recursive: true });
  const token = generateTeamToken();
  fs.writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return { token, created: true };
}

export function assertTeamToken(token: string, what = 'The team token'): void {
  if (token.length < MIN_TEAM_TOKEN_LENGTH || !/^[A-Za-z0-9._~+/=-]+$/.test(token)) {
    throw new Error(
      `${what} must be at least ${MIN_TEAM_TOKEN_LENGTH} characters of letters, digits and ._~+/=-.`,
    );
  }
}
