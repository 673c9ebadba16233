import os from 'node:os';

/** This machine's IPv4 addresses on its networks: where other machines reach a hub on 0.0.0.0. */
export function lanAddresses(): string[] {
  const addresses: string[] = [];
  for (const entries of Object.values(os.networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) addresses.push(entry.address);
    }
  }
  return addresses;
}

/** The same URL on another host. */
export function withHost(url: string, host: string): string {
  const copy = new URL(url);
  copy.hostname = host;
  return copy.toString().replace(/\/$/, '');
}
