/**
 * What the live subscriptions make of the change feed's events. Pure: the service reads the events (live, or from the
 * feed after a reconnect) and the graph; these functions cut them into writes, pick what each subscription is about,
 * and decide which rows are new to a subscriber that has seen up to a given `seq`.
 */
import type { ChangeRow } from './change-events';
import { factEnds } from './ids';

/** One write's effect on one deal, as `Subscription.dealChanged` delivers it. */
export interface DealChangeRow {
  seq: number;
  at: string;
  articleId: string;
  dealId: string;
  changes: ChangeRow[];
}

/** A hire new to the graph, as `Subscription.hireAdded` delivers it. */
export interface HireAddedRow {
  seq: number;
  at: string;
  articleId: string;
  hireId: string;
  /** The hiring organization, from the hire's id (it is part of it). */
  toId: string;
}

const sameWrite = (a: ChangeRow, b: ChangeRow) => a.articleId === b.articleId && a.at === b.at;

/** Consecutive events of one ingestion or retraction share its article and its time: the writes, in order. */
export function writesOf(rows: readonly ChangeRow[]): ChangeRow[][] {
  const writes: ChangeRow[][] = [];
  for (const row of rows) {
    const current = writes.at(-1);
    if (current && sameWrite(current[0], row)) current.push(row);
    else writes.push([row]);
  }
  return writes;
}

/**
 * A page of the feed without its last write when the page is full and that write may go on past it, so that no write
 * is delivered in two halves; the whole page when it holds a single write (a write larger than a page is cut).
 */
export function completeWrites(page: readonly ChangeRow[], full: boolean): ChangeRow[] {
  if (!full) return [...page];
  const writes = writesOf(page);
  return writes.length > 1 ? writes.slice(0, -1).flat() : [...page];
}

/**
 * The rows of a live batch that a subscriber who has seen up to `last` has not seen, and whether the feed must be read
 * first because some came before the batch that the subscriber never received (a batch lost, or overtaken by a later
 * one from another replica).
 */
export function unseen(last: number, rows: readonly ChangeRow[]): { rows: ChangeRow[]; gap: boolean } {
  const fresh = rows.filter((row) => row.seq > last);
  return { rows: fresh, gap: fresh.length > 0 && fresh[0].seq !== last + 1 };
}

/** The deal an event is about: the deal itself, or the deal of a party fact. */
function dealOf(row: ChangeRow): string | null {
  if (!row.targetId) return null;
  if (row.targetType === 'Deal') return row.targetId;
  if (row.targetType === 'DealParty') return factEnds(row.targetId)?.object ?? null;
  return null;
}

/** One write's events grouped by the deal they are about, in the order each deal first appears. */
export function dealChanges(write: readonly ChangeRow[]): DealChangeRow[] {
  const byDeal = new Map<string, ChangeRow[]>();
  for (const row of write) {
    const dealId = dealOf(row);
    if (dealId === null) continue;
    byDeal.set(dealId, [...(byDeal.get(dealId) ?? []), row]);
  }
  return [...byDeal].map(([dealId, changes]) => {
    const last = changes.at(-1) as ChangeRow;
    return { seq: last.seq, at: last.at, articleId: last.articleId, dealId, changes };
  });
}

/** The hires a batch of events adds to the graph. */
export function hiresAdded(rows: readonly ChangeRow[]): HireAddedRow[] {
  return rows.flatMap((row) => {
    if (row.kind !== 'FACT_ADDED' || row.targetType !== 'Hire' || !row.targetId) return [];
    const ends = factEnds(row.targetId);
    return ends ? [{ seq: row.seq, at: row.at, articleId: row.articleId, hireId: row.targetId, toId: ends.object }] : [];
  });
}

/** The displayed-value changes of a batch, of one entity or fact when `entity` is given. */
export function valueChanges(rows: readonly ChangeRow[], entity: string | null): ChangeRow[] {
  return rows.filter((row) => row.kind === 'VALUE_CHANGED' && (entity === null || row.targetId === entity));
}

/** What a deal must be for `dealChanged`'s filters; null members are not asked. */
export interface DealWatch {
  minAnnualizedUsd: number | null;
  status: string | null;
  /** The party's id, when the name or id given resolved to one; else the text given, compared with ids. */
  partyId: string | null;
}

export const watchesAnything = (watch: DealWatch) => watch.minAnnualizedUsd !== null || watch.status !== null || watch.partyId !== null;

/**
 * Whether a deal, as the graph shows it after the write, passes the filters: `deal` null when it is no longer live
 * (then only an unfiltered subscription takes it), `partyIds` its parties' organization ids.
 */
export function dealMatches(watch: DealWatch, deal: Readonly<Record<string, unknown>> | null, partyIds: readonly string[]): boolean {
  if (deal === null) return !watchesAnything(watch);
  if (watch.minAnnualizedUsd !== null && !(typeof deal.annualizedUsd === 'number' && deal.annualizedUsd >= watch.minAnnualizedUsd)) return false;
  if (watch.status !== null && deal.status !== watch.status) return false;
  if (watch.partyId !== null && !partyIds.includes(watch.partyId)) return false;
  return true;
}
