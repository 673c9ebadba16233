/** A wall screen's address, with the weekly panel turned on when asked (`&weekly=1`). */
export function wallAddress(url: string, weekly: boolean): string {
  if (!weekly) return url;
  const address = new URL(url);
  address.searchParams.set('weekly', '1');
  return address.toString();
}
