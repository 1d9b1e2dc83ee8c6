/**
 * What the API does when Neo4j goes away. A fault-injecting TCP proxy sits
 * between the driver and the test run's embedded Neo4j: it resets and refuses
 * connections (a dead process), blackholes them (a partition or a stopped
 * process: nothing answers, nothing errors), then heals. The driver has short
 * limits, so the bounds below are generous multiples of them, not tight timings.
 */
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { createDriver, type Db } from '../../src/neo4j/driver';
import { createServer, type KbServer } from '../../src/server';
import { FaultProxy } from '../helpers/fault-proxy';

// No response cache: a cached answer would hide the outages these tests cause.
const SHORT_LIMITS = { KB_RESPONSE_CACHE_TTL_MS: '0', NEO4J_CONNECT_TIMEOUT_MS: '1000', NEO4J_ACQUIRE_TIMEOUT_MS: '1000', NEO4J_MAX_RETRY_MS: '1000', KB_READ_TIMEOUT_MS: '1500' };
/** A failing request answers well within this (read timeout 1.5 s + 1 s client grace, or 1 s of retries). */
const FAIL_FAST_MS = 5000;
const RECOVERY_MS = 10_000;
/** neo4j-driver's default maxConnectionPoolSize; createDriver does not change it. */
const POOL_SIZE = 100;
const QUERY = '{ stats { nodes relationships } }';
/** Anything that would tell a client about the database behind the API. */
const LEAKY = /bolt|127\.0\.0\.1|localhost|neo4j|cypher|MATCH|RETURN|ECONN|acquisition|connection|socket|stack|at \w+ \(/i;

interface Answer {
  status: number;
  body: any;
  ms: number;
}

interface Rig {
  proxy: FaultProxy;
  driver: Driver;
  yoga: KbServer;
  logs: string[];
  query(): Promise<Answer>;
  get(path: string): Promise<{ status: number; text: string }>;
}

let rig: Rig;
const crashes: unknown[] = [];
const onCrash = (error: unknown) => crashes.push(error);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openRig(): Promise<Rig> {
  const target = process.env.KB_TEST_NEO4J_URI;
  if (!target) throw new Error('KB_TEST_NEO4J_URI is not set: run the tests through jest (its global setup starts Neo4j).');
  const proxy = FaultProxy.forUri(target);
  const uri = await proxy.start();
  const config = loadConfig({ NEO4J_URI: uri, ...SHORT_LIMITS });
  const driver = createDriver(config.neo4j, uri);
  const db: Db = { driver, database: config.neo4j.database, readTimeoutMs: config.neo4j.readTimeoutMs, writeTimeoutMs: config.neo4j.writeTimeoutMs };
  const logs: string[] = [];
  const yoga = createServer({ db, config, log: (line) => logs.push(line) });
  return {
    proxy,
    driver,
    yoga,
    logs,
    async query() {
      const started = Date.now();
      const response = await yoga.fetch('http://kb.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
      const body = await response.json();
      return { status: response.status, body, ms: Date.now() - started };
    },
    async get(path) {
      const response = await yoga.fetch(`http://kb.test${path}`);
      return { status: response.status, text: await response.text() };
    },
  };
}

const ok = (answer: Answer) => answer.status === 200 && !answer.body.errors && answer.body.data?.stats != null;

/** Polls the query until it succeeds; returns how long that took. Bounded by `limitMs`. */
async function untilOk(limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (ok(await rig.query())) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`the API did not recover within ${limitMs} ms`);
}

/** Waits (bounded) until `check` holds; returns whether it did. */
async function eventually(check: () => boolean, limitMs: number): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await sleep(50);
  }
  return check();
}

function concurrently(n: number): Promise<Answer[]> {
  return Promise.all(Array.from({ length: n }, () => rig.query()));
}

