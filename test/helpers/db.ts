/**
 * The test harness for the real Neo4j started by the global setup: a driver,
 * a way to reset the graph, and a fingerprint of the whole graph to compare
 * states (per-label and per-type counts plus a hash of every key and property).
 * Recording times (an article's `ingestedAt`, when its claims were recorded) are
 * left out of the hash: they say when, not what, and two ingests of one file
 * differ only there.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config';
import { createDriver, type Db } from '../../src/neo4j/driver';
import { toNative } from '../../src/neo4j/convert';
import { ensureSchema } from '../../src/stores/schema-store';
import { stableStringify } from '../../src/domain/stable-json';

export interface TestDb {
  db: Db;
  driver: Driver;
  config: Config;
  reset(): Promise<void>;
  /** `liveOnly` leaves out what soft retraction keeps (retracted articles, retired nodes, retracted edges). */
  fingerprint(options?: { liveOnly?: boolean }): Promise<Fingerprint>;
  cypher<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]>;
  close(): Promise<void>;
}

export interface Fingerprint {
  labels: Record<string, number>;
  types: Record<string, number>;
  hash: string;
}

export async function openTestDb(env: Record<string, string | undefined> = {}): Promise<TestDb> {
  const uri = process.env.KB_TEST_NEO4J_URI;
  if (!uri) throw new Error('KB_TEST_NEO4J_URI is not set: run the tests through jest (its global setup starts Neo4j).');
  // Off unless a test turns them on: tests write the graph behind the API's back, count round trips and send bursts;
  // the response cache and the rate limiter have their own tests (test/integration/shared-state.int.test.ts).
  const config = loadConfig({ NEO4J_URI: uri, KB_RESPONSE_CACHE_TTL_MS: '0', KB_RATE_LIMIT: '0', ...env });
  const driver = createDriver(config.neo4j, uri);
  const db: Db = { driver, database: config.neo4j.database, readTimeoutMs: 30000, writeTimeoutMs: 60000 };
  await ensureSchema(db);
  const cypher = async <T>(query: string, params: Record<string, unknown> = {}) => {
    const result = await driver.executeQuery(query, params, { database: db.database });
    return result.records.map((r) => toNative(r.toObject()) as T);
  };
  return {
    db,
    driver,
    config,
    cypher,
    async reset() {
      // CALL { ... } IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
      const session = driver.session({ database: db.database });
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      } finally {
        await session.close();
      }
    },
    async fingerprint({ liveOnly = false } = {}) {
      // The change feed is the graph's history, not its state: a write that restores a state appends to it.
      const node = `WHERE NOT n:ChangeEvent AND NOT n:ChangeSequence${liveOnly ? ' AND NOT n:Retracted AND NOT n:RetractedArticle' : ''}`;
      const rel = liveOnly ? "WHERE NOT type(r) IN ['RETRACTED_SUPPORTS', 'RETRACTED_MENTIONS']" : '';
      const [row] = await cypher<{ labels: Array<{ label: string; count: number }>; types: Array<{ type: string; count: number }>; nodes: unknown[]; rels: unknown[] }>(
        `CALL { MATCH (n) ${node} UNWIND labels(n) AS label WITH label, count(*) AS count RETURN collect({label: label, count: count}) AS labels }
         CALL { MATCH ()-[r]->() ${rel} WITH type(r) AS type, count(*) AS count RETURN collect({type: type, count: count}) AS types }
         CALL { MATCH (n) ${node} RETURN collect([labels(n), n {.*, ingestedAt: null, firstIngestedAt: null}]) AS nodes }
         CALL { MATCH (a)-[r]->(b) ${rel} RETURN collect([coalesce(a.id, a.key), type(r), coalesce(b.id, b.key), properties(r)]) AS rels }
         RETURN labels, types, nodes, rels`,
      );
      const sortedNodes = (row.nodes as Array<[string[], unknown]>).map(([labels, props]) => stableStringify([[...labels].sort(), props])).sort();
      const sortedRels = row.rels.map((r) => stableStringify(r)).sort();
      return {
        labels: Object.fromEntries(row.labels.map((l) => [l.label, l.count]).sort()),
        types: Object.fromEntries(row.types.map((t) => [t.type, t.count]).sort()),
        hash: createHash('sha256').update(sortedNodes.join('\n')).update('\n--\n').update(sortedRels.join('\n')).digest('hex'),
      };
    },
    close: () => driver.close(),
  };
}
