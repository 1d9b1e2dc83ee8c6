/** A server from createServer behind the real node:http wrapper (request scope, timeouts), on a free loopback port. */
import type net from 'node:net';
import { createHttpServer } from '../../src/http-server';
import type { KbServer } from '../../src/server';

export interface Listening {
  url: string;
  /** Stops accepting, then disposes of the Yoga instance (its Redis connections). */
  close(): Promise<void>;
}

export async function listenOnLoopback(yoga: KbServer, requestTimeoutMs = 10_000): Promise<Listening> {
  const server = createHttpServer(yoga, requestTimeoutMs);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await yoga.dispose();
    },
  };
}
