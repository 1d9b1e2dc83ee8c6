/**
 * Root-level reads: filtered pages, search, paths, capacity and stats. Each
 * page query returns its total and its slice in one round trip. Sort orders
 * are chosen by an allow-listed `$order` value inside static Cypher.
 */
import type { DealQuery, StoredDeal } from '../domain/deal-query';
import type { CapacityGroupBy } from '../model/graph-model';
import { readQuery, type Db } from '../neo4j/driver';
import { int } from '../neo4j/convert';
import type { SiteGroup } from '../domain/capacity';
import type { PathRow } from '../domain/paths';
import type { Annualized, Money } from '../domain/money';
import { asNodeRow, asNodeRows, asNullableString, asNumber, asRecords, asString, RowShapeError, type NodeRow } from './rows';
import { DEAL_STATEMENTS, DEAL_VALUE_RANGE_STATEMENTS, MAX_PATH_HOPS, SHORTEST_PATH_AS_OF_STATEMENTS, SHORTEST_PATH_STATEMENTS, type DealParent } from './statements';


export interface Page {
  total: number;
  rows: NodeRow[];
}

/** Where a search hit matched: its name or aliases (an article's title or summary), a quote, or a curator's note. */
export type SearchMatch = 'NAME' | 'QUOTE' | 'NOTE';

function asSearchMatch(value: unknown): SearchMatch {
  if (value === 'NAME' || value === 'QUOTE' || value === 'NOTE') return value;
  throw new RowShapeError('expected NAME, QUOTE or NOTE', value);
}

export type { DealQuery } from '../domain/deal-query';

/** The stored annualized figure of a deal, as `dealStats` sums it. */
export type StoredAnnualized = Pick<Annualized, 'amountUsd' | 'qualifier' | 'estimated' | 'rateAsOf'>;

/** A stored JSON value (money, annualized), parsed; null when none. */
function parseStored<T>(value: unknown): T | null {
  const text = asNullableString(value);
  return text === null ? null : (JSON.parse(text) as T);
}

/** A deal as `dealStats` reads it: grouping values, the displayed value and the stored annualized figure, parties. */
export interface DealStatsRow {
  id: string;
  kind: string | null;
  status: string | null;
  announced: string | null;
  value: Money | null;
  annualized: StoredAnnualized | null;
  parties: Array<{ organization: NodeRow; roles: string[] }>;
}

export interface HireStatsRow {
  id: string;
  date: string | null;
  to: NodeRow;
  from: NodeRow | null;
  /** The hire itself, versions included, for answers as of another time. */
  hire: NodeRow;
}

function dealParams(query: DealQuery): Record<string, unknown> {
  return {
    parties: query.parties,
    kind: query.kind,
    status: query.status,
    projectId: query.projectId,
    min: query.minAnnualizedUsd,
    max: query.maxAnnualizedUsd,
    minTotal: query.minTotalUsd,
    maxTotal: query.maxTotalUsd,
    announcedFrom: query.announcedFrom,
    announcedTo: query.announcedTo,
    startsFrom: query.startsFrom,
    startsTo: query.startsTo,
    order: query.order,
  };
}


/** The root lists' members as known at `$knownAt`, by label, with their relation filters (see `rootListAsOf`). */
const ROOT_LIST_AS_OF: Record<'Organization' | 'Person' | 'Site', string> = {
  Organization: `/* queryStore.organizationsAsOf */
    MATCH (n:Organization) WHERE n.knownFrom <= $knownAt
    RETURN collect(n {.*}) AS rows`,
  Person: `/* queryStore.peopleAsOf */
    MATCH (n:Person) WHERE n.knownFrom <= $knownAt
      AND (NOT $employerGiven OR EXISTS { (n)-[:EMPLOYED]->(e:Employment)-[:AT]->(:Organization {id: $employerId}) WHERE e.knownFrom <= $knownAt })
    RETURN collect(n {.*}) AS rows`,
  Site: `/* queryStore.sitesAsOf */
    MATCH (n:Site) WHERE n.knownFrom <= $knownAt
      AND (NOT $organizationGiven OR EXISTS { (n)<-[:AT]-(r:SiteRole)<-[:SITE_ROLE]-(:Organization {id: $organizationId}) WHERE r.knownFrom <= $knownAt })
    RETURN collect(n {.*}) AS rows`,
};

