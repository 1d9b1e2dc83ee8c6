/** The HTTP surface: health, readiness against the real Neo4j, stats, GraphiQL from local assets, masked errors, timeouts. */
import type http from 'node:http';
import net from 'node:net';
import { loadConfig } from '../../src/config';
import { createHttpServer } from '../../src/http-server';
import { createDriver, type Db } from '../../src/neo4j/driver';
import { createServer } from '../../src/server';
import { openTestDb, type TestDb } from '../helpers/db';
import { createTestServer } from '../helpers/server';

let testDb: TestDb;

beforeAll(async () => {
  testDb = await openTestDb();
  await testDb.reset();
});

afterAll(async () => {
  await testDb.close();
});

/** A Db whose Neo4j is unreachable: nothing listens on port 1. */
function unreachableDb(): Db {
  const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_MS: '500', NEO4J_ACQUIRE_TIMEOUT_MS: '500', NEO4J_MAX_RETRY_MS: '0' });
  return { driver: createDriver(config.neo4j, 'bolt://127.0.0.1:1'), database: 'neo4j', readTimeoutMs: 1000, writeTimeoutMs: 1000 };
}

describe('the server', () => {
  it('reports the process up on /healthz', async () => {
    const { yoga } = createTestServer(testDb);
    const response = await yoga.fetch('http://kb.test/healthz');
    expect(response.status).toBe(200);
  });

  it('reports ready on /readyz when Neo4j answers', async () => {
    const { yoga } = createTestServer(testDb);
    expect((await yoga.fetch('http://kb.test/readyz')).status).toBe(200);
  });

  it('answers 503 with an empty body on /readyz when Neo4j is unreachable', async () => {
    const db = unreachableDb();
    try {
      const yoga = createServer({ db, config: testDb.config, log: () => undefined });
      const response = await yoga.fetch('http://kb.test/readyz');
      expect(response.status).toBe(503);
      expect(await response.text()).toBe('');
    } finally {
      await db.driver.close();
    }
  });

  it('masks database errors with a request id and logs the details', async () => {
    const db = unreachableDb();
    const logs: string[] = [];
    try {
      const yoga = createServer({ db, config: testDb.config, log: (line) => logs.push(line) });
      const response = await yoga.fetch('http://kb.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { nodes } }' }) });
      const body = await response.json();
      expect(body.errors[0].message).toBe('Unexpected error.');
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(body)).not.toMatch(/bolt|127\.0\.0\.1|Neo4j|stack/i);
      expect(logs.some((line) => line.includes(body.errors[0].extensions.requestId))).toBe(true);
    } finally {
      await db.driver.close();
    }
  });

  it('counts nodes by label from Neo4j in stats', async () => {
    await testDb.cypher("CREATE (:Node:Entity:Organization {id: 'test-stats-org', type: 'Organization', name: 'Stats Org'})");
    const { gql } = createTestServer(testDb);
    const response = await gql('{ stats { nodes relationships labels { label count } } }');
    expect(response.data.stats.nodes).toBe(1);
    expect(response.data.stats.labels).toEqual(expect.arrayContaining([{ label: 'Organization', count: 1 }]));
  });

  it('serves GraphiQL with its assets inlined, loading nothing from a CDN', async () => {
    const { yoga } = createTestServer(testDb);
    const response = await yoga.fetch('http://kb.test/graphql', { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
  });

  it('refuses a list argument over its cap with BAD_USER_INPUT', async () => {
    const { gql } = createTestServer(testDb);
    const response = await gql('{ organizations(first: 101) { totalCount } }');
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the HTTP server', () => {
  const REQUEST_TIMEOUT_MS = 1000;
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    const { yoga } = createTestServer(testDb);
    server = createHttpServer(yoga, REQUEST_TIMEOUT_MS);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** Sends `head` and then nothing; resolves with what came back and when the server closed the connection. */
  function sendAndStall(head: string, limitMs: number): Promise<{ ms: number; answer: string; closed: boolean }> {
    return new Promise((resolve) => {
      const started = Date.now();
      let answer = '';
      const socket = net.connect(port, '127.0.0.1', () => socket.write(head));
      const giveUp = setTimeout(() => {
        socket.destroy();
        resolve({ ms: Date.now() - started, answer, closed: false });
      }, limitMs);
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('close', () => {
        clearTimeout(giveUp);
        resolve({ ms: Date.now() - started, answer, closed: true });
      });
    });
  }

  it.each([
    ['whose body never ends', 'POST /graphql HTTP/1.1\r\nHost: kb.test\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":'],
    ['whose headers never end', 'POST /graphql HTTP/1.1\r\nHost: kb.test\r\nContent-Type: appl'],
  ])('answers a request %s with 408 and closes it within a second of KB_REQUEST_TIMEOUT_MS', async (_name, head) => {
    const result = await sendAndStall(head, REQUEST_TIMEOUT_MS + 5000);
    expect(result.closed).toBe(true);
    expect(result.answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(result.ms).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);
    // Node sweeps every CONNECTIONS_CHECK_MS (0.5 s); the rest is a margin for a busy machine.
    expect(result.ms).toBeLessThan(REQUEST_TIMEOUT_MS + 1000);
  });

  it('serves a request sent in time', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(response.status).toBe(200);
  });
});
