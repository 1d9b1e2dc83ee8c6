/**
 * Pages and their cursors: every connection of the API (root lists, nested `dealsPage`, stats groups) cuts its items
 * the same way and issues the same opaque cursors, so a cursor of one list means the same offset in another.
 */
import type { NodeRow } from '../domain/rows';
import { BadUserInputError } from '../errors';
import { LIMITS, checkLimit } from '../limits';

/** A page request: `first` rows after the cursor `after`. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T = NodeRow> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

/** Longest cursor text we could have issued: the prefix and the digits of the largest offset, in base64url. */
const MAX_CURSOR_LENGTH = encodeCursor(LIMITS.cursorOffset.max).length;

/**
 * The offset after `cursor`; 0 without one. Only a cursor exactly as `encodeCursor` writes it, for an offset from 0 to
 * LIMITS.cursorOffset.max, is accepted: anything else (another spelling of a number, `1e300`, an offset past the safe
 * integers or past the int range of Cypher's list indexes) is BAD_USER_INPUT before any Cypher runs.
 */
export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const invalid = () => new BadUserInputError('after is not a valid cursor.', { argument: 'after' });
  if (cursor.length > MAX_CURSOR_LENGTH) throw invalid();
  const match = /^offset:(0|[1-9][0-9]*)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(offset) || offset > LIMITS.cursorOffset.max || encodeCursor(offset) !== cursor) throw invalid();
  return offset + 1;
}

/** The slice a page request asks for: `first` checked against LIMITS.list, `after` decoded. Throws BAD_USER_INPUT. */
export function pageSlice(args: PageArgs): { skip: number; first: number } {
  return { first: checkLimit('first', args.first, LIMITS.list), skip: decodeCursor(args.after) };
}

/** A connection of `rows`, the page of `total` items that starts at `skip`. */
export function toConnection<T>(page: { total: number; rows: T[] }, skip: number): Connection<T> {
  const edges = page.rows.map((node, index) => ({ cursor: encodeCursor(skip + index), node }));
  return {
    totalCount: page.total,
    edges,
    pageInfo: {
      hasNextPage: skip + edges.length < page.total,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** A connection of an in-memory list (stats groups), cut as a stored page would be. */
export function connectionOf<T>(items: readonly T[], args: PageArgs): Connection<T> {
  const { skip, first } = pageSlice(args);
  return toConnection({ total: items.length, rows: items.slice(skip, skip + first) }, skip);
}
