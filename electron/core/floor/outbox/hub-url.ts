/** The hub's base URL (http, https, ws or wss) → the socket URL of one of its paths. */
export function hubSocketUrl(hubUrl: string, path: string): string {
  const url = new URL(hubUrl);
  if (url.protocol === 'http:') url.protocol = 'ws:';
  else if (url.protocol === 'https:') url.protocol = 'wss:';
  else if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new Error(
      `The hub address must start with http://, https://, ws:// or wss:// (got ${hubUrl}).`,
    );
  }
  url.pathname = path;
  url.search = '';
  url.hash = '';
  return url.toString();
}
