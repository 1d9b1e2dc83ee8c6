/**
 * /export/deals.csv and /export/deals.jsonl against the seed corpus: the rows are what `deals(filter:)` answers
 * through /graphql, bad parameters are 400 BAD_USER_INPUT, and API keys guard them as they guard /graphql. Then the
 * saved questions at /q/<name>: ETags, 304s, and a cache that a retraction clears. The retraction comes last.
 */
import { parse } from 'csv-parse/sync';
import { EXPORT_DEALS_QUERY } from '../../src/exports/deal-rows';
import { EXPORT_SITES_QUERY } from '../../src/exports/site-rows';
import { parse as parseGraphQL, validate } from 'graphql';
import { SAVED_QUESTIONS } from '../../src/questions/saved-questions';
import { createSchema, createServer } from '../../src/server';
import { openTestDb, type TestDb } from '../helpers/db';
import { openSeededDb } from '../helpers/seed';
import { createTestServer, type GraphQLResponse } from '../helpers/server';

const ADMIN_TOKEN = 'export-test-admin-token-0123456789';
let testDb: TestDb;
let server: ReturnType<typeof createTestServer>;

beforeAll(async () => {
  testDb = await openSeededDb();
  server = createTestServer(testDb, { adminToken: ADMIN_TOKEN });
}, 300_000);

afterAll(async () => {
  await testDb.close();
});

const get = (path: string, headers: Record<string, string> = {}) => server.yoga.fetch(`http://kb.test${path}`, { headers });

/** Every node GraphQL returns for `filter`, paging as a client would. */
async function allNodes(query: string, field: string, filter: Record<string, unknown>) {
  const nodes: any[] = [];
  let after: string | null = null;
  let totalCount = -1;
  do {
    const response: GraphQLResponse = await server.gql(query, { first: 100, after, filter });
    expect(response.errors).toBeUndefined();
    totalCount = response.data[field].totalCount;
    nodes.push(...response.data[field].edges.map((e: any) => e.node));
    after = response.data[field].pageInfo.hasNextPage ? response.data[field].pageInfo.endCursor : null;
  } while (after);
  return { nodes, totalCount };
}
const allDeals = (filter: Record<string, unknown>) => allNodes(EXPORT_DEALS_QUERY, 'deals', filter);

