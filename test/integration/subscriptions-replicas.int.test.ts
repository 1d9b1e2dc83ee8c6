/**
 * Subscriptions across API replicas: two real API processes (`npm start`'s entry point) on one Neo4j, sharing a real
 * Redis (redis-server on a loopback port). An event written through one reaches a subscriber of the other; a
 * subscriber killed while writes go on gets, on reconnecting with the last event id, exactly what it missed.
 */
import { spawn } from 'node:child_process';
import YAML from 'yaml';
import { openTestDb, type TestDb } from '../helpers/db';
import { ENTITIES as E, FACTS, makeFixtureDir, newsDocument, writeNews } from '../helpers/news-fixtures';
import { killStartedServers, ROOT, startMain, waitFor } from '../helpers/processes';
import { describeWithRedis, startRedis, type TestRedis } from '../helpers/redis';
import { subscribe } from '../helpers/sse';

const TOKEN = 'a-test-token-of-32-characters!!';
const INGEST = 'mutation ($document: String!) { ingestArticle(document: $document) { status } }';
const VALUE_CHANGED = 'subscription ($entity: ID) { valueChanged(entity: $entity) { seq articleId targetId field after } }';
const doc = (amount: number) =>
  `# TEST FIXTURE: fictional entities and URLs, no real facts.\n${YAML.stringify(newsDocument('fixture-replicas-live', '2025-07-04', [E.ada, E.northwind, E.bluefin, E.deal], [FACTS.deal(amount)]))}`;

let testDb: TestDb;
let redis: TestRedis;

async function apiProcess(): Promise<string> {
  const main = startMain({
    PORT: '0',
    NEO4J_URI: process.env.KB_TEST_NEO4J_URI as string,
    NEO4J_USERNAME: testDb.config.neo4j.username,
    NEO4J_PASSWORD: testDb.config.neo4j.password,
    REDIS_URL: redis.url,
    KB_ADMIN_TOKEN: TOKEN,
    KB_RATE_LIMIT: '0',
  });
  if (!(await waitFor(() => main.output().includes('Knowledge base ready'), 90_000))) throw new Error(`the API did not start:\n${main.output()}`);
  return `http://127.0.0.1:${/http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(main.output())![1]}`;
}

async function ingest(base: string, amount: number): Promise<void> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query: INGEST, variables: { document: doc(amount) } }) });
  expect((await response.json()).data.ingestArticle.status).toMatch(/CREATED|UPDATED/);
}

const amounts = (received: Array<{ data?: any }>) => received.map((r) => r.data.valueChanged).filter((e) => e.field === 'value').map((e) => JSON.parse(e.after).amount);

describeWithRedis('subscriptions across replicas')('subscriptions across two API processes sharing a real Redis', () => {
  let first: string;
  let second: string;

  beforeAll(async () => {
    testDb = await openTestDb();
    await testDb.reset();
    redis = await startRedis();
    [first, second] = await Promise.all([apiProcess(), apiProcess()]);
  }, 180_000);

  afterAll(async () => {
    killStartedServers();
    await redis?.stop();
    await testDb?.close();
  });

  it('delivers on the second replica, within 1 s, a change written through the first; a reconnect with the last event id loses nothing', async () => {
    await ingest(first, 1e9);
    const fetchUrl = (url: string, init: RequestInit) => fetch(url, init);
    const sub = await subscribe(fetchUrl, `${second}/graphql`, VALUE_CHANGED, { entity: E.deal.id });
    expect(sub.status).toBe(200);
    const started = Date.now();
    await ingest(first, 2e9);
    await sub.waitFor(1, 5000);
    const latency = Date.now() - started;
    expect(latency).toBeLessThan(1000);
    process.stderr.write(`replica-to-replica subscription event: ${latency} ms from the mutation's start\n`);
    expect(amounts(sub.received)).toEqual([2e9]);
    const lastSeq = Math.max(...sub.received.map((r) => r.data.valueChanged.seq));
    sub.close();

    // Written while nobody listens: through each replica in turn.
    await ingest(first, 3e9);
    await ingest(second, 4e9);
    const back = await subscribe(fetchUrl, `${second}/graphql`, VALUE_CHANGED, { entity: E.deal.id }, { 'last-event-id': String(lastSeq) });
    await waitFor(() => amounts(back.received).length >= 2, 5000);
    await ingest(first, 5e9);
    await waitFor(() => amounts(back.received).length >= 3, 5000);
    back.close();
    expect(amounts(back.received)).toEqual([3e9, 4e9, 5e9]);
    const seqs = back.received.map((r) => r.data.valueChanged.seq);
    expect(seqs.every((seq) => seq > lastSeq)).toBe(true);
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
  });

  it('delivers what the ingest CLI writes with REDIS_URL set, as it commits', async () => {
    const sub = await subscribe((url, init) => fetch(url, init), `${second}/graphql`, VALUE_CHANGED, { entity: E.deal.id });
    try {
      const file = writeNews(makeFixtureDir(), 'cli.yaml', doc(6e9));
      const cli = await new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', '--quiet', file], {
          cwd: ROOT,
          env: { ...process.env, NEO4J_URI: process.env.KB_TEST_NEO4J_URI, NEO4J_USERNAME: testDb.config.neo4j.username, NEO4J_PASSWORD: testDb.config.neo4j.password, REDIS_URL: redis.url },
        });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('exit', (code) => resolve({ code, output }));
      });
      expect(cli).toMatchObject({ code: 0 });
      await sub.waitFor(1, 5000);
      expect(amounts(sub.received)).toEqual([6e9]);
    } finally {
      sub.close();
    }
  });
});