function expectMaskedFailure(answer: Answer): void {
  expect(answer.ms).toBeLessThan(FAIL_FAST_MS);
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors;
  expect(error.message).toBe('Unexpected error.');
  expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  expect(JSON.stringify(answer.body)).not.toMatch(LEAKY);
  // The details go to the (JSON) log, under the request id the client got.
  expect(rig.logs.some((line) => line.includes('"msg":"unexpected error"') && JSON.parse(line).reqId === error.extensions.requestId)).toBe(true);
}

beforeAll(async () => {
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);
  // A cold JVM (this file run alone) can take longer than the short read timeout on its first queries.
  rig = await openRig();
  try {
    await untilOk(30_000);
  } finally {
    await rig.driver.close();
    await rig.proxy.close();
  }
});

afterAll(() => {
  process.off('unhandledRejection', onCrash);
  process.off('uncaughtException', onCrash);
});

beforeEach(async () => {
  rig = await openRig();
  // Idle pooled connections, so a fault also hits connections opened before it.
  expect((await concurrently(5)).every(ok)).toBe(true);
});

afterEach(async () => {
  await rig.proxy.heal();
  await rig.driver.close();
  await rig.proxy.close();
});

describe.each([
  ['refuses connections (reset)', () => rig.proxy.reset()],
  ['never answers (blackhole)', async () => rig.proxy.blackhole()],
])('while Neo4j %s', (_name, fault) => {
  it('fails requests fast with the masked error', async () => {
    await fault();
    const answers = await concurrently(10);
    for (const answer of answers) expectMaskedFailure(answer);
    // Again, now that the pool holds whatever the first wave left behind.
    expectMaskedFailure(await rig.query());
  });

  it('answers /readyz with 503 and an empty body, and /healthz with 200', async () => {
    await fault();
    const started = Date.now();
    const ready = await rig.get('/readyz');
    expect(Date.now() - started).toBeLessThan(FAIL_FAST_MS);
    expect(ready).toEqual({ status: 503, text: '' });
    expect((await rig.get('/healthz')).status).toBe(200);
  });

  it('recovers by itself within 10 s of the fault healing', async () => {
    await fault();
    // Load during the fault, so the pool holds broken or frozen connections when it heals.
    const during = await concurrently(20);
    expect(during.some(ok)).toBe(false);
    await rig.proxy.heal();
    expect(await untilOk(RECOVERY_MS)).toBeLessThan(RECOVERY_MS);
    expect((await rig.get('/readyz')).status).toBe(200);
    expect((await concurrently(10)).every(ok)).toBe(true);
  });
});

describe('connections', () => {
  it('dropped while idle cost a request nothing: the read retries on a fresh connection', async () => {
    await rig.proxy.reset();
    await rig.proxy.heal();
    const answers = await concurrently(5);
    expect(answers.every(ok)).toBe(true);
  });

  it('do not leak under load, through a reset and a blackhole, and all close with the driver', async () => {
    const settled = () => {
      const { client, upstream } = rig.proxy.counts();
      return client <= POOL_SIZE && client === upstream;
    };

    expect((await concurrently(50)).every(ok)).toBe(true);
    expect(rig.proxy.counts().client).toBeLessThanOrEqual(50);

    for (const fault of [() => rig.proxy.reset(), async () => rig.proxy.blackhole()]) {
      await fault();
      expect((await concurrently(50)).some(ok)).toBe(false);
      await rig.proxy.heal();
      await untilOk(RECOVERY_MS);
      expect((await concurrently(50)).every(ok)).toBe(true);
      // Requests abandoned during the blackhole finish in the background once Neo4j answers again.
      expect(await eventually(settled, 5000)).toBe(true);
      expect(rig.proxy.counts().client).toBeLessThanOrEqual(POOL_SIZE);
    }

    await rig.driver.close();
    expect(await eventually(() => rig.proxy.counts().client === 0 && rig.proxy.counts().upstream === 0, 5000)).toBe(true);
  });
});

describe('the process', () => {
  it('stays up: no unhandled rejection or uncaught exception during any fault', () => {
    expect(crashes).toEqual([]);
  });
});
