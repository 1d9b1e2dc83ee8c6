/**
 * The Redis connections that API replicas share state through (REDIS_URL): rate-limit counters, the response cache
 * and the channel that carries its invalidations. ioredis reconnects by itself; a command waits at most
 * COMMAND_TIMEOUT_MS (queued while connecting, so the first requests after start use Redis too), then fails and its
 * user falls back as its own module says: a Redis outage slows a request by that much at worst, never hangs it.
 */
import { Redis } from 'ioredis';

export interface SharedRedis {
  /** Commands: counters and cache entries. */
  client: Redis;
  /** A second connection for SUBSCRIBE, which blocks a connection for anything else. */
  subscriber: Redis;
  close(): Promise<void>;
}

export const COMMAND_TIMEOUT_MS = 500;

export function connectRedis(url: string, log: (line: string) => void): SharedRedis {
  const options = { maxRetriesPerRequest: 1, commandTimeout: COMMAND_TIMEOUT_MS, connectTimeout: 2000 } as const;
  const client = new Redis(url, options);
  const subscriber = new Redis(url, { maxRetriesPerRequest: null, connectTimeout: 2000 });
  let reported = false;
  for (const connection of [client, subscriber]) {
    connection.on('error', (error: Error) => {
      // Once per outage: ioredis retries every few hundred ms and would repeat it each time.
      if (!reported) log(`Redis at ${new URL(url).host} is unavailable (${error.message}); counters and the cache fall back to this process until it is back.`);
      reported = true;
    });
    connection.on('ready', () => (reported = false));
  }
  return {
    client,
    subscriber,
    async close() {
      await Promise.all([client, subscriber].map((connection) => connection.quit().catch(() => connection.disconnect())));
    },
  };
}