/** One statement per grouping, so each is a plain aggregation the planner need not branch on. */
const SITE_GROUP_STATEMENTS: Record<CapacityGroupBy, string> = {
  COUNTRY: `/* queryStore.siteGroupsByCountry */
    MATCH (s:Site) RETURN s.country AS key, count(s) AS sites, collect(s.capacity) AS capacities`,
  STATUS: `/* queryStore.siteGroupsByStatus */
    MATCH (s:Site) RETURN s.status AS key, count(s) AS sites, collect(s.capacity) AS capacities`,
  PROJECT: `/* queryStore.siteGroupsByProject */
    MATCH (s:Site) OPTIONAL MATCH (s)-[:IN_PROJECT]->(p:Project)
    RETURN p.name AS key, count(s) AS sites, collect(s.capacity) AS capacities`,
  OPERATOR: `/* queryStore.siteGroupsByOperator */
    MATCH (s:Site) OPTIONAL MATCH (s)<-[:AT]-(:SiteRole {role: 'OPERATOR'})<-[:SITE_ROLE]-(o:Organization)
    RETURN o.name AS key, count(s) AS sites, collect(s.capacity) AS capacities`,
};

async function page(db: Db, cypher: string, params: Record<string, unknown>, skip: number, first: number): Promise<Page> {
  const [record] = await readQuery<{ total: unknown; rows: unknown }>(db, cypher, { ...params, skip: int(skip), end: int(skip + first) });
  return { total: asNumber(record.total), rows: asNodeRows(record.rows) };
}

