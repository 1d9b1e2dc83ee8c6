/**
 * The bus the live subscriptions listen on: each committed write's change-feed events, with the Neo4j bookmarks of
 * that write so that a replica reading after it sees it. In memory by default; with REDIS_URL, Yoga's Redis event
 * target over the shared connections, so that an event published by one replica reaches the subscribers of all.
 *
 * The bus is a notice, the feed is the record: a subscriber that finds a gap before a batch (a batch lost while Redis
 * was away, or overtaken by one from another replica) reads the feed for it (src/service/live-service.ts).
 */
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Repeater, SlidingBuffer } from '@graphql-yoga/subscription';
import { createPubSub } from 'graphql-yoga';
import type { BookmarkManager } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { ChangeRow } from '../domain/change-events';
import type { SharedRedis } from './redis';

export const LIVE_TOPIC = 'kb-changes';

export interface LiveBatch {
  rows: ChangeRow[];
  bookmarks: string[];
}

export interface LiveBus {
  /** Publishes a committed write's events (never throws: a failed publish is covered by the feed). */
  publish(rows: ChangeRow[]): void;
  /** The batches published from the first `next()` on, until the iterator is returned. */
  subscribe(): AsyncIterableIterator<LiveBatch>;
  /** Resolves once every publish so far has been handed to Redis (or failed): before a process that published exits. */
  settled(): Promise<void>;
  /** Subscribers listening now. */
  subscribers(): number;
}

/**
 * The event target wants two ioredis connections and calls `publish` and `subscribe` without awaiting them; these
 * stand-ins catch their failures, which would otherwise be unhandled rejections while Redis is away.
 */
function guarded(redis: SharedRedis): { publishClient: Redis; subscribeClient: Redis } {
  const publishClient = { publish: (channel: string, message: string) => redis.client.publish(channel, message).catch(() => 0) };
  const subscribeClient = {
    on: (event: string, listener: (...args: unknown[]) => void) => redis.subscriber.on(event, listener),
    subscribe: (channel: string) => redis.subscriber.subscribe(channel).catch(() => 0),
    unsubscribe: (channel: string) => redis.subscriber.unsubscribe(channel).catch(() => 0),
  };
  return { publishClient: publishClient as unknown as Redis, subscribeClient: subscribeClient as unknown as Redis };
}

/** Batches a subscriber may fall behind by before the oldest are dropped (it then reads them from the feed). */
export const SUBSCRIBER_BUFFER = 64;

/** `listen: false` for a process that only publishes (the ingest CLI): it never subscribes to Redis. */
export function createLiveBus(redis: SharedRedis | null, bookmarkManager: BookmarkManager | undefined, { listen = true } = {}): LiveBus {
  const eventTarget = redis ? createRedisEventTarget(guarded(redis)) : new EventTarget();
  const pubsub = createPubSub<{ [LIVE_TOPIC]: [LiveBatch] }>({ eventTarget });
  // One listener per replica, from the start: the Redis subscription is open before any subscriber comes, and each
  // subscriber gets its own bounded buffer, so a slow one drops its oldest batches instead of holding the others.
  const subscribers = new Set<(batch: LiveBatch) => unknown>();
  if (listen) eventTarget.addEventListener(LIVE_TOPIC, (event) => {
    const batch = (event as CustomEvent<LiveBatch>).detail;
    if (!batch || !Array.isArray(batch.rows)) return;
    for (const push of subscribers) void Promise.resolve(push(batch)).catch(() => undefined);
  });
  const publishing = new Set<Promise<unknown>>();
  return {
    publish(rows) {
      const done = (async () => {
        const bookmarks = bookmarkManager ? [...(await bookmarkManager.getBookmarks())] : [];
        pubsub.publish(LIVE_TOPIC, { rows, bookmarks });
        // The Redis target publishes without waiting; a PING on the same connection answers after it.
        if (redis) await redis.client.ping();
      })().catch(() => undefined);
      publishing.add(done);
      void done.finally(() => publishing.delete(done));
    },
    settled: async () => void (await Promise.all([...publishing])),
    subscribers: () => subscribers.size,
    subscribe() {
      const batches = new Repeater<LiveBatch>(async (push, stop) => {
        subscribers.add(push);
        await stop;
        subscribers.delete(push);
      }, new SlidingBuffer(SUBSCRIBER_BUFFER));
      return batches;
    },
  };
}
