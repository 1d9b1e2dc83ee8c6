/**
 * With read API keys configured, no request executes without a valid key:
 * whatever path Yoga might take for its GraphQL endpoint (trailing and double
 * slashes, prefixes, a query string ending in /graphql), method, content type,
 * Accept header, CSRF header, key-like header or CORS origin it carries, in
 * development and in production. The operation reads a marker organization
 * and `__typename`, so any execution would show in the answer.
 */
import fc from 'fast-check';
import { loadConfig } from '../../src/config';
import { createServer } from '../../src/server';
import { openTestDb, type TestDb } from '../helpers/db';

const KEY = 'read-key-0123456789abcdef';
const ADMIN_TOKEN = 'admin-token-0123456789abcdef';
const ORIGIN = 'https://analyst.example.org';
const MARKER = 'Key Property Marker Org';
const QUERY = '{ __typename organizations(first: 1) { edges { node { name } } } }';

let testDb: TestDb;

beforeAll(async () => {
  testDb = await openTestDb();
  await testDb.reset();
  await testDb.cypher("CREATE (:Node:Entity:Organization {id: 'test-key-marker', type: 'Organization', name: $name, aliases: []})", { name: MARKER });
});

afterAll(async () => {
  await testDb.close();
});

function server(env: Record<string, string>) {
  const config = loadConfig({ NEO4J_URI: testDb.config.neo4j.uri ?? undefined, KB_API_KEYS: KEY, KB_ADMIN_TOKEN: ADMIN_TOKEN, ...env });
  return createServer({ db: testDb.db, config, log: () => undefined });
}

/** Paths that end in /graphql one way or another, and a few that only look like it. */
const PATHS = ['/graphql', '/graphql/', '//graphql', '///graphql', '/x/graphql', '/x/y/graphql', '/graphql//', '/graphql?x=1', '/foo?/graphql', '/foo?x=/graphql/', '/GRAPHQL', '/graphql%2F', '/%67raphql', '/a/../graphql', '/./graphql', '/graphql;a=b', '/explore/../graphql', '/healthz?/graphql'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];
const CONTENT_TYPES = [undefined, 'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/graphql+json', 'application/graphql-response+json', 'application/graphql', 'application/x-www-form-urlencoded', 'text/plain', 'text/plain;charset=UTF-8', 'multipart/form-data; boundary=b', 'application/json, text/plain'];
const ACCEPTS = [undefined, '*/*', 'application/json', 'application/graphql-response+json', 'text/html', 'text/html, application/json', 'text/event-stream', 'multipart/mixed'];
/** Everything short of the key itself: nothing, empty, near misses, the key in the wrong header, a wrong bearer. */
const KEY_HEADERS: Array<Record<string, string>> = [
  {},
  { 'x-api-key': '' },
  { 'x-api-key': 'wrong-key-0123456789abcdef' },
  { 'x-api-key': `${KEY}x` },
  { 'x-api-key': KEY.slice(0, -1) },
  { 'x-api-key': `wrong-key-0123456789abcdef, ${KEY}` },
  { authorization: `Bearer ${KEY}` },
  { authorization: 'Bearer wrong-token-0123456789abcdef' },
  { authorization: `Basic ${Buffer.from(`user:${KEY}`).toString('base64')}` },
  { 'x-graphql-api-key': KEY },
];

function body(contentType: string | undefined): string {
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('application/graphql') && !type.includes('json')) return QUERY;
  if (type.startsWith('application/x-www-form-urlencoded')) return `query=${encodeURIComponent(QUERY)}`;
  if (type.startsWith('multipart/form-data')) return `--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: QUERY })}\r\n--b--\r\n`;
  return JSON.stringify({ query: QUERY });
}

/** The query as the first URL parameter, so a path whose query string ends in /graphql still does. */
function withQueryParam(path: string): string {
  const param = `query=${encodeURIComponent(QUERY)}`;
  return path.includes('?') ? path.replace('?', `?${param}&`) : `${path}?${param}`;
}

describe('read API keys', () => {
  it('let the canonical request through with the key (the marker shows when an operation runs)', async () => {
    const response = await server({}).fetch('http://kb.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEY }, body: JSON.stringify({ query: QUERY }) });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(MARKER);
  });

  it('let no request execute without a valid key, whatever its path, method, headers or body', async () => {
    const servers = new Map<string, ReturnType<typeof server>>();
    const serverFor = (production: boolean, cors: boolean) => {
      const name = `${production}/${cors}`;
      if (!servers.has(name)) servers.set(name, server({ KB_PRODUCTION: String(production), ...(cors ? { KB_CORS_ORIGINS: ORIGIN } : {}) }));
      return servers.get(name)!;
    };
    const request = fc.record({
      path: fc.constantFrom(...PATHS),
      method: fc.constantFrom(...METHODS),
      contentType: fc.constantFrom(...CONTENT_TYPES),
      accept: fc.constantFrom(...ACCEPTS),
      csrf: fc.boolean(),
      keyHeaders: fc.constantFrom(...KEY_HEADERS),
      queryInUrl: fc.boolean(),
      origin: fc.boolean(),
      preflight: fc.boolean(),
      production: fc.boolean(),
      cors: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = { ...r.keyHeaders };
        if (r.contentType) headers['content-type'] = r.contentType;
        if (r.accept) headers.accept = r.accept;
        if (r.csrf) headers['x-graphql-yoga-csrf'] = '1';
        if (r.origin) headers.origin = ORIGIN;
        if (r.preflight) headers['access-control-request-method'] = 'POST';
        const hasBody = r.method !== 'GET' && r.method !== 'HEAD';
        const url = `http://kb.test${r.queryInUrl || !hasBody ? withQueryParam(r.path) : r.path}`;
        const response = await serverFor(r.production, r.cors).fetch(url, { method: r.method, headers, body: hasBody ? body(r.contentType) : undefined });
        const text = await response.text();
        expect(text).not.toContain(MARKER);
        // The GraphiQL page (development, GET asking for HTML) executes nothing, but its bundle names GraphQL types.
        if ((response.headers.get('content-type') ?? '').startsWith('text/html')) return;
        expect(text).not.toMatch(/"data"\s*:\s*\{/);
        expect(text).not.toContain('"Query"');
      }),
      { numRuns: 400, seed: 20261127 },
    );
  }, 120_000);
});
