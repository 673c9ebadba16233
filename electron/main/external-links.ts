import type { Shell } from 'electron';

/** Only plain https links leave the app, and never with credentials baked into the URL. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Opens a vetted link in the user's browser; anything else is refused and reported as false. */
export async function openExternalSafely(
  shell: Pick<Shell, 'openExternal'>,
  url: string,
): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await shell.openExternal(new URL(url).href);
  return true;
}
