import type { Db } from '../neo4j/driver';
import { createChangeStore } from './change-store';
import { createNodeStore } from './node-store';
import { createQueryStore } from './query-store';
import { createRelationStore } from './relation-store';

/** Every read store over one database handle; the read service is their only caller. */
export function createStores(db: Db) {
  return { nodes: createNodeStore(db), relations: createRelationStore(db), queries: createQueryStore(db), changes: createChangeStore(db) };
}

export type Stores = ReturnType<typeof createStores>;
