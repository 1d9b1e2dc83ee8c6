/**
 * Per-request DataLoaders: created fresh for every request (nothing cached
 * crosses requests), each batch one Cypher round trip. Rows loaded through a
 * relation, their parents and the far endpoints of fact rows are primed into
 * `node`, so an entity seen twice is fetched once and following a fact needs
 * no round trip.
 */
import DataLoader from 'dataloader';
import { RELATION_NAMES, type RelationName } from '../model/graph-model';
import type { Stores } from '../stores/stores';
import type { NodeRow, SupportRow } from '../domain/rows';
import { asKnownAt, holdsAt, NOW, supportKnownAt, type AsOf } from '../domain/as-of';
import { flowHires, talentCountsOf, talentHiresOf } from '../domain/talent-as-of';
import type { TalentCount, TalentHires } from '../stores/relation-store';
import type { DealQuery, Page } from '../stores/query-store';
import type { DealParent } from '../stores/statements';
import { invariant } from '../errors';
import { LIMITS } from '../limits';
import { batched } from '../observability/tracing';

export interface RelationKey {
  id: string;
  first: number;
  /** The value of the field's filter (a role, `current`), or null for none. */
  arg: string | boolean | null;
}

/** Which hires a talent flow counts: into `toId`, since a date, from one employer; null for no filter. */
export interface TalentQuery {
  toId: string;
  since: string | null;
  fromFilter: string | null;
}

/** One talent flow group: its count and employer, with the question it answers. */
export type TalentFlowRow = TalentCount & TalentQuery;

/** An organization sharing a project or deal with another, and the projects and deals they share. */
export interface PartnerRow {
  organizationId: string;
  viaIds: string[];
}

/** One page of a parent's deals: the parent, the parent's own role (Organization.deals(role:)), the resolved filter, the slice. */
export interface DealPageKey {
  parent: DealParent;
  id: string;
  parentRole: string | null;
  query: DealQuery;
  skip: number;
  first: number;
}

/** What parents may share one statement on: everything but their id. */
const dealPageGroup = (key: DealPageKey) => JSON.stringify([key.parent, key.parentRole, key.query, key.skip, key.first]);

const talentKey = (key: TalentQuery) => `${key.toId}|${key.since ?? ''}|${key.fromFilter ?? ''}`;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * `asOf`: the times the request asks about (its @asOf directive, src/as-of-plugin.ts), read when a batch runs: every
 * node row is the version known then (null before it was known), claims are those of articles known then, and
 * relation lists keep what was known, and valid at `validAt`, then.
 */
