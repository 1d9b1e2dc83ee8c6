/**
 * Per-request context: fresh loaders (nothing cached crosses requests), the
 * read service over them, ingestion, the caller's authorization, and a
 * round-trip counter. It carries no store: resolvers reach the graph through
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
import { BOOKMARKS_HEADER, parseBookmarks } from './shared-state/bookmarks-header';

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

/** `bookmarkManager`: the server's (write-broadcast.ts); a request's X-KB-Bookmarks (checked before) add to it. */
export function createContext(db: Db, config: Config, request: Request, bookmarkManager?: BookmarkManager) {
  const roundTrips: RoundTripCounter = { count: 0 };
  const bookmarks = parseBookmarks(request.headers.get(BOOKMARKS_HEADER)) ?? [];
  const requestDb: Db = { ...db, counter: roundTrips, bookmarkManager: bookmarkManager ?? db.bookmarkManager, bookmarks: bookmarks.length > 0 ? bookmarks : undefined };
  const stores = createStores(requestDb);
  const loaders = createLoaders(stores);
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
  return { loaders, kb: createKbService(stores, loaders), ingestion: createIngestion(requestDb), auth, roundTrips, writtenBookmarks };
}

export type Context = ReturnType<typeof createContext>;
