/**
 * Reads of single nodes: by id (batched) and by name or alias.
 */
import { ENTITY_LABELS, type EntityLabel } from '../model/graph-model';
import { readQuery, type Db } from '../neo4j/driver';
import { int } from '../neo4j/convert';
import { normalizeName } from '../domain/names';
import type { NameCandidate } from '../domain/closest-names';
import { asNodeRow, asString, type NodeRow } from './rows';

/**
 * Name keys read per seek when ranking suggestions for a name that matched nothing: at most twice this many keys in
 * all (those sharing the name's first character, and the first of the type in key order), so a miss costs a bounded
 * read however large the graph grows; beyond it, a suggestion may be missed, never a match.
 */
export const NAME_CANDIDATE_LIMIT = 300;

export function createNodeStore(db: Db) {
  return {
    /**
     * Nodes (entities, facts, articles) by id; missing ids are absent from the map, and so are retired nodes (a fact or
     * entity whose every claim was retracted keeps no type): filtered here rather than in Cypher, which would cost a
     * property read per row. A retracted article keeps its type and is returned, with its retraction.
     */
    async getNodesByIds(ids: readonly string[]): Promise<Map<string, NodeRow>> {
      const records = await readQuery<{ row: Record<string, unknown> }>(db, `/* nodeStore.getNodesByIds */ MATCH (n:Node) WHERE n.id IN $ids RETURN n {.*} AS row`, { ids });
      const rows = records.filter((r) => typeof r.row?.type === 'string').map((r) => asNodeRow(r.row));
      return new Map(rows.map((row) => [row.id, row]));
    },

    /**
     * The entity of `type` whose name or alias normalizes like `name`; null when
     * none. When the explicit allowSimilarName marker lets two share a key, the
     * one whose own name matches wins, then the smaller id.
     */
    async findEntityByName(type: EntityLabel, name: string): Promise<NodeRow | null> {
      const norm = normalizeName(name);
      if (!norm) return null;
      const records = await readQuery<{ row: unknown }>(
        db,
        `/* nodeStore.findEntityByName */
         MATCH (:NameKey {key: $key})-[:NAMES]->(e:Entity)
         RETURN e {.*} AS row ORDER BY e.normName = $norm DESC, e.id LIMIT 1`,
        { key: `${type}:${norm}`, norm },
      );
      return records[0] ? (asNodeRow(records[0].row)) : null;
    },

    /**
     * Up to `limit` distinct entities of `type` with a name or alias whose normalized key starts with the normalized
     * `prefix`, ordered by name then id; empty when the prefix normalizes to nothing. `STARTS WITH` on the key, with the
     * type written into it, is a range seek on the NameKey uniqueness index (PROFILE: NodeUniqueIndexSeekByRange). The
     * hint keeps it so: without it, PROFILE on Neo4j 5.26 showed a scan of the whole index and a filter on a store holding
     * only 200 keys, all starting "Deal:oracle" (with the seed corpus loaded it seeks either way).
     */
    async findEntitiesByNamePrefix(type: EntityLabel, prefix: string, limit: number): Promise<NodeRow[]> {
      const norm = normalizeName(prefix);
      if (!norm) return [];
      const records = await readQuery<{ row: unknown }>(
        db,
        `/* nodeStore.findEntitiesByNamePrefix */
         MATCH (k:NameKey) USING INDEX SEEK k:NameKey(key) WHERE k.key STARTS WITH $prefix
         MATCH (k)-[:NAMES]->(e:Entity)
         WITH DISTINCT e ORDER BY e.name, e.id LIMIT $limit
         RETURN e {.*} AS row`,
        { prefix: `${type}:${norm}`, limit: int(limit) },
      );
      return records.map((r) => asNodeRow(r.row));
    },

    /**
     * The name keys of `type` to rank suggestions from, each with the entity it names: those whose normalized key
     * starts like the normalized `name` (its first character), and the first keys of the type in key order, each read
     * capped at NAME_CANDIDATE_LIMIT. Keys come back without the type.
     */
    async listNameCandidates(type: EntityLabel, name: string): Promise<NameCandidate[]> {
      const typePrefix = `${type}:`;
      const initial = [...normalizeName(name)][0] ?? '';
      const records = await readQuery<{ key: unknown; id: unknown; name: unknown }>(
        db,
        `/* nodeStore.listNameCandidates */
         CALL () {
           MATCH (k:NameKey) USING INDEX SEEK k:NameKey(key) WHERE k.key STARTS WITH $initialPrefix RETURN k LIMIT $limit
           UNION
           MATCH (k:NameKey) USING INDEX SEEK k:NameKey(key) WHERE k.key STARTS WITH $typePrefix RETURN k LIMIT $limit
         }
         MATCH (k)-[:NAMES]->(e:Entity)
         RETURN substring(k.key, size($typePrefix)) AS key, e.id AS id, e.name AS name`,
        { typePrefix, initialPrefix: typePrefix + initial, limit: int(NAME_CANDIDATE_LIMIT) },
      );
      return records.map((r) => ({ key: asString(r.key), id: asString(r.id), name: asString(r.name) }));
    },

    /**
     * The entity each value names, of any type: by id first, then by name or alias (own name before alias, then the
     * smaller id). Values naming nothing are absent from the map.
     */
    async findAnyEntities(values: readonly string[]): Promise<Map<string, NodeRow>> {
      const lookups = values.map((value) => {
        const norm = normalizeName(value);
        return { value, norm, keys: ENTITY_LABELS.map((t) => `${t}:${norm}`) };
      });
      const records = await readQuery<{ value: string; row: unknown }>(
        db,
        `/* nodeStore.findAnyEntities */
         UNWIND $lookups AS lookup
         CALL (lookup) {
           CALL (lookup) {
             MATCH (e:Entity {id: lookup.value}) RETURN e, 0 AS rank
             UNION
             MATCH (k:NameKey)-[:NAMES]->(e:Entity) WHERE k.key IN lookup.keys RETURN e, CASE WHEN e.normName = lookup.norm THEN 1 ELSE 2 END AS rank
           }
           RETURN e ORDER BY rank, e.id LIMIT 1
         }
         RETURN lookup.value AS value, e {.*} AS row`,
        { lookups },
      );
      return new Map(records.map((r) => [r.value, asNodeRow(r.row)]));
    },
  };
}

export type NodeStore = ReturnType<typeof createNodeStore>;
