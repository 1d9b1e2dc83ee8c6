/**
 * Rate limits and the response cache, alone and shared by two API replicas through a real Redis (redis-server on a
 * loopback port), over real node:http servers on one embedded Neo4j.
 */
import YAML from 'yaml';
import { loadConfig } from '../../src/config';
import { createIngestion } from '../../src/ingest/ingestion';
import type { Db } from '../../src/neo4j/driver';
import { createServer } from '../../src/server';
import { POLL_MS } from '../../src/shared-state/response-cache';
import { openTestDb, type TestDb } from '../helpers/db';
import { ENTITIES as E, FACTS, makeFixtureDir, newsDocument, writeNews } from '../helpers/news-fixtures';
import { listenOnLoopback } from '../helpers/listen';
import { describeWithRedis, startRedis, type TestRedis } from '../helpers/redis';

const TOKEN = 'a-test-token-of-32-characters!!';
const KEY_A = 'analyst-key-aaaaaaaaaaaaaaaa';
const KEY_B = 'analyst-key-bbbbbbbbbbbbbbbb';

let testDb: TestDb;

beforeAll(async () => {
  testDb = await openTestDb();
  await testDb.reset();
});

afterAll(async () => {
  await testDb.close();
});

interface Replica {
  url: string;
  /** Statements this replica sent for requests (the cache's background poll left out). */
  statements(): number;
  close(): Promise<void>;
}

async function replica(env: Record<string, string>): Promise<Replica> {
  const config = { ...loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', KB_ADMIN_TOKEN: TOKEN, ...env }), neo4j: testDb.config.neo4j };
  let statements = 0;
  const db: Db = { ...testDb.db, telemetry: { statement: (name) => void (name !== 'versionStore.graphVersion' && (statements += 1)), ingestion: () => undefined } };
  return { ...(await listenOnLoopback(createServer({ db, config, log: () => undefined }))), statements: () => statements };
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const ARTICLE = (id: string) => `{ article(id: "${id}") { id } }`;
const INGEST = 'mutation ($document: String!) { ingestArticle(document: $document) { status } }';
const fixture = (id: string) => `# TEST FIXTURE: fictional entities and URLs, no real facts.\n${YAML.stringify(newsDocument(id, '2025-07-04', [E.ada, E.northwind], [FACTS.employment('Cache Lead')]))}`;
/**
 * True once a read of `query` costs no statement, within a few tries: the first reads after start can come before the
 * cache knows the graph version, when nothing is stored.
 */
async function servedFromCache(api: Replica, query: string): Promise<boolean> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const before = api.statements();
    await gql(api.url, query);
    if (api.statements() === before) return true;
    await sleep(100);
  }
  return false;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the rate limit', () => {
  it('answers 429 RATE_LIMITED with Retry-After past the budget, per API key, never on health checks', async () => {
    const api = await replica({ KB_RATE_LIMIT: '3', KB_RATE_LIMIT_WINDOW_S: '60', KB_API_KEYS: `${KEY_A},${KEY_B}`, KB_RESPONSE_CACHE_TTL_MS: '0' });
    try {
      for (let i = 0; i < 3; i += 1) expect((await gql(api.url, '{ stats { nodes } }', {}, { 'x-api-key': KEY_A })).status).toBe(200);
      const limited = await gql(api.url, '{ stats { nodes } }', {}, { 'x-api-key': KEY_A });
      expect(limited.status).toBe(429);
      expect(limited.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(limited.body.errors[0].message).toMatch(/at most 3 per 60 s/);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      // Another key has its own budget; health checks are never counted.
      expect((await gql(api.url, '{ stats { nodes } }', {}, { 'x-api-key': KEY_B })).status).toBe(200);
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    } finally {
      await api.close();
    }
  });

  it('counts per client address when keys are off', async () => {
    const api = await replica({ KB_RATE_LIMIT: '2', KB_RATE_LIMIT_WINDOW_S: '60', KB_RESPONSE_CACHE_TTL_MS: '0' });
    try {
      expect((await gql(api.url, '{ stats { nodes } }')).status).toBe(200);
      expect((await gql(api.url, '{ stats { nodes } }')).status).toBe(200);
      expect((await gql(api.url, '{ stats { nodes } }')).status).toBe(429);
    } finally {
      await api.close();
    }
  });
});

