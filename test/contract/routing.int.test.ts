/**
 * Beyond one machine, on one: the contract operations through the routing driver (`neo4j://`, which the embedded
 * Neo4j answers as a one-member cluster) give byte-identical answers to `bolt://`, two replicas give byte-identical
 * answers, and a read through replica B with the bookmarks of a write through replica A sees that write.
 */
import YAML from 'yaml';
import { loadConfig } from '../../src/config';
import { createDriver, type Db } from '../../src/neo4j/driver';
import { createServer } from '../../src/server';
import type { TestDb } from '../helpers/db';
import { ENTITIES as E, FACTS, newsDocument } from '../helpers/news-fixtures';
import { listenOnLoopback } from '../helpers/listen';
import { killStartedServers, startServing } from '../helpers/processes';
import { describeWithRedis, startRedis, type TestRedis } from '../helpers/redis';
import { openSeededDb } from '../helpers/seed';
import { OPERATIONS } from './operations';

const TOKEN = 'a-test-token-of-32-characters!!';

let testDb: TestDb;
let routedDb: Db;

beforeAll(async () => {
  testDb = await openSeededDb();
  const routedUri = process.env.KB_TEST_NEO4J_URI!.replace(/^bolt:/, 'neo4j:');
  routedDb = { ...testDb.db, driver: createDriver(testDb.config.neo4j, routedUri) };
}, 300_000);

afterAll(async () => {
  await routedDb?.driver.close();
  await testDb?.close();
});

interface Replica {
  url: string;
  close(): Promise<void>;
}

async function replica(db: Db, env: Record<string, string> = {}): Promise<Replica> {
  const config = { ...loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', KB_ADMIN_TOKEN: TOKEN, KB_RATE_LIMIT: '0', KB_RESPONSE_CACHE_TTL_MS: '0', ...env }), neo4j: testDb.config.neo4j };
  return listenOnLoopback(createServer({ db, config, log: () => undefined }), 30_000);
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, text: await response.text() };
}

describe('the routing driver and two replicas', () => {
  let bolt: Replica;
  let routed: Replica;
  let second: Replica;

  beforeAll(async () => {
    [bolt, routed, second] = [await replica(testDb.db), await replica(routedDb), await replica(testDb.db)];
  });

  afterAll(async () => {
    await Promise.all([bolt, routed, second].map((r) => r?.close()));
  });

  it.each(Object.keys(OPERATIONS))('%s answers the same, byte for byte, through neo4j:// and through a second replica', async (name) => {
    const query = OPERATIONS[name as keyof typeof OPERATIONS];
    const viaBolt = await post(bolt.url, query);
    expect(viaBolt.status).toBe(200);
    expect(JSON.parse(viaBolt.text).errors).toBeUndefined();
    expect((await post(routed.url, query)).text).toBe(viaBolt.text);
    expect((await post(second.url, query)).text).toBe(viaBolt.text);
  });
});

describe('two API processes (npm start) on one Neo4j', () => {
  afterAll(() => killStartedServers());

  it('give byte-identical answers to every contract operation', async () => {
    const env = { NEO4J_URI: process.env.KB_TEST_NEO4J_URI!.replace(/^bolt:/, 'neo4j:'), KB_RESPONSE_CACHE_TTL_MS: '0', KB_RATE_LIMIT: '0' };
    const [a, b] = await Promise.all([startServing(env), startServing(env)]);
    try {
      for (const [name, query] of Object.entries(OPERATIONS)) {
        const [fromA, fromB] = [await post(a.base, query), await post(b.base, query)];
        expect({ name, status: fromA.status }).toEqual({ name, status: 200 });
        expect({ name, body: fromB.text }).toEqual({ name, body: fromA.text });
      }
    } finally {
      a.main.child.kill('SIGINT');
      b.main.child.kill('SIGINT');
      await Promise.all([a.main.exited, b.main.exited]);
    }
  }, 180_000);
});

describe('reading your writes across replicas', () => {
  const INGEST = 'mutation ($document: String!) { ingestArticle(document: $document) { status bookmarks } }';
  const document = `# TEST FIXTURE: fictional entities and URLs, no real facts.\n${YAML.stringify(newsDocument('fixture-bookmarked', '2025-07-04', [E.ada, E.northwind], [FACTS.employment('Bookmark Lead')]))}`;

  it('returns the write\'s bookmarks, and replica B reads with them through neo4j:// and sees the article', async () => {
    const a = await replica(testDb.db);
    const b = await replica(routedDb);
    try {
      const ingested = JSON.parse((await post(a.url, INGEST, { document }, { authorization: `Bearer ${TOKEN}` })).text).data.ingestArticle;
      expect(ingested.status).toBe('CREATED');
      expect(ingested.bookmarks).toEqual([expect.stringMatching(/^FB:/)]);
      const read = JSON.parse((await post(b.url, '{ article(id: "fixture-bookmarked") { id } }', {}, { 'x-kb-bookmarks': ingested.bookmarks.join(',') })).text);
      expect(read).toEqual({ data: { article: { id: 'fixture-bookmarked' } } });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses malformed or unknown X-KB-Bookmarks with BAD_BOOKMARKS', async () => {
    const b = await replica(routedDb);
    try {
      const answer = await post(b.url, '{ stats { nodes } }', {}, { 'x-kb-bookmarks': 'not a bookmark!' });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('BAD_BOOKMARKS');
      const unknown = JSON.parse((await post(b.url, '{ stats { nodes } }', {}, { 'x-kb-bookmarks': 'FB:zzzzzzzzzzzzzzzzzzzzzzzzzz' })).text);
      expect(unknown.errors[0].extensions.code).toBe('BAD_BOOKMARKS');
    } finally {
      await b.close();
    }
  });
});

describeWithRedis('bookmarks over Redis')('bookmarks shared through Redis', () => {
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);

  afterAll(async () => {
    await redis?.stop();
  });

  it('hands a write on replica A to every read on replica B, without the client passing them', async () => {
    const a = await replica(testDb.db, { REDIS_URL: redis.url });
    const b = await replica(routedDb, { REDIS_URL: redis.url });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200)); // b has subscribed
      const document = `# TEST FIXTURE: fictional entities and URLs, no real facts.\n${YAML.stringify(newsDocument('fixture-bookmarked-shared', '2025-07-05', [E.ada, E.northwind], [FACTS.employment('Bookmark Lead')]))}`;
      const ingested = JSON.parse((await post(a.url, 'mutation ($document: String!) { ingestArticle(document: $document) { status } }', { document }, { authorization: `Bearer ${TOKEN}` })).text);
      expect(ingested.data.ingestArticle.status).toBe('CREATED');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const read = JSON.parse((await post(b.url, '{ article(id: "fixture-bookmarked-shared") { id } }')).text);
      expect(read).toEqual({ data: { article: { id: 'fixture-bookmarked-shared' } } });
    } finally {
      await a.close();
      await b.close();
    }
  });
});