export function createLoaders(stores: Stores, asOf: () => AsOf = () => NOW) {
  const known = (row: NodeRow | null | undefined): NodeRow | null => (row ? asKnownAt(row, asOf().knownAt) : null);
  const listed = (rows: NodeRow[]): NodeRow[] => {
    const { knownAt, validAt } = asOf();
    if (knownAt === null && validAt === null) return rows;
    return rows.flatMap((row) => {
      const shown = asKnownAt(row, knownAt);
      return shown && holdsAt(shown, validAt) ? [shown] : [];
    });
  };
  const node = new DataLoader<string, NodeRow | null>(batched('node', async (ids) => {
    const rows = await stores.nodes.getNodesByIds(ids);
    return ids.map((id) => known(rows.get(id)));
  }));
  const prime = (rows: NodeRow[]) => {
    for (const row of rows) node.prime(row.id, known(row));
  };

  /** Entities of any type by id or name: the two ends of a `connections` question resolve in one round trip. */
  const anyEntity = new DataLoader<string, NodeRow | null>(batched('anyEntity', async (values) => {
    const rows = await stores.nodes.findAnyEntities(values);
    prime([...rows.values()]);
    return values.map((value) => rows.get(value) ?? null);
  }));

  const relationLoader = (name: RelationName) =>
    new DataLoader<RelationKey, NodeRow[], string>(
      batched(`relation ${name}`, async (keys) => {
        // Keys with the same page size and filter share one statement; usually that is all of them.
        const results = new Map<string, NodeRow[]>();
        for (const [group, members] of groupBy(keys, (key) => `${key.first}|${String(key.arg ?? '')}`)) {
          const { rows, nodes } = await stores.relations.list(name, [...new Set(members.map((k) => k.id))], members[0].first, members[0].arg);
          prime(nodes);
          for (const [id, list] of rows) {
            prime(list);
            results.set(`${id}|${group}`, listed(list));
          }
        }
        return keys.map((key) => results.get(`${key.id}|${key.first}|${String(key.arg ?? '')}`) ?? []);
      }),
      { cacheKeyFn: (key) => `${key.id}|${key.first}|${String(key.arg ?? '')}` },
    );

  const relation = Object.fromEntries(RELATION_NAMES.map((name) => [name, relationLoader(name)])) as Record<RelationName, DataLoader<RelationKey, NodeRow[], string>>;

  const supports = new DataLoader<string, SupportRow[]>(batched('supports', async (ids) => {
    const rows = await stores.relations.supportsByNode(ids);
    for (const list of rows.values()) prime(list.map((s) => s.article));
    const { knownAt } = asOf();
    return ids.map((id) => (rows.get(id) ?? []).filter((support) => supportKnownAt(support, knownAt)));
  }));

  /** Talent groups with the question they answer, so their hires can be fetched when asked for. */
  const talentRows = (toId: string, since: string | null, fromFilter: string | null, counts: TalentCount[]): TalentFlowRow[] => {
    prime(counts.flatMap((c) => (c.from ? [c.from] : [])));
    return counts.map((c) => ({ ...c, toId, since, fromFilter }));
  };

  /** Under @asOf(knownAt:): the hires into each organization known then, each as it was then. */
  const hiresThen = new DataLoader<string, NodeRow[]>(batched('hiresThen', async (ids) => {
    const knownAt = asOf().knownAt as string;
    const hires = await stores.relations.talentCandidates(ids, knownAt);
    return ids.map((id) => (hires.get(id) ?? []).flatMap((hire) => asKnownAt(hire, knownAt) ?? []));
  }));

  /** Talent groups as of then, counted in TypeScript on the hires' versions (src/domain/talent-as-of.ts). */
  const countsThen = async (toId: string, since: string | null, fromFilter: string | null, first: number): Promise<TalentCount[]> =>
    talentCountsOf(flowHires(await hiresThen.load(toId), since, fromFilter), first).map((c) => ({ ...c, from: null }));

  const talentSources = new DataLoader<string, TalentFlowRow[]>(batched('talentSources', async (ids) => {
    // The most a `talentSources(first:)` may ask for; each field slices its own page.
    if (asOf().knownAt !== null) return Promise.all(ids.map(async (id) => talentRows(id, null, null, await countsThen(id, null, null, LIMITS.list.max))));
    const counts = await stores.relations.talentCounts(ids, null, null, LIMITS.list.max);
    return ids.map((id) => talentRows(id, null, null, counts.get(id) ?? []));
  }));

  const talentHires = new DataLoader<TalentQuery, Map<string, TalentHires>, string>(
    batched('talentHires', async (keys) => {
      if (asOf().knownAt !== null) {
        return Promise.all(keys.map(async (key) => {
          const groups = talentHiresOf(flowHires(await hiresThen.load(key.toId), key.since, key.fromFilter), LIMITS.list.max);
          return new Map([...groups].map(([from, g]) => [from, { ...g, people: [] }]));
        }));
      }
      const results = new Map<string, Map<string, TalentHires>>();
      for (const [group, members] of groupBy(keys, (k) => `${k.since ?? ''}|${k.fromFilter ?? ''}`)) {
        const byId = await stores.relations.talentHires([...new Set(members.map((k) => k.toId))], members[0].since, members[0].fromFilter, LIMITS.list.max);
        for (const [id, groups] of byId) {
          for (const g of groups.values()) prime([...g.hires, ...g.people]);
          results.set(`${id}|${group}`, groups);
        }
      }
      return keys.map((key) => results.get(talentKey(key)) ?? new Map());
    }),
    { cacheKeyFn: talentKey },
  );

  /** Each project's sites' capacity figures (null for a site without one), of the sites known at the request's knownAt. */
  const siteCapacities = new DataLoader<string, Array<string | null>>(batched('siteCapacities', async (ids) => {
    const sites = await stores.relations.sitesByProject(ids);
    return ids.map((id) => listed(sites.get(id) ?? []).map((site) => (typeof site.capacity === 'string' ? site.capacity : null)));
  }));

  const partners = new DataLoader<{ id: string; first: number }, PartnerRow[], string>(
    batched('partners', async (keys) => {
      const first = Math.max(...keys.map((k) => k.first));
      const rows = await stores.relations.partnersByOrganization([...new Set(keys.map((k) => k.id))], first, asOf().knownAt, asOf().validAt);
      return keys.map((key) => (rows.get(key.id) ?? []).slice(0, key.first).map((p) => ({ organizationId: p.partnerId, viaIds: p.via })));
    }),
    { cacheKeyFn: (key) => `${key.id}|${key.first}` },
  );

  /** Nested deal pages: parents asking with the same filter, order and slice share one statement. */
  const dealPages = new DataLoader<DealPageKey, Page, string>(
    batched('dealPages', async (keys) => {
      const results = new Map<string, Page>();
      for (const [group, members] of groupBy(keys, dealPageGroup)) {
        const [{ parent, parentRole, query, skip, first }] = members;
        const pages = await stores.queries.dealPagesByParents(parent, [...new Set(members.map((k) => k.id))], parentRole, query, skip, first);
        for (const [id, page] of pages) {
          prime(page.rows);
          results.set(`${id}|${group}`, page);
        }
      }
      return keys.map((key) => results.get(`${key.id}|${dealPageGroup(key)}`) ?? { total: 0, rows: [] });
    }),
    { cacheKeyFn: (key) => `${key.id}|${dealPageGroup(key)}` },
  );

  /** Nodes by id, in order: a load error is thrown, an id that names nothing (deleted meanwhile) is left out. */
  const nodes = async (ids: readonly string[]): Promise<NodeRow[]> => {
    const rows = await node.loadMany(ids);
    const failed = rows.find((row): row is Error => row instanceof Error);
    if (failed) throw failed;
    return rows.filter((row): row is NodeRow => row !== null);
  };

  /** A node that must exist (a fact's endpoint, a path's entity): a missing one is a broken graph, not a user error. */
  const existing = async (id: string): Promise<NodeRow> => {
    const row = await node.load(id);
    invariant(row, `node ${id} is referenced but missing`);
    return row;
  };

  return { asOf, prime, countsThen, node, nodes, existing, anyEntity, talentRows, relation, supports, talentSources, talentHires, siteCapacities, partners, dealPages };
}

export type Loaders = ReturnType<typeof createLoaders>;