describe('the response cache in one process', () => {
  it('answers a repeated read without Neo4j, and a mutation or a write from another process invalidates it', async () => {
    const api = await replica({ KB_RATE_LIMIT: '0' });
    try {
      expect(await servedFromCache(api, ARTICLE('fixture-cache-1'))).toBe(true);
      expect((await gql(api.url, ARTICLE('fixture-cache-1'))).body.data.article).toBeNull();

      // Through this server's mutation: the very next read is fresh.
      const ingested = await gql(api.url, INGEST, { document: fixture('fixture-cache-1') }, { authorization: `Bearer ${TOKEN}` });
      expect(ingested.body.data.ingestArticle.status).toBe('CREATED');
      expect((await gql(api.url, ARTICLE('fixture-cache-1'))).body.data.article).toEqual({ id: 'fixture-cache-1' });

      // Written by another process (as the curation CLI does): seen once the graph version is polled.
      expect((await gql(api.url, ARTICLE('fixture-cache-2'))).body.data.article).toBeNull();
      await createIngestion(testDb.db).ingestFile(writeNews(makeFixtureDir(), 'cache-2.yaml', newsDocument('fixture-cache-2', '2025-07-05', [E.ada, E.northwind], [FACTS.employment('Cache Lead')])));
      await sleep(POLL_MS * 2.5);
      expect((await gql(api.url, ARTICLE('fixture-cache-2'))).body.data.article).toEqual({ id: 'fixture-cache-2' });
    } finally {
      await api.close();
    }
  });

  it('is off for the admin token', async () => {
    const api = await replica({ KB_RATE_LIMIT: '0' });
    try {
      const admin = { authorization: `Bearer ${TOKEN}` };
      await gql(api.url, '{ stats { nodes } }', {}, admin);
      const before = api.statements();
      await gql(api.url, '{ stats { nodes } }', {}, admin);
      expect(api.statements()).toBeGreaterThan(before);
    } finally {
      await api.close();
    }
  });
});

describeWithRedis('shared state')('two replicas sharing a real Redis', () => {
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);

  afterAll(async () => {
    await redis?.stop();
  });

  it('share one rate-limit budget', async () => {
    const env = { REDIS_URL: redis.url, KB_RATE_LIMIT: '3', KB_RATE_LIMIT_WINDOW_S: '60', KB_API_KEYS: KEY_A, KB_RESPONSE_CACHE_TTL_MS: '0' };
    const [a, b] = [await replica(env), await replica(env)];
    try {
      const key = { 'x-api-key': KEY_A };
      expect((await gql(a.url, '{ stats { nodes } }', {}, key)).status).toBe(200);
      expect((await gql(b.url, '{ stats { nodes } }', {}, key)).status).toBe(200);
      expect((await gql(a.url, '{ stats { nodes } }', {}, key)).status).toBe(200);
      expect((await gql(b.url, '{ stats { nodes } }', {}, key)).status).toBe(429);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('share one response cache, and a mutation on one invalidates the other at once', async () => {
    const env = { REDIS_URL: redis.url, KB_RATE_LIMIT: '0' };
    const [a, b] = [await replica(env), await replica(env)];
    try {
      expect(await servedFromCache(a, ARTICLE('fixture-cache-3'))).toBe(true);
      // Stored by a, served by b without a statement.
      const before = b.statements();
      expect((await gql(b.url, ARTICLE('fixture-cache-3'))).body.data.article).toBeNull();
      expect(b.statements()).toBe(before);

      expect((await gql(a.url, INGEST, { document: fixture('fixture-cache-3') }, { authorization: `Bearer ${TOKEN}` })).body.data.ingestArticle.status).toBe('CREATED');
      // Well under the poll interval: the invalidation came over Redis pub/sub.
      await sleep(100);
      expect((await gql(b.url, ARTICLE('fixture-cache-3'))).body.data.article).toEqual({ id: 'fixture-cache-3' });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keep answering when Redis goes away', async () => {
    const own = await startRedis();
    const api = await replica({ REDIS_URL: own.url, KB_RATE_LIMIT: '100' });
    try {
      expect((await gql(api.url, '{ stats { nodes } }')).status).toBe(200);
      await own.stop();
      const answer = await gql(api.url, '{ stats { nodes } }');
      expect(answer.status).toBe(200);
      expect(answer.body.data.stats.nodes).toEqual(expect.any(Number));
    } finally {
      await api.close();
    }
  });
});