describe('GET /export/deals.csv', () => {
  it('parses back as CSV with evidence columns, one row per deal GraphQL counts for the same filter', async () => {
    const response = await get('/export/deals.csv?party=Oracle&minAnnualizedUsd=1e9');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows: Array<Record<string, string>> = parse(await response.text(), { columns: true });
    const { nodes, totalCount } = await allDeals({ party: 'Oracle', minAnnualizedUsd: 1e9 });
    expect(totalCount).toBeGreaterThan(0);
    expect(rows).toHaveLength(totalCount);
    expect(rows.map((r) => r.id)).toEqual(nodes.map((n) => n.id));
    const contract = rows.find((r) => r.id === nodes.find((n) => n.name === 'Oracle OpenAI cloud contract')?.id) ?? rows[0];
    expect(Number(contract.evidence_count)).toBeGreaterThan(0);
    for (const column of ['evidence_quotes', 'evidence_publishers', 'evidence_dates', 'evidence_urls']) {
      expect(contract[column].split(' | ')).toHaveLength(Number(contract.evidence_count));
    }
    expect(contract.evidence_urls).toMatch(/^https?:\/\//);
  });

  it('exports every deal without a filter, as many rows as totalCount', async () => {
    const rows = parse(await (await get('/export/deals.csv')).text(), { columns: true });
    expect(rows).toHaveLength((await allDeals({})).totalCount);
  });

  it('answers a filter nothing matches with the header row only', async () => {
    const text = await (await get('/export/deals.csv?party=Oracle&minAnnualizedUsd=1e15')).text();
    expect(parse(text)).toEqual([expect.arrayContaining(['id', 'evidence_quotes'])]);
  });
});

describe('GET /export/deals.jsonl', () => {
  it('writes one line per deal, each the node exactly as GraphQL returns it', async () => {
    const response = await get('/export/deals.jsonl?status=SIGNED');
    expect(response.status).toBe(200);
    const lines = (await response.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(lines).toEqual((await allDeals({ status: 'SIGNED' })).nodes);
  });
});

describe('GET /export/sites.csv and sites.jsonl', () => {
  it('has one row per site GraphQL counts for the filter, with evidence columns, and JSONL lines equal to its nodes', async () => {
    const { nodes, totalCount } = await allNodes(EXPORT_SITES_QUERY, 'sites', { country: 'US' });
    expect(totalCount).toBeGreaterThan(0);
    const rows: Array<Record<string, string>> = parse(await (await get('/export/sites.csv?country=US')).text(), { columns: true });
    expect(rows.map((r) => r.id)).toEqual(nodes.map((n) => n.id));
    expect(rows.every((r) => r.country === 'US')).toBe(true);
    expect(rows.some((r) => Number(r.evidence_count) > 0 && r.evidence_urls.startsWith('http'))).toBe(true);
    const lines = (await (await get('/export/sites.jsonl?country=US')).text()).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines).toEqual(nodes);
  });

  it('refuses a deal filter on sites with 400 BAD_USER_INPUT', async () => {
    const response = await get('/export/sites.csv?party=Oracle');
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('export parameters', () => {
  it.each([
    ['a number that does not parse', '?minAnnualizedUsd=lots'],
    ['a number out of range', '?minAnnualizedUsd=-1'],
    ['an unknown status', '?status=MAYBE'],
    ['an unknown parameter', '?colour=red'],
    ['a repeated parameter', '?party=Oracle&party=OpenAI'],
  ])('answers %s with 400 and a BAD_USER_INPUT error body', async (_, query) => {
    const response = await get(`/export/deals.csv${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toEqual(expect.any(String));
  });

  it('answers an unknown export with 404 and another method with 405', async () => {
    expect((await get('/export/nothing.csv')).status).toBe(404);
    expect((await get('/export/deals.xml')).status).toBe(404);
    expect((await server.yoga.fetch('http://kb.test/export/deals.csv', { method: 'POST' })).status).toBe(405);
  });
});

describe('exports with API keys configured', () => {
  const key = 'export-test-key-0123456789';

  it('refuses an export or a saved question without a valid key with 401 and serves one with it', async () => {
    const keyed = await openTestDb({ KB_API_KEYS: key });
    try {
      const yoga = createServer({ db: keyed.db, config: keyed.config, log: () => undefined });
      const refused = await yoga.fetch('http://kb.test/export/deals.csv', { headers: { 'x-api-key': 'wrong-key-0123456789' } });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toContain('Bearer');
      expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const served = await yoga.fetch('http://kb.test/export/deals.jsonl', { headers: { 'x-api-key': key } });
      expect(served.status).toBe(200);
      expect((await served.text()).length).toBeGreaterThan(0);
      expect((await yoga.fetch('http://kb.test/q/capacity')).status).toBe(401);
      expect((await yoga.fetch('http://kb.test/q/capacity', { headers: { 'x-api-key': key } })).status).toBe(200);
    } finally {
      await keyed.close();
    }
  });
});

describe('GET /q/<name>', () => {
  it('holds operations that validate against schema.graphql', () => {
    const schema = createSchema();
    for (const document of Object.values(SAVED_QUESTIONS)) expect(validate(schema, parseGraphQL(document))).toEqual([]);
  });

  it('answers a saved question with the GraphQL answer and an ETag, and a repeat with If-None-Match with 304', async () => {
    const first = await get('/q/openaiHires');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const body = await first.json();
    expect(body.data.organization.hires.map((h: any) => h.person.name)).toContain('Spas Lazarov');
    const again = await get('/q/openaiHires', { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
  });

  it('takes the variables as query parameters and refuses unknown ones with 400 BAD_USER_INPUT', async () => {
    const response = await get('/q/connections?from=Voltage%20Park&to=Oracle&maxHops=4&first=1');
    expect(response.status).toBe(200);
    expect((await response.json()).data.connections[0].hops).toBeGreaterThan(0);
    const refused = await get('/q/connections?colour=red');
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await get('/q/noSuchQuestion')).status).toBe(404);
  });

  it('answers with a new ETag after a retraction changes the answer, and the old ETag no longer gets 304', async () => {
    const before = await get('/q/openaiHires');
    const etag = before.headers.get('etag')!;
    const ids = await server.gql('{ organization(name: "OpenAI") { hires { person { name } evidence { article { id } } } } }');
    const lazarov = ids.data.organization.hires.find((h: any) => h.person.name === 'Spas Lazarov');
    const retracted = await server.gql('mutation ($id: ID!) { retractArticle(id: $id) { status } }', { id: lazarov.evidence[0].article.id }, { authorization: `Bearer ${ADMIN_TOKEN}` });
    expect(retracted.errors).toBeUndefined();
    const after = await get('/q/openaiHires', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
  });
});
