/** One hub address as the hub prints it (http/https), or as a socket address (ws/wss). */
export const HUB_ADDRESS_PATTERN = /^(https?|wss?):\/\/[^\s/?#@,]+(:\d{1,5})?\/?$/;

/**
 * The rep's hub setting: one address, or several hub nodes of one floor separated by commas
 * (`https://hub-a:5190, https://hub-b:5190`); the app moves to the next when one is down.
 */
export function parseHubAddresses(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function isHubAddressList(text: string): boolean {
  const addresses = parseHubAddresses(text);
  return (
    addresses.length > 0 &&
    addresses.length <= 16 &&
    addresses.every((address) => HUB_ADDRESS_PATTERN.test(address))
  );
}
