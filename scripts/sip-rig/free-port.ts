import dgram from 'node:dgram';
import net from 'node:net';

function bindTcp(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as net.AddressInfo;
      server.close(() => resolve(bound));
    });
  });
}

function bindUdp(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket('udp4');
    socket.once('error', reject);
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve()));
  });
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return bindTcp(0);
}

/**
 * A port free for SIP on 127.0.0.1 over UDP and TCP, whose next port is free too: baresip listens
 * on the port over UDP and TCP and on the next one over TLS.
 */
export async function freeSipPort(): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      await bindUdp(port);
      await bindTcp(port + 1);
      await bindUdp(port + 1);
      return port;
    } catch (error) {
      if (attempt === 20) throw error;
    }
  }
}
