/**
 * Reads of single nodes: by id (batched) and by name or alias.
 */
import { readQuery, type Db } from '../neo4j/driver';
import { toNative } from '../neo4j/convert';
import type { EntityType } from '../ingest/news-schema';
import { normalizeName } from './names';
import type { NodeRow } from './rows';

export function createNodeStore(db: Db) {
  return {
    /** Nodes (entities, facts, articles) by id; missing ids are absent from the map. */
    async getNodesByIds(ids: readonly string[]): Promise<Map<string, NodeRow>> {
      const records = await readQuery<{ row: unknown }>(db, `/* nodeStore.getNodesByIds */ MATCH (n:Node) WHERE n.id IN $ids RETURN n {.*} AS row`, { ids });
      const rows = records.map((r) => toNative(r.row) as NodeRow);
      return new Map(rows.map((row) => [row.id, row]));
    },

    /**
     * The entity of `type` whose name or alias normalizes like `name`; null when
     * none. When the explicit allowSimilarName marker lets two share a key, the
     * one whose own name matches wins, then the smaller id.
     */
    async findEntityByName(type: EntityType, name: string): Promise<NodeRow | null> {
      const norm = normalizeName(name);
      if (!norm) return null;
      const records = await readQuery<{ row: unknown }>(
        db,
        `/* nodeStore.findEntityByName */
         MATCH (:NameKey {key: $key})-[:NAMES]->(e:Entity)
         RETURN e {.*} AS row ORDER BY e.normName = $norm DESC, e.id LIMIT 1`,
        { key: `${type}:${norm}`, norm },
      );
      return records[0] ? (toNative(records[0].row) as NodeRow) : null;
    },

    /** An id of an entity of any type given an id or a name. */
    async findAnyEntityId(idOrName: string): Promise<string | null> {
      const norm = normalizeName(idOrName);
      const records = await readQuery<{ id: string }>(
        db,
        `/* nodeStore.findAnyEntityId */
         CALL {
           MATCH (e:Entity {id: $value}) RETURN e, 0 AS rank
           UNION
           MATCH (k:NameKey)-[:NAMES]->(e:Entity) WHERE k.key IN $keys RETURN e, CASE WHEN e.normName = $norm THEN 1 ELSE 2 END AS rank
         }
         RETURN e.id AS id ORDER BY rank, e.id LIMIT 1`,
        { value: idOrName, norm, keys: ['Organization', 'Person', 'Project', 'Site', 'Deal'].map((t) => `${t}:${norm}`) },
      );
      return records[0]?.id ?? null;
    },
  };
}

export type NodeStore = ReturnType<typeof createNodeStore>;
