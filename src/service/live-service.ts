/**
 * The live subscriptions: the change feed's events as they commit, cut into what each subscription is about.
 *
 * Delivery is gap-free and in feed order. A subscriber starts at `after` (the last `seq` it received, when it
 * reconnects) or at the feed's end; it reads the feed from there, then takes live batches from the bus, and whenever a
 * batch does not follow on from the last event it saw (a batch dropped, or overtaken by one from another replica) it
 * reads the missing events from the feed before it. Every event is delivered once: nothing at or before the last seq
 * seen is delivered again.
 */
import type { ChangeRow } from '../domain/change-events';
import { completeWrites, dealChanges, dealMatches, hiresAdded, unseen, valueChanges, writesOf, type DealChangeRow, type DealWatch, type HireAddedRow } from '../domain/live-events';
import { BadUserInputError } from '../errors';
import { LIMITS, checkRange } from '../limits';
import type { Loaders } from './loaders';
import type { KbService } from './read-service';

/** The bus, as the service sees it (src/shared-state/live-bus.ts). */
export interface LiveSource {
  subscribe(): AsyncIterableIterator<{ rows: ChangeRow[]; bookmarks: string[] }>;
}

export interface Reads {
  loaders: Loaders;
  kb: KbService;
}

/** A subscription's context: its reads, which are renewed before each batch, the bus, and the stream's Last-Event-ID. */
export interface LiveContext extends Reads {
  live: LiveSource;
  lastEventId: number | null;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  renewed(bookmarks: string[]): Reads;
}

/** Feed events read per round trip while catching up. */
export const CATCH_UP_PAGE = 200;

/** `after` as given (checked by the caller), else the Last-Event-ID header. */
const startAfter = (after: number | null | undefined, context: LiveContext): number | null => after ?? context.lastEventId;

/** The feed's whole writes after `last`, up to `upTo` when given, page by page. */
async function* catchUp(kb: KbService, last: number, upTo: number | null): AsyncGenerator<ChangeRow[]> {
  for (;;) {
    const page = await kb.feedAfter(last, CATCH_UP_PAGE);
    const rows = completeWrites(page, page.length === CATCH_UP_PAGE).filter((row) => upTo === null || row.seq <= upTo);
    if (rows.length === 0) return;
    yield rows;
    last = (rows.at(-1) as ChangeRow).seq;
    if (page.length < CATCH_UP_PAGE) return;
  }
}

/**
 * The feed's events after `after` (or from now), as batches of whole writes, with the context renewed before each
 * batch so that what the subscriber reads about it is read after the write.
 */
export async function* feedBatches(context: LiveContext, after: number | null | undefined): AsyncGenerator<ChangeRow[]> {
  const start = startAfter(after, context);
  const live = context.live.subscribe();
  // The first next() registers the subscriber: from here on nothing committed is missed.
  let pending = live.next();
  // A generator waiting for a batch would only see its return() once the batch came: the client leaving ends the wait.
  const leave = () => void live.return?.();
  context.signal.addEventListener('abort', leave, { once: true });
  const renew = (bookmarks: string[]) => Object.assign(context, context.renewed(bookmarks));
  try {
    let last = start ?? (await context.kb.lastChangeSeq());
    if (start !== null) {
      for await (const rows of catchUp(context.kb, last, null)) {
        renew([]);
        yield rows;
        last = (rows.at(-1) as ChangeRow).seq;
      }
    }
    for (;;) {
      const next = await pending;
      if (next.done) return;
      pending = live.next();
      const { rows, gap } = unseen(last, next.value.rows);
      if (rows.length === 0) continue;
      renew(next.value.bookmarks);
      const batches = gap ? catchUp(context.kb, last, (rows.at(-1) as ChangeRow).seq) : single(rows);
      for await (const batch of batches) {
        yield batch;
        last = (batch.at(-1) as ChangeRow).seq;
      }
    }
  } finally {
    context.signal.removeEventListener('abort', leave);
    await live.return?.();
  }
}

async function* single<T>(value: T): AsyncGenerator<T> {
  yield value;
}

/**
 * A name or id watched for: resolved to the organization's id as soon as the graph has one by that name or id (at
 * subscription time, or at a later batch for an organization that only appears then); until then, the text itself,
 * compared with ids.
 */
function watchedId(value: string | null | undefined): (kb: KbService) => Promise<string | null> {
  let resolved: string | null = null;
  return async (kb) => {
    if (value === null || value === undefined) return null;
    resolved ??= await kb.entityId('Organization', value);
    return resolved ?? value;
  };
}

/** Checked before the stream starts, so a bad argument is an error answer, not a broken stream. */
function checkAfter(after: number | null | undefined): void {
  if (after !== null && after !== undefined && (!Number.isInteger(after) || after < 0)) {
    throw new BadUserInputError(`after must be the seq of an event received (an integer of 0 or more); got ${after}.`, { argument: 'after' });
  }
}

export function dealChangesFor(
  context: LiveContext,
  args: { minAnnualizedUsd?: number | null; party?: string | null; status?: string | null; after?: number | null },
): AsyncGenerator<DealChangeRow> {
  checkAfter(args.after);
  const minAnnualizedUsd = checkRange('minAnnualizedUsd', args.minAnnualizedUsd, LIMITS.usd);
  const party = watchedId(args.party);
  return (async function* () {
    for await (const rows of feedBatches(context, args.after)) {
      const watch: DealWatch = { minAnnualizedUsd, status: args.status ?? null, partyId: await party(context.kb) };
      for (const change of writesOf(rows).flatMap(dealChanges)) {
        const deal = await context.kb.node(change.dealId);
        const parties = deal && watch.partyId !== null ? await context.loaders.relation.partiesByDeal.load({ id: change.dealId, first: LIMITS.list.max, arg: null }) : [];
        if (dealMatches(watch, deal, parties.map((p) => String(p.subjectId)))) yield change;
      }
    }
  })();
}

export function hiresAddedFor(context: LiveContext, args: { to?: string | null; from?: string | null; after?: number | null }): AsyncGenerator<HireAddedRow> {
  checkAfter(args.after);
  const [to, from] = [watchedId(args.to), watchedId(args.from)];
  return (async function* () {
    for await (const rows of feedBatches(context, args.after)) {
      const [toId, fromId] = [await to(context.kb), await from(context.kb)];
      for (const hire of hiresAdded(rows)) {
        if (toId !== null && hire.toId !== toId) continue;
        if (fromId !== null && (await context.kb.node(hire.hireId))?.fromId !== fromId) continue;
        yield hire;
      }
    }
  })();
}

export function valueChangesFor(context: LiveContext, args: { entity?: string | null; after?: number | null }): AsyncGenerator<ChangeRow> {
  checkAfter(args.after);
  return (async function* () {
    for await (const rows of feedBatches(context, args.after)) yield* valueChanges(rows, args.entity ?? null);
  })();
}
