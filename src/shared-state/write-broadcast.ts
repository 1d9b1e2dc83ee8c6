/**
 * "A write happened": told to every replica when a mutation commits. Each notice carries a generation (a Redis
 * counter, so all replicas agree on it; a local one without Redis) and the Neo4j bookmarks of the write. The response
 * cache moves to the new generation; the bookmark manager hands the bookmarks to every read, so a read on any replica
 * sees the write (causal consistency, as the driver defines it).
 */
import { Kind, type DefinitionNode, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import neo4j, { type BookmarkManager } from 'neo4j-driver';
import { refusal } from '../security';
import { BOOKMARKS_HEADER, MAX_BOOKMARKS, parseBookmarks } from './bookmarks-header';
import type { SharedRedis } from './redis';

export { BOOKMARKS_HEADER } from './bookmarks-header';

const COUNTER_KEY = 'kb-writes:generation';
const CHANNEL = 'kb-writes';

export interface WriteNotice {
  generation: number;
  bookmarks: string[];
}

export interface WriteBroadcast {
  /** The bookmarks every read of this server runs with (its own writes', and those other replicas announced). */
  bookmarkManager: BookmarkManager;
  /** Announces a committed write, with the bookmarks the manager holds now (after that write). */
  announce(): Promise<void>;
  onWrite(listener: (notice: WriteNotice) => void): void;
}

export function createWriteBroadcast(redis: SharedRedis | null): WriteBroadcast {
  let fromOthers: string[] = [];
  let generation = 0;
  const listeners: ((notice: WriteNotice) => void)[] = [];
  const bookmarkManager = neo4j.bookmarkManager({ bookmarksSupplier: async () => fromOthers });
  const deliver = (notice: WriteNotice) => {
    generation = Math.max(generation, notice.generation);
    for (const listener of listeners) listener({ ...notice, generation });
  };

  if (redis) {
    void redis.client.get(COUNTER_KEY).then((value) => (generation = Math.max(generation, Number(value ?? 0)))).catch(() => undefined);
    void redis.subscriber.subscribe(CHANNEL).catch(() => undefined);
    redis.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== CHANNEL) return;
      try {
        const notice = JSON.parse(message) as WriteNotice;
        if (Array.isArray(notice.bookmarks)) fromOthers = notice.bookmarks.filter((bookmark) => typeof bookmark === 'string');
        deliver({ generation: Number(notice.generation) || 0, bookmarks: fromOthers });
      } catch {
        // Not ours: ignored.
      }
    });
  }

  return {
    bookmarkManager,
    onWrite: (listener) => void listeners.push(listener),
    async announce() {
      const bookmarks = [...(await bookmarkManager.getBookmarks())];
      // This replica moves on at once, whatever Redis does.
      deliver({ generation: generation + 1, bookmarks });
      if (!redis) return;
      try {
        const shared = await redis.client.incr(COUNTER_KEY);
        deliver({ generation: shared, bookmarks });
        await redis.client.publish(CHANNEL, JSON.stringify({ generation: shared, bookmarks }));
      } catch {
        // Redis is down: the others see the write through the graph version (response cache) within a second.
      }
    },
  };
}

/** Refuses a malformed X-KB-Bookmarks (400 BAD_BOOKMARKS), and announces every mutation once it has run. */
export function writeBroadcastPlugin(broadcast: WriteBroadcast): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (parseBookmarks(request.headers.get(BOOKMARKS_HEADER)) === null) {
        endResponse(refusal(fetchAPI, 400, 'BAD_BOOKMARKS', `${BOOKMARKS_HEADER} takes at most ${MAX_BOOKMARKS} comma-separated bookmarks, exactly as a mutation's \`bookmarks\` gave them.`));
      }
    },
    onExecute({ args }) {
      const isMutation = (args.document as DocumentNode).definitions.some((definition: DefinitionNode) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation');
      if (!isMutation) return;
      return { onExecuteDone: () => broadcast.announce() };
    },
  };
}
