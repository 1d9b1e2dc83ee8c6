/**
 * What operators see: /metrics in Prometheus text (requests per operation, errors by code, Neo4j statements by name,
 * ingestions by status), and JSON log lines carrying the request id that the response returns in X-Request-Id.
 * Against the real embedded Neo4j, over a real node:http server where the request scope matters.
 */
import http from 'node:http';
import type net from 'node:net';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createIngestion } from '../../src/ingest/ingestion';
import { createDriver, type Db } from '../../src/neo4j/driver';
import { createMetrics, type Metrics } from '../../src/observability/metrics';
import { startTracing } from '../../src/observability/tracing';
import { createServer } from '../../src/server';
import { openTestDb, type TestDb } from '../helpers/db';
import { listenOnLoopback } from '../helpers/listen';
import { killStartedServers, startServing, waitFor } from '../helpers/processes';

const SEED_FILE = path.resolve(__dirname, '..', '..', 'seed', 'news', '001-actualitecloud-lazarov.yaml');

let testDb: TestDb;

beforeAll(async () => {
  testDb = await openTestDb();
  await testDb.reset();
});

afterAll(async () => {
  await testDb.close();
});

interface Served {
  url: string;
  logs: string[];
  close(): Promise<void>;
}

/** A real HTTP server around createServer, on a free loopback port. */
async function serve(db: Db, metrics: Metrics, env: Record<string, string> = {}): Promise<Served> {
  const logs: string[] = [];
  const config = { ...testDb.config, ...loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', ...env }), neo4j: testDb.config.neo4j };
  return { ...(await listenOnLoopback(createServer({ db, config, metrics, log: (line) => logs.push(line) }))), logs };
}

const post = (url: string, query: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

/** The JSON log lines (pino), parsed. */
const entries = (logs: string[]) => logs.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('/metrics', () => {
  let served: Served;
  let metrics: Metrics;

  beforeAll(async () => {
    metrics = createMetrics();
    const db: Db = { ...testDb.db, telemetry: metrics };
    await createIngestion(db).ingestFile(SEED_FILE);
    served = await serve(db, metrics);
  });

  afterAll(() => served.close());

  it('counts requests per operation name, errors by code, statements by name and ingestions by status', async () => {
    expect((await post(served.url, 'query Stats { stats { nodes } }')).status).toBe(200);
    const miss = await (await post(served.url, 'query Missing { organization(name: "Opn AI") { id } }')).json();
    expect(miss.errors[0].extensions.code).toBe('NOT_FOUND');

    const response = await fetch(`${served.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/graphql_yoga_http_duration_count\{[^}]*operationName="Stats"[^}]*\} 1/);
    expect(text).toMatch(/kb_graphql_errors_total\{code="NOT_FOUND"\} 1/);
    expect(text).toMatch(/kb_neo4j_statements_total\{statement="[a-zA-Z]+\.[a-zA-Z]+",outcome="ok"\} \d+/);
    expect(text).toMatch(/kb_neo4j_statement_duration_seconds_bucket\{le="0.01",statement="[a-zA-Z]+\.[a-zA-Z]+"\} \d+/);
    expect(text).toMatch(/kb_ingestions_total\{status="CREATED"\} 1/);
    expect(text).toMatch(/process_cpu_user_seconds_total/);
    // Statement names only: no parameter value reaches the labels.
    expect(text).not.toContain('Opn AI');
  });

  it('needs an API key when keys are on', async () => {
    const keyed = await serve({ ...testDb.db }, createMetrics(), { KB_API_KEYS: 'k-123456789012345678901234' });
    try {
      expect((await fetch(`${keyed.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${keyed.url}/metrics`, { headers: { 'x-api-key': 'k-123456789012345678901234' } })).status).toBe(200);
    } finally {
      await keyed.close();
    }
  });
});

describe('request ids and the JSON log', () => {
  it('returns a request id, keeps a caller-given one, and logs one JSON line per request under it', async () => {
    const served = await serve({ ...testDb.db }, createMetrics());
    try {
      const fresh = await post(served.url, '{ stats { nodes } }');
      const id = fresh.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const given = await post(served.url, '{ stats { nodes } }', { 'x-request-id': 'lb-42.abc' });
      expect(given.headers.get('x-request-id')).toBe('lb-42.abc');
      // A value that is not a plain short token is replaced, so a client cannot write into our logs.
      const hostile = await post(served.url, '{ stats { nodes } }', { 'x-request-id': 'x'.repeat(65) });
      expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

      const requests = entries(served.logs).filter((entry) => entry.msg === 'request');
      expect(requests.map((entry) => entry.reqId)).toEqual(expect.arrayContaining([id, 'lb-42.abc']));
      expect(requests.find((entry) => entry.reqId === 'lb-42.abc')).toMatchObject({ method: 'POST', path: '/graphql', status: 200, level: 30 });
    } finally {
      await served.close();
    }
  });

  it('logs a masked error under the same id as the response header and the error', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_MS: '500', NEO4J_ACQUIRE_TIMEOUT_MS: '500', NEO4J_MAX_RETRY_MS: '0' });
    const db: Db = { driver: createDriver(config.neo4j, 'bolt://127.0.0.1:1'), database: 'neo4j', readTimeoutMs: 1000, writeTimeoutMs: 1000 };
    const served = await serve(db, createMetrics());
    try {
      const response = await post(served.url, '{ stats { nodes } }');
      const body = await response.json();
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      const id = response.headers.get('x-request-id');
      expect(body.errors[0].extensions.requestId).toBe(id);
      const logged = entries(served.logs).find((entry) => entry.msg === 'unexpected error');
      expect(logged).toMatchObject({ reqId: id, level: 50 });
      expect(JSON.stringify(logged)).toMatch(/stack/);
    } finally {
      await served.close();
      await db.driver.close();
    }
  });
});

describe('traces', () => {
  const exporter = new InMemorySpanExporter();

  beforeAll(() => {
    startTracing(null, new SimpleSpanProcessor(exporter));
  });

  it('nest each resolver batch and Cypher statement, named and without their parameters, under the span of its HTTP request', async () => {
    const served = await serve({ ...testDb.db }, createMetrics());
    try {
      exporter.reset();
      const response = await post(served.url, '{ organization(name: "OpenAI") { id name deals(first: 2) { id } } }', { 'x-request-id': 'trace-me-1' });
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const spans = exporter.getFinishedSpans();
      const request = spans.find((span) => span.name === 'POST /graphql' && span.attributes['kb.request_id'] === 'trace-me-1');
      expect(request).toBeDefined();
      expect(request!.attributes['http.response.status_code']).toBe(200);
      const statements = spans.filter((span) => span.name.startsWith('cypher ') && span.spanContext().traceId === request!.spanContext().traceId);
      expect(statements.length).toBeGreaterThan(0);
      for (const span of statements) {
        expect(span.attributes['db.system.name']).toBe('neo4j');
        expect(span.attributes['db.query.summary']).toMatch(/^[a-zA-Z]+\.[a-zA-Z]+$/);
      }
      // Resolver batches: a span per DataLoader batch, in the same trace, with how many keys it held.
      const batches = spans.filter((span) => span.name.startsWith('loader ') && span.spanContext().traceId === request!.spanContext().traceId);
      expect(batches.length).toBeGreaterThan(0);
      for (const span of batches) expect(span.attributes['kb.loader.keys']).toEqual(expect.any(Number));
      expect(JSON.stringify(spans.map((span) => span.attributes))).not.toContain('OpenAI');
    } finally {
      await served.close();
    }
  });
});

describe('npm start with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  afterAll(() => killStartedServers());

  it('exports its spans over OTLP/HTTP to <endpoint>/v1/traces', async () => {
    const received: string[] = [];
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(`${req.method} ${req.url} ${body}`);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as net.AddressInfo;
    try {
      const { base } = await startServing({ NEO4J_URI: process.env.KB_TEST_NEO4J_URI!, OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, OTEL_BSP_SCHEDULE_DELAY: '200' });
      expect((await post(base, '{ stats { nodes } }')).status).toBe(200);
      expect(await waitFor(() => received.some((line) => line.startsWith('POST /v1/traces ') && line.includes('POST /graphql') && line.includes('cypher ')), 15_000)).toBe(true);
      expect(received.join('\n')).toContain('ai-infra-kb');
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  }, 120_000);
});
