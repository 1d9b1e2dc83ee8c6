/**
 * The response cache for reads (Yoga's response-cache plugin). Entries are keyed on a generation, so invalidating is
 * moving to a new one (old entries are never read again and expire): no per-entity bookkeeping, and "every ingestion
 * and retraction invalidates" holds whatever the write touched. The generation has two parts:
 * - the graph version (version-store.ts), read again when a request comes more than `POLL_MS` after the last
 *   reading: a write from anywhere (another replica, the curation CLI) is seen within that time;
 * - the generation of write-broadcast.ts, moved at once by a mutation on this server and, with Redis, on every
 *   replica (one Redis counter), so the replicas share one key space and one cache.
 * Entries live in a bounded in-memory LRU, or in Redis with REDIS_URL (shared; a failing Redis is a cache miss).
 * Off for the admin token (its answers must be fresh) and when KB_RESPONSE_CACHE_TTL_MS=0.
 */
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config';
import { isAdminToken } from '../context';
import type { Db } from '../neo4j/driver';
import { createVersionStore } from '../stores/version-store';
import type { SharedRedis } from './redis';
import { BOOKMARKS_HEADER } from './bookmarks-header';
import type { WriteBroadcast } from './write-broadcast';

export const POLL_MS = 1000;
const UNKNOWN = 'unknown';

/** Entries as plain keys with a TTL: the generation does the invalidating, so nothing is kept per entity. */
function redisCache(redis: SharedRedis): Cache {
  return {
    async set(id, data, _entities, ttl) {
      await redis.client.set(`kb-rc:entry:${id}`, JSON.stringify(data), 'PX', Math.max(1, ttl)).catch(() => undefined);
    },
    async get(id) {
      const stored = await redis.client.get(`kb-rc:entry:${id}`).catch(() => null);
      return stored === null ? undefined : (JSON.parse(stored) as ExecutionResult<Record<string, unknown>>);
    },
    invalidate: () => undefined,
  };
}

export interface ResponseCache {
  plugins: Plugin[];
  /** The current generation, read fresh (at most POLL_MS old): it changes with every write, wherever it was made. */
  generation(): Promise<string>;
}

export function createResponseCache(config: Config, db: Db, redis: SharedRedis | null, broadcast: WriteBroadcast): ResponseCache | null {
  const { ttlMs, maxEntries } = config.responseCache;
  if (ttlMs === 0) return null;
  const versions = createVersionStore(db);
  let graphVersion = UNKNOWN;
  let counter = 0;
  const generation = () => `${graphVersion}#${counter}`;

  // Read when a request needs it and the last reading is older than POLL_MS (one reading in flight at a time), not
  // on a timer: an idle server reads nothing, and a request never sees a version older than POLL_MS.
  let polledAt = 0;
  let polling: Promise<void> | null = null;
  const poll = (): Promise<void> => {
    polling ??= versions
      .graphVersion()
      .catch(() => `unreachable-${Date.now()}`)
      .then((version) => {
        graphVersion = version;
        polledAt = Date.now();
      })
      .finally(() => (polling = null));
    return polling;
  };
  const fresh = async () => {
    if (Date.now() - polledAt > POLL_MS) await poll();
  };
  void poll();

  broadcast.onWrite((notice) => (counter = Math.max(counter, notice.generation)));

  const inner = redis ? redisCache(redis) : createInMemoryCache({ max: maxEntries });
  // An answer is stored under the generation its read started in: one computed across an invalidation must not be
  // filed under the new generation. When identical reads started in different generations, none is stored. Reads
  // that are never stored (errors) leave entries that are dropped in bulk.
  const startedIn = new Map<string, Set<string>>();
  const cache: Cache = {
    async get(id) {
      if (startedIn.size > 10_000) startedIn.clear();
      await fresh();
      // Until a graph version is known (Neo4j has not answered yet), nothing is read or stored.
      if (graphVersion === UNKNOWN) return undefined;
      const current = generation();
      startedIn.set(id, (startedIn.get(id) ?? new Set()).add(current));
      return inner.get(`${current}:${id}`);
    },
    async set(id, data, entities, ttl) {
      const started = startedIn.get(id);
      startedIn.delete(id);
      if (!started || started.size !== 1) return;
      await inner.set(`${[...started][0]}:${id}`, data, entities, ttl);
    },
    invalidate: () => undefined,
  };

  const responseCache = useResponseCache({
    cache,
    ttl: ttlMs,
    session: () => null,
    // Nor for a read that asks for given writes (X-KB-Bookmarks): it must come from Neo4j, which waits for them.
    enabled: (request) => !isAdminToken(request.headers.get('authorization'), config.adminToken) && !request.headers.has(BOOKMARKS_HEADER),
    invalidateViaMutation: false,
    includeExtensionMetadata: false,
  });

  return {
    plugins: [responseCache],
    async generation() {
      await fresh();
      return generation();
    },
  };
}
