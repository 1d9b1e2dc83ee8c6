/**
 * The deal filter and orders over deals as of another time (`@asOf`), in TypeScript: the same conditions as the
 * Cypher of src/stores/statements.ts (DEAL_WHERE, DEAL_ORDER), over each deal's version known then and its parties
 * known then. Today's answers keep using the Cypher, which reads the stored current values.
 */
import { asKnownAt, holdsAt, type AsOf } from './as-of';
import { dateKey } from './claims';
import type { DealOrder } from '../model/graph-model';
import type { NodeRow } from './rows';

/**
 * A resolved deal filter: parties by id (null where a name matched nothing, so no deal does), the project's id ('' for
 * one that matched nothing), bounds null when not given, dates as first days (YYYY-MM-DD). The Cypher of the stores
 * reads it for today's answers, the functions below for answers as of another time.
 */
export interface DealQuery {
  parties: Array<{ id: string | null; role: string | null }>;
  kind: string | null;
  status: string | null;
  projectId: string | null;
  minAnnualizedUsd: number | null;
  maxAnnualizedUsd: number | null;
  minTotalUsd: number | null;
  maxTotalUsd: number | null;
  announcedFrom: string | null;
  announcedTo: string | null;
  startsFrom: string | null;
  startsTo: string | null;
  order: DealOrder;
}

/** A deal as stored, with each party's organization and party fact (the candidates' rows). */
export interface StoredDeal {
  deal: NodeRow;
  parties: Array<{ organization: NodeRow; fact: NodeRow }>;
}

/** A deal as of the asked times: its version then, and the parties whose facts were known then, with their roles then. */
export interface DealAsOf {
  row: NodeRow;
  parties: Array<{ organization: NodeRow; roles: string[] }>;
}

/** The deals known at `asOf.knownAt` (and valid at `asOf.validAt`), each as it was then. */
export function dealsAsOf(stored: readonly StoredDeal[], asOf: AsOf): DealAsOf[] {
  return stored.flatMap(({ deal, parties }) => {
    const row = asKnownAt(deal, asOf.knownAt);
    if (!row || !holdsAt(row, asOf.validAt)) return [];
    return [{
      row,
      parties: parties.flatMap(({ organization, fact }) => {
        const shown = asKnownAt(fact, asOf.knownAt);
        return shown ? [{ organization, roles: Array.isArray(shown.roles) ? (shown.roles as string[]).map(String) : [] }] : [];
      }),
    }];
  });
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const within = (value: number | null, min: number | null, max: number | null) =>
  (min === null || (value !== null && value >= min)) && (max === null || (value !== null && value <= max));
const dayWithin = (value: unknown, from: string | null, to: string | null) => {
  const day = typeof value === 'string' ? dateKey(value) : null;
  return (from === null || (day !== null && day >= from)) && (to === null || (day !== null && day <= to));
};

/** Whether a deal passes the filter, as DEAL_WHERE decides it. */
export function matchesDealQuery(deal: DealAsOf, query: DealQuery): boolean {
  const { row } = deal;
  const hasParty = (c: { id: string | null; role: string | null }) => c.id !== null && deal.parties.some((p) => p.organization.id === c.id && (c.role === null || p.roles.includes(c.role)));
  return query.parties.every(hasParty)
    && (query.kind === null || row.kind === query.kind)
    && (query.status === null || row.status === query.status)
    && (query.projectId === null || row.projectId === query.projectId)
    && within(num(row.annualizedUsd), query.minAnnualizedUsd, query.maxAnnualizedUsd)
    && within(num(row.totalUsd), query.minTotalUsd, query.maxTotalUsd)
    && dayWithin(row.announced, query.announcedFrom, query.announcedTo)
    && dayWithin(row.starts, query.startsFrom, query.startsTo);
}

/** The order of DEAL_ORDER: unknown values last, ties by id. */
export function compareDeals(order: DealOrder): (a: DealAsOf, b: DealAsOf) => number {
  const figure = order.startsWith('ANNUALIZED') ? 'annualizedUsd' : order.startsWith('TOTAL') ? 'totalUsd' : null;
  const descending = order.endsWith('_DESC');
  return (a, b) => {
    if (figure) {
      const [x, y] = [num(a.row[figure]), num(b.row[figure])];
      if ((x === null) !== (y === null)) return x === null ? 1 : -1;
      if (x !== null && y !== null && x !== y) return descending ? y - x : x - y;
    } else if (order === 'ANNOUNCED_DESC') {
      const [x, y] = [String(a.row.announced ?? ''), String(b.row.announced ?? '')];
      if (x !== y) return x < y ? 1 : -1;
    } else if (order === 'NAME_ASC') {
      const [x, y] = [String(a.row.name ?? '').toLowerCase(), String(b.row.name ?? '').toLowerCase()];
      if (x !== y) return x < y ? -1 : 1;
    }
    return a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0;
  };
}
