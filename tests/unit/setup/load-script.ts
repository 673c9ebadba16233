/**
 * Loads one of scripts/*.mjs for a test. They are plain Node ESM without type declarations, so the
 * specifier is built at run time (a literal one would need them) and the test names the types.
 */
export async function loadScript<T>(name: string): Promise<T> {
  const url = new URL(`../../../scripts/${name}`, import.meta.url);
  return (await import(url.href)) as T;
}
