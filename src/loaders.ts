/**
 * Per-request DataLoaders: created fresh for every request (nothing cached
 * crosses requests), each batch one Cypher round trip. Rows loaded through a
 * relation are primed into `node`, so an entity seen twice is fetched once.
 */
import DataLoader from 'dataloader';
import type { Stores } from './domain/stores';
import type { NodeRow, SupportRow } from './domain/rows';
import type { RelationName } from './domain/relation-store';
import { RELATIONS } from './domain/relation-store';

export interface RelationKey {
  id: string;
  first: number;
  /** The field's filter argument (a role, `current`), or null. */
  arg?: string | boolean | null;
}

type TalentGroups = Array<{ fromId: string | null; hires: NodeRow[] }>;

export function createLoaders(stores: Stores) {
  const node = new DataLoader<string, NodeRow | null>(async (ids) => {
    const rows = await stores.nodes.getNodesByIds(ids);
    return ids.map((id) => rows.get(id) ?? null);
  });
  const prime = (rows: NodeRow[]) => {
    for (const row of rows) node.prime(row.id, row);
  };

  const relationLoader = (name: RelationName) =>
    new DataLoader<RelationKey, NodeRow[], string>(
      async (keys) => {
        // Keys with the same page size and filter share one statement; usually that is all of them.
        const groups = new Map<string, RelationKey[]>();
        for (const key of keys) {
          const group = `${key.first}|${String(key.arg ?? '')}`;
          groups.set(group, [...(groups.get(group) ?? []), key]);
        }
        const results = new Map<string, NodeRow[]>();
        for (const [group, members] of groups) {
          const rows = await stores.relations.list(name, [...new Set(members.map((k) => k.id))], members[0].first, members[0].arg ?? null);
          for (const [id, list] of rows) {
            prime(list);
            results.set(`${id}|${group}`, list);
          }
        }
        return keys.map((key) => results.get(`${key.id}|${key.first}|${String(key.arg ?? '')}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.id}|${key.first}|${String(key.arg ?? '')}` },
    );

  const relation = Object.fromEntries((Object.keys(RELATIONS) as RelationName[]).map((name) => [name, relationLoader(name)])) as Record<RelationName, DataLoader<RelationKey, NodeRow[], string>>;

  const supports = new DataLoader<string, SupportRow[]>(async (ids) => {
    const rows = await stores.relations.supportsByNode(ids);
    for (const list of rows.values()) prime(list.map((s) => s.article));
    return ids.map((id) => rows.get(id) ?? []);
  });

  const talentSources = new DataLoader<string, TalentGroups>(async (ids) => {
    const groups = await stores.relations.talentSources(ids, null, null);
    for (const list of groups.values()) for (const group of list) prime(group.hires);
    return ids.map((id) => groups.get(id) ?? []);
  });

  const siteCapacities = new DataLoader<string, Array<string | null>>(async (ids) => {
    const capacities = await stores.relations.siteCapacitiesByProject(ids);
    return ids.map((id) => capacities.get(id) ?? []);
  });

  const partners = new DataLoader<RelationKey, Array<{ partnerId: string; via: string[] }>, string>(
    async (keys) => {
      const first = Math.max(...keys.map((k) => k.first));
      const rows = await stores.relations.partnersByOrganization([...new Set(keys.map((k) => k.id))], first);
      return keys.map((key) => (rows.get(key.id) ?? []).slice(0, key.first));
    },
    { cacheKeyFn: (key) => `${key.id}|${key.first}` },
  );

  return { node, relation, supports, talentSources, siteCapacities, partners };
}

export type Loaders = ReturnType<typeof createLoaders>;