export function createQueryStore(db: Db) {
  return {
    listOrganizations(filter: { kind: string | null; country: string | null; nameContains: string | null }, skip: number, first: number): Promise<Page> {
      return page(
        db,
        `/* queryStore.listOrganizations */
         MATCH (n:Organization)
         WHERE ($kind IS NULL OR n.kind = $kind) AND ($country IS NULL OR n.country = $country)
           AND ($contains IS NULL OR n.normName CONTAINS $contains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $contains))
         WITH n ORDER BY toLower(n.name), n.id
         WITH collect(n) AS items
         RETURN size(items) AS total, [item IN items[$skip..$end] | item {.*}] AS rows`,
        { kind: filter.kind, country: filter.country, contains: filter.nameContains },
        skip,
        first,
      );
    },

    listPeople(filter: { nameContains: string | null; employerId: string | null; employerGiven: boolean }, skip: number, first: number): Promise<Page> {
      return page(
        db,
        `/* queryStore.listPeople */
         MATCH (n:Person)
         WHERE ($contains IS NULL OR n.normName CONTAINS $contains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $contains))
           AND (NOT $employerGiven OR EXISTS { (n)-[:EMPLOYED]->(:Employment)-[:AT]->(:Organization {id: $employerId}) })
         WITH n ORDER BY toLower(n.name), n.id
         WITH collect(n) AS items
         RETURN size(items) AS total, [item IN items[$skip..$end] | item {.*}] AS rows`,
        { contains: filter.nameContains, employerId: filter.employerId, employerGiven: filter.employerGiven },
        skip,
        first,
      );
    },

    /** `knownAt`: only the projects known by then (a first-day key), or all for null. */
    listProjects(knownAt: string | null, skip: number, first: number): Promise<Page> {
      return page(
        db,
        `/* queryStore.listProjects */
         MATCH (n:Project) WHERE ($knownAt IS NULL OR n.knownFrom <= $knownAt)
         WITH n ORDER BY toLower(n.name), n.id
         WITH collect(n) AS items
         RETURN size(items) AS total, [item IN items[$skip..$end] | item {.*}] AS rows`,
        { knownAt },
        skip,
        first,
      );
    },

    listSites(filter: { country: string | null; status: string | null; projectId: string | null; organizationId: string | null; projectGiven: boolean; organizationGiven: boolean }, skip: number, first: number): Promise<Page> {
      return page(
        db,
        `/* queryStore.listSites */
         MATCH (n:Site)
         WHERE ($country IS NULL OR n.country = $country) AND ($status IS NULL OR n.status = $status)
           AND (NOT $projectGiven OR EXISTS { (n)-[:IN_PROJECT]->(:Project {id: $projectId}) })
           AND (NOT $organizationGiven OR EXISTS { (n)<-[:AT]-(:SiteRole)<-[:SITE_ROLE]-(:Organization {id: $organizationId}) })
         WITH n ORDER BY n.megawatts IS NULL, n.megawatts DESC, n.id
         WITH collect(n) AS items
         RETURN size(items) AS total, [item IN items[$skip..$end] | item {.*}] AS rows`,
        filter,
        skip,
        first,
      );
    },

    /**
     * Every organization, person or site known by `knownAt` that the relation filters keep (employer, project,
     * operator, through facts known then), unpaged and unsorted: the root lists as of another time filter their
     * values, sort and page in TypeScript, on each row's version then (src/domain/root-lists.ts).
     */
    async rootListAsOf(label: 'Organization' | 'Person' | 'Site', filter: { knownAt: string; employerId?: string | null; employerGiven?: boolean; projectId?: string | null; projectGiven?: boolean; organizationId?: string | null; organizationGiven?: boolean }): Promise<NodeRow[]> {
      const records = await readQuery<{ rows: unknown }>(db, ROOT_LIST_AS_OF[label], {
        knownAt: filter.knownAt,
        employerId: filter.employerId ?? null,
        employerGiven: filter.employerGiven ?? false,
        projectId: filter.projectId ?? null,
        projectGiven: filter.projectGiven ?? false,
        organizationId: filter.organizationId ?? null,
        organizationGiven: filter.organizationGiven ?? false,
      });
      return asNodeRows(records[0]?.rows ?? []);
    },

    listDeals(query: DealQuery, skip: number, first: number): Promise<Page> {
      const params = dealParams(query);
      const byValue = DEAL_VALUE_RANGE_STATEMENTS[query.order as keyof typeof DEAL_VALUE_RANGE_STATEMENTS];
      const onlyKindStatus = query.parties.length === 0 && query.projectId === null && query.minTotalUsd === null && query.maxTotalUsd === null
        && query.announcedFrom === null && query.announcedTo === null && query.startsFrom === null && query.startsTo === null;
      if (byValue && (query.minAnnualizedUsd !== null || query.maxAnnualizedUsd !== null) && onlyKindStatus) {
        // A value bound excludes deals without a value, so the range index can both select and order the page.
        return page(db, byValue, { ...params, min: query.minAnnualizedUsd ?? -Number.MAX_VALUE, max: query.maxAnnualizedUsd ?? Number.MAX_VALUE }, skip, first);
      }
      return page(db, DEAL_STATEMENTS.list, params, skip, first);
    },

    /** Every deal `query` keeps, by id, with what `dealStats` groups and sums; one round trip whatever the grouping. */
    async dealStatsRows(query: DealQuery): Promise<DealStatsRow[]> {
      const records = await readQuery<Record<string, unknown>>(db, DEAL_STATEMENTS.statsRows, dealParams(query));
      return records.map((r) => ({
        id: asString(r.id),
        kind: asNullableString(r.kind),
        status: asNullableString(r.status),
        announced: asNullableString(r.announced),
        value: parseStored<Money>(r.value),
        annualized: parseStored<StoredAnnualized>(r.annualized),
        parties: asRecords(r.parties).map((party) => ({ organization: asNodeRow(party.organization), roles: (party.roles as unknown[]).map(asString) })),
      }));
    },

    /** Every deal as stored, with its parties' organizations and party facts unless `withParties` is false: one round trip. */
    async dealCandidates(withParties = true): Promise<StoredDeal[]> {
      const records = await readQuery<{ deal: unknown; parties: unknown }>(db, withParties ? DEAL_STATEMENTS.candidates : DEAL_STATEMENTS.candidatesWithoutParties);
      return records.map((r) => ({ deal: asNodeRow(r.deal), parties: asRecords(r.parties).map((p) => ({ organization: asNodeRow(p.organization), fact: asNodeRow(p.fact) })) }));
    },

    /** One page of deals per parent id (missing parents left out), all with the same filter, order and slice: one round trip. */
    async dealPagesByParents(parent: DealParent, ids: readonly string[], parentRole: string | null, query: DealQuery, skip: number, first: number): Promise<Map<string, Page>> {
      const records = await readQuery<{ id: unknown; total: unknown; rows: unknown }>(db, DEAL_STATEMENTS.pages[parent], {
        ...dealParams(query), ids: [...ids], parentRole, skip: int(skip), end: int(skip + first),
      });
      return new Map(records.map((r) => [asString(r.id), { total: asNumber(r.total), rows: asNodeRows(r.rows) }]));
    },

    /** Every hire with its hiring organization, previous employer (or null) and date. */
    async hireStatsRows(): Promise<HireStatsRow[]> {
      const records = await readQuery<{ id: unknown; date: unknown; to: unknown; from: unknown; hire: unknown }>(
        db,
        `/* queryStore.hireStatsRows */
         MATCH (h:Hire)-[:BY]->(o:Organization)
         OPTIONAL MATCH (h)-[:FROM]->(f:Organization)
         RETURN h.id AS id, h.date AS date, o {.*} AS to, f {.*} AS from, h {.*} AS hire
         ORDER BY h.id`,
      );
      return records.map((r) => ({ id: asString(r.id), date: asNullableString(r.date), to: asNodeRow(r.to), from: r.from === null ? null : asNodeRow(r.from), hire: asNodeRow(r.hire) }));
    },

    /** `knownAt`: only the articles known by then (a first-day key), or all for null; articles have no versions. */
    listArticles(filter: { language: string | null; publisher: string | null; reliability: string | null; mentionsId: string | null; mentionsGiven: boolean; knownAt: string | null }, skip: number, first: number): Promise<Page> {
      return page(
        db,
        `/* queryStore.listArticles */
         MATCH (n:Article)
         WHERE ($language IS NULL OR n.language = $language) AND ($publisher IS NULL OR n.publisher = $publisher)
           AND ($reliability IS NULL OR n.reliability = $reliability) AND ($knownAt IS NULL OR n.knownFrom <= $knownAt)
           AND (NOT $mentionsGiven OR EXISTS { (n)-[:MENTIONS]->(:Entity {id: $mentionsId}) })
         WITH n ORDER BY n.publishedAt IS NULL, n.publishedAt DESC, n.id
         WITH collect(n) AS items
         RETURN size(items) AS total, [item IN items[$skip..$end] | item {.*}] AS rows`,
        filter,
        skip,
        first,
      );
    },

    /**
     * Full-text hits, best first: every name hit (index `search`) before any quote or note hit (index `search_notes`),
     * each group by Lucene score, ties by id; a node found in both quotes and notes counts where it scored higher.
     * Each query takes the best `first` of its own, which is enough: the answer's `first` never need a hit further down.
     * The queries must already be safe Lucene queries, the last two restricted to `quoteText` and `noteText`.
     */
    async search(queries: { names: string; quotes: string; notes: string }, first: number): Promise<Array<{ node: NodeRow; score: number; matchedIn: SearchMatch }>> {
      const records = await readQuery<{ row: unknown; score: unknown; matchedIn: unknown }>(
        db,
        `/* queryStore.search */
         CALL () {
           CALL db.index.fulltext.queryNodes('search', $names, {limit: $first}) YIELD node, score
           RETURN node, score, 0 AS tier, 'NAME' AS matchedIn
           UNION ALL
           CALL db.index.fulltext.queryNodes('search_notes', $quotes, {limit: $first}) YIELD node, score
           RETURN node, score, 1 AS tier, 'QUOTE' AS matchedIn
           UNION ALL
           CALL db.index.fulltext.queryNodes('search_notes', $notes, {limit: $first}) YIELD node, score
           RETURN node, score, 1 AS tier, 'NOTE' AS matchedIn
         }
         WITH node, tier, score, matchedIn ORDER BY tier, score DESC, matchedIn DESC
         WITH node, head(collect({tier: tier, score: score, matchedIn: matchedIn})) AS best
         RETURN node {.*} AS row, best.score AS score, best.matchedIn AS matchedIn
         ORDER BY best.tier, best.score DESC, node.id
         LIMIT $first`,
        { ...queries, first: int(first) },
      );
      return records.map((r) => ({ node: asNodeRow(r.row), score: Number(r.score), matchedIn: asSearchMatch(r.matchedIn) }));
    },

    /**
     * Shortest paths between two entities over fact nodes and reference links, at most `maxHops` steps long (two
     * relationships per fact step, one per reference), with the entities on them.
     */
    async shortestPaths(fromId: string, toId: string, maxHops: number, first: number, asOf: { knownAt: string | null; validAt: string | null } | null = null): Promise<{ paths: PathRow[]; entities: NodeRow[] }> {
      const statement = (asOf ? SHORTEST_PATH_AS_OF_STATEMENTS : SHORTEST_PATH_STATEMENTS)[maxHops];
      if (!statement) throw new RangeError(`maxHops must be 1 to ${MAX_PATH_HOPS}`);
      const records = await readQuery<{ nodes: unknown; rels: unknown; entities: unknown }>(db, statement, { fromId, toId, first: int(first), ...(asOf ?? {}) });
      return {
        paths: records.map((r) => ({
          nodes: asRecords(r.nodes).map((n) => ({ id: asString(n.id), type: asString(n.type), fact: n.fact === true, role: asNullableString(n.role) })),
          rels: asRecords(r.rels).map((rel) => ({ type: asString(rel.type), startId: asString(rel.startId) })),
        })),
        entities: records.flatMap((r) => asNodeRows(r.entities)),
      };
    },

    /** Sites grouped by `groupBy`, with the stored capacity of each site that has one; a site with several operators is in each group. */
    async siteGroups(groupBy: CapacityGroupBy): Promise<SiteGroup[]> {
      const records = await readQuery<{ key: unknown; sites: unknown; capacities: unknown[] }>(db, SITE_GROUP_STATEMENTS[groupBy]);
      return records.map((r) => ({ key: asNullableString(r.key), sites: asNumber(r.sites), capacities: r.capacities.map(asString) }));
    },

    /** Every site as stored, with its operators' organizations and site-role facts: capacity as of another time. */
    async siteCandidates(): Promise<Array<{ site: NodeRow; operators: Array<{ organization: NodeRow; fact: NodeRow }> }>> {
      const records = await readQuery<{ site: unknown; operators: unknown }>(
        db,
        `/* queryStore.siteCandidates */
         MATCH (s:Site)
         RETURN s {.*} AS site, COLLECT { MATCH (s)<-[:AT]-(r:SiteRole {role: 'OPERATOR'})<-[:SITE_ROLE]-(o:Organization) RETURN {organization: o {.*}, fact: r {.*}} } AS operators
         ORDER BY s.id`,
      );
      return records.map((r) => ({ site: asNodeRow(r.site), operators: asRecords(r.operators).map((o) => ({ organization: asNodeRow(o.organization), fact: asNodeRow(o.fact) })) }));
    },

    /** `knownAt`: only the nodes known by then (entities, facts, articles) and the relationships between them. */
    async stats(knownAt: string | null = null): Promise<{ labels: Array<{ label: string; count: number }>; nodes: number; relationships: number }> {
      const [record] = await readQuery<{ labels: unknown; nodes: unknown; relationships: unknown }>(
        db,
        knownAt === null
          ? `/* queryStore.stats */
         CALL { MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS count ORDER BY count DESC, label RETURN collect({label: label, count: count}) AS labels }
         CALL { MATCH (n) RETURN count(n) AS nodes }
         CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
         RETURN labels, nodes, relationships`
          : `/* queryStore.statsAsOf */
         CALL { MATCH (n) WHERE n.knownFrom <= $knownAt UNWIND labels(n) AS label WITH label, count(*) AS count ORDER BY count DESC, label RETURN collect({label: label, count: count}) AS labels }
         CALL { MATCH (n) WHERE n.knownFrom <= $knownAt RETURN count(n) AS nodes }
         CALL { MATCH (a)-[r]->(b) WHERE a.knownFrom <= $knownAt AND b.knownFrom <= $knownAt RETURN count(r) AS relationships }
         RETURN labels, nodes, relationships`,
        { knownAt },
      );
      return {
        labels: asRecords(record.labels).map((l) => ({ label: asString(l.label), count: asNumber(l.count) })),
        nodes: asNumber(record.nodes),
        relationships: asNumber(record.relationships),
      };
    },
  };
}

export type QueryStore = ReturnType<typeof createQueryStore>;
