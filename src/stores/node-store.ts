/**
 * Reads of single nodes: by id (batched) and by name or alias.
 */
import { ENTITY_LABELS, type EntityLabel } from '../model/graph-model';
import { readQuery, type Db } from '../neo4j/driver';
import { normalizeName } from '../domain/names';
import { asNodeRow, type NodeRow } from './rows';

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
