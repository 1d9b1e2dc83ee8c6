/**
 * Deals read through the deal filter: the root page, nested pages under an organization, project or site, and the
 * grouped counts and sums of `dealStats`; and `hireStats`. Here a `DealFilter` becomes a `DealQuery` once per request
 * and filter (names resolved, dates and amounts checked), so N parents asking with one filter resolve its names once.
 */
import { annualizedUsdFigure, groupDeals, totalUsdFigure, DEAL_DIMENSIONS, type DealDimension, type DealStatsGroup, type DealStatsOrder, type StatsDeal } from '../domain/deal-stats';
import { groupHires, HIRE_DIMENSIONS, type HireDimension, type HireStatsGroup, type HireStatsOrder } from '../domain/hire-stats';
import { firstDay, isPartialDate } from '../domain/partial-dates';
import type { NodeRow } from '../domain/rows';
import { BadUserInputError } from '../errors';
import { LIMITS, checkRange } from '../limits';
import { REFERENCES, type DealOrder, type EntityLabel } from '../model/graph-model';
import type { DealQuery, DealStatsRow, Page, StoredAnnualized } from '../stores/query-store';
import { compareDeals, dealsAsOf, matchesDealQuery, type DealAsOf } from '../domain/deal-query';
import { asKnownAt } from '../domain/as-of';
import type { Money } from '../domain/money';
import type { DealParent } from '../stores/statements';
import type { Stores } from '../stores/stores';
import type { DealFilter } from '../generated/resolvers';
import type { Loaders } from './loaders';
import { connectionOf, pageSlice, toConnection, type Connection, type PageArgs } from './pages';

type EntityId = (type: EntityLabel | null, value: string) => Promise<string | null>;

/** The first day of a partial-date bound, or null when not given; BAD_USER_INPUT naming the argument when malformed. */
export function checkDateBound(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!isPartialDate(value)) {
    const shown = JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
    throw new BadUserInputError(`${name} must be a partial date: YYYY, YYYY-MM or YYYY-MM-DD (a real day); got ${shown}.`, { argument: name });
  }
  return firstDay(value);
}

/** `groupBy` as given when it names one to all of `allowed`, each once; BAD_USER_INPUT otherwise. */
export function checkDimensions<T extends string>(groupBy: readonly T[], allowed: readonly T[]): T[] {
  if (groupBy.length === 0 || new Set(groupBy).size !== groupBy.length) {
    throw new BadUserInputError(`groupBy must name one to ${allowed.length} different dimensions (${allowed.join(', ')}).`, { argument: 'groupBy' });
  }
  return [...groupBy];
}

/** A deal as of another time, in the shape `dealStats` groups. */
function statsRowOf({ row, parties }: DealAsOf): DealStatsRow {
  const parsed = <T>(field: string): T | null => (typeof row[field] === 'string' ? (JSON.parse(row[field] as string) as T) : null);
  return {
    id: row.id,
    kind: (row.kind as string | null) ?? null,
    status: (row.status as string | null) ?? null,
    announced: (row.announced as string | null) ?? null,
    value: parsed<Money>('value'),
    annualized: parsed<StoredAnnualized>('annualized'),
    parties,
  };
}

/** Whether a deal belongs to a parent's list: a party (in `parentRole`), or the project or site it is for, as of then. */
function isUnder(deal: DealAsOf, under: { parent: DealParent; id: string; parentRole: string | null }): boolean {
  if (under.parent === 'Organization') return deal.parties.some((p) => p.organization.id === under.id && (under.parentRole === null || p.roles.includes(under.parentRole)));
  return deal.row[REFERENCES[under.parent === 'Project' ? 'project' : 'site'].idProperty] === under.id;
}

