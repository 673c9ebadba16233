/**
 * Which pages are ours: app://dialdeck, plus the dev server in development. Compared as
 * `protocol//host` because WHATWG URL gives a custom scheme an opaque origin ("null").
 */
export interface OwnOrigins {
  readonly isOwnUrl: (url: string) => boolean;
}

export function originKeyOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username !== '' || parsed.password !== '' || parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

export function createOwnOrigins(origins: readonly string[]): OwnOrigins {
  const keys = new Set<string>();
  for (const origin of origins) {
    const key = originKeyOf(origin);
    if (key === null) throw new Error(`Not an origin: ${origin}`);
    keys.add(key);
  }
  return {
    isOwnUrl: (url) => {
      const key = originKeyOf(url);
      return key !== null && keys.has(key);
    },
  };
}
