/**
 * A read-only look at what the stored graph already declares, for `--dry-run`: nodes by id and entities by name key,
 * so a file can be checked for type conflicts and duplicate names before anything is written.
 */
import { readQuery, type Db } from '../neo4j/driver';
import { asNullableString, asString, asStrings } from './rows';

export interface StoredEntityKeys {
  id: string;
  /** The node's type: an entity type, `Article`, or a fact kind. */
  type: string;
  allowSimilarName: boolean;
  /** Its name keys, `<type>:<normalized name>`, sorted. */
  keys: string[];
  /** Ids of the articles that declare it (MENTIONS), sorted. */
  articles: string[];
}

export function createEntityKeyStore(db: Db) {
  return {
    /**
     * The nodes whose id is in `ids` and the entities that hold a name key in `keys`, each once, ordered by id;
     * empty when nothing matches. One READ round trip.
     */
    async listEntityKeys(ids: readonly string[], keys: readonly string[]): Promise<StoredEntityKeys[]> {
      const records = await readQuery<Record<string, unknown>>(
        db,
        `/* entityKeyStore.listEntityKeys */
         CALL () {
           MATCH (n:Node) WHERE n.id IN $ids RETURN n
           UNION
           MATCH (k:NameKey)-[:NAMES]->(n:Entity) WHERE k.key IN $keys RETURN n
         }
         RETURN n.id AS id, coalesce(n.type, head(labels(n))) AS type, coalesce(n.allowSimilarName, false) AS allowSimilarName,
                COLLECT { MATCH (k:NameKey)-[:NAMES]->(n) RETURN k.key ORDER BY k.key } AS keys,
                COLLECT { MATCH (a:Article)-[:MENTIONS]->(n) RETURN a.id ORDER BY a.id } AS articles
         ORDER BY id`,
        { ids, keys },
      );
      return records.map((row) => ({
        id: asString(row.id),
        type: asNullableString(row.type) ?? 'unknown',
        allowSimilarName: row.allowSimilarName === true,
        keys: asStrings(row.keys),
        articles: asStrings(row.articles),
      }));
    },
  };
}

export type EntityKeyStore = ReturnType<typeof createEntityKeyStore>;