export function createDealService(stores: Stores, loaders: Loaders, lookUp: EntityId) {
  const queries = new Map<string, Promise<DealQuery>>();
  const ids = new Map<string, Promise<string | null>>();
  /** A filter's name or id resolved once per request, whichever filters and fields repeat it. */
  const entityId: EntityId = (type, value) => {
    const key = `${type}|${value}`;
    let id = ids.get(key);
    if (!id) {
      id = lookUp(type, value);
      ids.set(key, id);
    }
    return id;
  };

  /** The filter's party conditions: the `party`/`role` shorthand first, then `parties`, each name resolved to an id. */
  async function partyConditions(filter: DealFilter): Promise<DealQuery['parties']> {
    const given = [...(filter.party != null ? [{ party: filter.party, role: filter.role ?? null }] : []), ...(filter.parties ?? [])];
    if (given.length > LIMITS.partyConditions.max) {
      throw new BadUserInputError(`A deal filter takes at most ${LIMITS.partyConditions.max} parties; got ${given.length}.`, { argument: 'parties', max: LIMITS.partyConditions.max });
    }
    return Promise.all(given.map(async (c) => ({ id: await entityId('Organization', c.party), role: c.role ?? null })));
  }

  async function resolveQuery(filter: DealFilter, order: DealOrder): Promise<DealQuery> {
    // Every check runs before any name is looked up, so a bad filter costs no round trip.
    const bounds = {
      minAnnualizedUsd: checkRange('minAnnualizedUsd', filter.minAnnualizedUsd, LIMITS.usd),
      maxAnnualizedUsd: checkRange('maxAnnualizedUsd', filter.maxAnnualizedUsd, LIMITS.usd),
      minTotalUsd: checkRange('minTotalUsd', filter.minTotalUsd, LIMITS.usd),
      maxTotalUsd: checkRange('maxTotalUsd', filter.maxTotalUsd, LIMITS.usd),
      announcedFrom: checkDateBound('announcedFrom', filter.announcedFrom),
      announcedTo: checkDateBound('announcedTo', filter.announcedTo),
      startsFrom: checkDateBound('startsFrom', filter.startsFrom),
      startsTo: checkDateBound('startsTo', filter.startsTo),
    };
    const [parties, projectId] = await Promise.all([
      partyConditions(filter),
      filter.project != null ? entityId('Project', filter.project).then((id) => id ?? '') : Promise.resolve(null),
    ]);
    return { parties, kind: filter.kind ?? null, status: filter.status ?? null, projectId, ...bounds, order };
  }

  /** The deal query of a filter and order, resolved once per request however many fields ask with it. */
  function dealQuery(filter: DealFilter | null | undefined, order: DealOrder | null | undefined): Promise<DealQuery> {
    const key = JSON.stringify([filter ?? {}, order ?? 'ANNUALIZED_USD_DESC']);
    let query = queries.get(key);
    if (!query) {
      query = resolveQuery(filter ?? {}, order ?? 'ANNUALIZED_USD_DESC');
      queries.set(key, query);
    }
    return query;
  }

  /**
   * Under @asOf: every deal as it was then, read once per request (one round trip, as the Cypher pages take) and
   * filtered, sorted and paged here; null for today's answers, which the Cypher reads from the stored current values.
   */
  const dealsThen = new Map<boolean, Promise<DealAsOf[]>>();
  /** `withParties`: the question filters by party, groups by them or is an organization's list; else they are not read. */
  function asOfDeals(withParties: boolean): Promise<DealAsOf[]> | null {
    const asOf = loaders.asOf();
    if (asOf.knownAt === null && asOf.validAt === null) return null;
    let deals = dealsThen.get(withParties) ?? (withParties ? undefined : dealsThen.get(true));
    if (!deals) {
      deals = stores.queries.dealCandidates(withParties).then((stored) => {
        loaders.prime(stored.flatMap((d) => [d.deal, ...d.parties.map((p) => p.organization)]));
        return dealsAsOf(stored, asOf);
      });
      dealsThen.set(withParties, deals);
    }
    return deals;
  }

  /** The page of `deals` (a parent's, or all) that `query` keeps, as of the request's times. */
  async function pageAsOf(deals: Promise<DealAsOf[]>, query: DealQuery, skip: number, first: number, under?: { parent: DealParent; id: string; parentRole: string | null }): Promise<Page> {
    const kept = (await deals).filter((deal) => matchesDealQuery(deal, query) && (!under || isUnder(deal, under))).sort(compareDeals(query.order));
    return { total: kept.length, rows: kept.slice(skip, skip + first).map((deal) => deal.row) };
  }

  /** One nested page of deals under a parent, batched with every other parent asking the same. */
  async function nestedPage(parent: DealParent, id: string, parentRole: string | null, args: PageArgs & { filter?: DealFilter | null; orderBy?: DealOrder | null }) {
    const { skip, first } = pageSlice(args);
    const query = await dealQuery(args.filter, args.orderBy);
    const then = asOfDeals(query.parties.length > 0 || parent === 'Organization');
    if (then) return { skip, page: await pageAsOf(then, query, skip, first, { parent, id, parentRole }) };
    return { skip, page: await loaders.dealPages.load({ parent, id, parentRole, query, skip, first }) };
  }

  return {
    async listDeals(args: PageArgs & { filter?: DealFilter | null; orderBy?: DealOrder | null }): Promise<Connection> {
      const { skip, first } = pageSlice(args);
      const query = await dealQuery(args.filter, args.orderBy);
      const then = asOfDeals(query.parties.length > 0);
      return toConnection(then ? await pageAsOf(then, query, skip, first) : await stores.queries.listDeals(query, skip, first), skip);
    },

    /** A parent's deals that `filter` keeps, largest annualized value first: the nested `deals(filter:)` list. */
    async nestedDeals(parent: DealParent, id: string, args: { first?: number | null; role?: string | null; filter?: DealFilter | null }): Promise<NodeRow[]> {
      const { page } = await nestedPage(parent, id, args.role ?? null, { first: args.first, filter: args.filter });
      return page.rows;
    },

    /** A parent's deals as a connection (`dealsPage`), cursors as `Query.deals`. */
    async nestedDealsPage(parent: DealParent, id: string, args: PageArgs & { filter?: DealFilter | null; orderBy?: DealOrder | null }): Promise<Connection> {
      const { skip, page } = await nestedPage(parent, id, null, args);
      return toConnection(page, skip);
    },

    async dealStats(args: PageArgs & { groupBy: readonly DealDimension[]; filter?: DealFilter | null; orderBy?: DealStatsOrder | null }): Promise<Connection<DealStatsGroup>> {
      const dimensions = checkDimensions(args.groupBy, DEAL_DIMENSIONS);
      pageSlice(args);
      const query = await dealQuery(args.filter, null);
      const then = asOfDeals(true);
      const rows = then ? (await then).filter((deal) => matchesDealQuery(deal, query)).map(statsRowOf) : await stores.queries.dealStatsRows(query);
      const deals: StatsDeal[] = rows.map((row) => {
        for (const party of row.parties) loaders.prime([party.organization]);
        return {
          id: row.id,
          kind: row.kind,
          status: row.status,
          announced: row.announced,
          parties: row.parties.map((p) => ({ organizationId: p.organization.id, name: String(p.organization.name), roles: p.roles })),
          total: totalUsdFigure(row.value),
          annualized: annualizedUsdFigure(row.annualized),
        };
      });
      return connectionOf(groupDeals(deals, dimensions, args.orderBy ?? 'COUNT_DESC'), args);
    },

    async hireStats(args: PageArgs & { groupBy: readonly HireDimension[]; orderBy?: HireStatsOrder | null }): Promise<Connection<HireStatsGroup>> {
      const dimensions = checkDimensions(args.groupBy, HIRE_DIMENSIONS);
      pageSlice(args);
      const stored = await stores.queries.hireStatsRows();
      for (const row of stored) loaders.prime([row.to, ...(row.from ? [row.from] : [])]);
      const { knownAt } = loaders.asOf();
      // Under @asOf(knownAt:), the hires known then, each with its date and previous employer as shown then.
      const rows = knownAt === null ? stored : await Promise.all(stored.flatMap((row) => {
        const hire = asKnownAt(row.hire, knownAt);
        if (!hire) return [];
        const fromId = typeof hire.fromId === 'string' ? hire.fromId : null;
        return [(fromId ? loaders.node.load(fromId) : Promise.resolve(null)).then((from) => ({ ...row, date: (hire.date as string | null) ?? null, from }))];
      }));
      const hires = rows.map((row) => ({ id: row.id, date: row.date, to: { id: row.to.id, name: String(row.to.name) }, from: row.from ? { id: row.from.id, name: String(row.from.name) } : null }));
      return connectionOf(groupHires(hires, dimensions, args.orderBy ?? 'COUNT_DESC'), args);
    },
  };
}

export type DealService = ReturnType<typeof createDealService>;
