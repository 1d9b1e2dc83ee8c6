/**
 * Per-request context: fresh loaders (nothing cached crosses requests), the
 * read service over them, ingestion, the caller's authorization, a
 * round-trip counter, and the live bus with the stream's last event id. It carries no store: resolvers reach the graph through
 * the read service and the loaders only.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Config } from './config';
import { UnauthenticatedError } from './errors';
import { createIngestion } from './ingest/ingestion';
import { createLoaders } from './service/loaders';
import { createKbService } from './service/read-service';
import { createStores } from './stores/stores';
import type { BookmarkManager } from 'neo4j-driver';
import type { Db, RoundTripCounter } from './neo4j/driver';
import { NOW, type AsOf } from './domain/as-of';
import { BOOKMARKS_HEADER, parseBookmarks } from './shared-state/bookmarks-header';
import { createLiveBus, type LiveBus } from './shared-state/live-bus';

export interface Auth {
  isAdmin: boolean;
  /** Throws UNAUTHENTICATED (HTTP 401) unless the request carries the admin token. */
  requireAdmin(): void;
}

/** Constant-time comparison of the bearer token; false when no token is configured. */
export function isAdminToken(header: string | null, adminToken: string | null): boolean {
  if (!adminToken || !header) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(adminToken));
}

/** The `Last-Event-ID` header of a reconnecting event stream: the `seq` of the last event received; null when absent or not one. */
export function lastEventId(request: Request): number | null {
  const value = request.headers.get('last-event-id')?.trim();
  return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

/**
 * `bookmarkManager`: the server's (write-broadcast.ts); a request's X-KB-Bookmarks (checked before) add to it.
 * `live`: the bus that writes are announced on and subscriptions listen to (src/shared-state/live-bus.ts).
 */
export function createContext(db: Db, config: Config, request: Request, bookmarkManager?: BookmarkManager, live: LiveBus = createLiveBus(null, undefined)) {
  const roundTrips: RoundTripCounter = { count: 0 };
  const bookmarks = parseBookmarks(request.headers.get(BOOKMARKS_HEADER)) ?? [];
  const dbWith = (given: string[]): Db => ({ ...db, counter: roundTrips, bookmarkManager: bookmarkManager ?? db.bookmarkManager, bookmarks: given.length > 0 ? given : undefined });
  const requestDb = dbWith(bookmarks);
  // The times the operation's @asOf asks about, set before it runs (src/as-of-plugin.ts); today's until then.
  const time: { asOf: AsOf } = { asOf: NOW };
  const reads = (over: Db) => {
    const stores = createStores(over);
    const loaders = createLoaders(stores, () => time.asOf);
    return { loaders, kb: createKbService(stores, loaders) };
  };
  const isAdmin = isAdminToken(request.headers.get('authorization'), config.adminToken);
  const auth: Auth = {
    isAdmin,
    requireAdmin() {
      if (!config.adminToken) throw new UnauthenticatedError('Mutations are disabled: the server has no KB_ADMIN_TOKEN.');
      if (!isAdmin) throw new UnauthenticatedError();
    },
  };
  /** The server's bookmarks, which hold those of every write this server committed (read after a mutation's write). */
  const writtenBookmarks = async (): Promise<string[]> => (requestDb.bookmarkManager ? [...(await requestDb.bookmarkManager.getBookmarks())] : []);
  return {
    ...reads(requestDb),
    ingestion: createIngestion(requestDb, { onCommitted: live.publish }),
    time,
    auth,
    roundTrips,
    writtenBookmarks,
    live,
    lastEventId: lastEventId(request),
    signal: request.signal,
    /**
     * Fresh loaders and service, reading with `bookmarks` (a write's, from the bus): a subscription lives for many
     * events and takes these before each, so nothing cached crosses events, as nothing crosses requests.
     */
    renewed: (eventBookmarks: string[]) => reads(dbWith(eventBookmarks.length > 0 ? eventBookmarks : bookmarks)),
  };
}

export type Context = ReturnType<typeof createContext>;
