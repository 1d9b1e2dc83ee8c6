/**
 * /export/{deals,sites,organizations,hires,claims}.{csv,jsonl} against the seed corpus: the rows are what the list's
 * GraphQL field answers through /graphql for the same filter (as many as its totalCount or list length), bad
 * parameters are 400 BAD_USER_INPUT naming the parameter, an unknown claims entity is 404 NOT_FOUND with the closest
 * names, and API keys guard them as they guard /graphql. Then the
 * saved questions at /q/<name>: ETags, 304s, and a cache that a retraction clears. The retraction comes last.
 */
import { parse } from 'csv-parse/sync';
import { EXPORT_DEALS_QUERY } from '../../src/exports/deal-rows';
import { EXPORT_SITES_QUERY } from '../../src/exports/site-rows';
import { EXPORT_ORGANIZATIONS_QUERY } from '../../src/exports/organization-rows';
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

  it('takes the filters of deals(filter:): several parties with roles, date and total ranges, in the same rows and order', async () => {
    const response = await get('/export/deals.csv?parties=Oracle,OpenAI&announcedFrom=2025&minTotalUsd=1e9&orderBy=TOTAL_USD_DESC');
    expect(response.status).toBe(200);
    const rows: Array<Record<string, string>> = parse(await response.text(), { columns: true });
    const { nodes } = await allNodes(`query ($first: Int!, $after: String, $filter: DealFilter) { deals(first: $first, after: $after, filter: $filter, orderBy: TOTAL_USD_DESC) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, 'deals', {
      parties: [{ party: 'Oracle' }, { party: 'OpenAI' }],
      announcedFrom: '2025',
      minTotalUsd: 1e9,
    });
    expect(nodes.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id)).toEqual(nodes.map((n) => n.id));
    const withRoles: Array<Record<string, string>> = parse(await (await get('/export/deals.csv?parties=Oracle:PROVIDER,OpenAI:BUYER')).text(), { columns: true });
    const expected = await allDeals({ parties: [{ party: 'Oracle', role: 'PROVIDER' }, { party: 'OpenAI', role: 'BUYER' }] });
    expect(expected.totalCount).toBeGreaterThan(0);
    expect(withRoles.map((r) => r.id)).toEqual(expected.nodes.map((n) => n.id));
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

const csvRows = async (path: string): Promise<Array<Record<string, string>>> => {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
  return parse(await response.text(), { columns: true });
};
const jsonLines = async (path: string) => (await (await get(path)).text()).split('\n').filter(Boolean).map((line) => JSON.parse(line));
const expectAlignedEvidence = (row: Record<string, string>) => {
  const count = Number(row.evidence_count);
  for (const column of ['evidence_quotes', 'evidence_publishers', 'evidence_dates', 'evidence_urls']) {
    expect(count === 0 ? row[column] : row[column].split(' | ')).toHaveLength(count);
  }
};

describe('GET /export/organizations.csv and organizations.jsonl', () => {
  it('has one row per organization GraphQL counts for the filter, in its order, and JSONL lines equal to its nodes', async () => {
    const { nodes, totalCount } = await allNodes(EXPORT_ORGANIZATIONS_QUERY, 'organizations', { country: 'US', kind: 'AI_LAB' });
    expect(totalCount).toBeGreaterThan(0);
    const rows = await csvRows('/export/organizations.csv?country=US&kind=AI_LAB');
    expect(rows).toHaveLength(totalCount);
    expect(rows.map((r) => r.id)).toEqual(nodes.map((n) => n.id));
    expect(rows.every((r) => r.country === 'US' && r.kind === 'AI_LAB')).toBe(true);
    expect(await jsonLines('/export/organizations.jsonl?country=US&kind=AI_LAB')).toEqual(nodes);
  });

  it('exports every organization without a filter, each with its declaring articles as aligned evidence', async () => {
    const rows = await csvRows('/export/organizations.csv');
    expect(rows).toHaveLength((await allNodes(EXPORT_ORGANIZATIONS_QUERY, 'organizations', {})).totalCount);
    const openai = rows.find((r) => r.id === 'openai')!;
    expect(openai.aliases.split('; ')).toContain('Open AI');
    expect(Number(openai.evidence_count)).toBeGreaterThan(1);
    rows.forEach(expectAlignedEvidence);
  });

  it('takes nameContains as organizations(filter:) does', async () => {
    const rows = await csvRows('/export/organizations.csv?nameContains=oracle');
    expect(rows.length).toBe((await allNodes(EXPORT_ORGANIZATIONS_QUERY, 'organizations', { nameContains: 'oracle' })).totalCount);
    expect(rows.map((r) => r.id)).toContain('oracle');
  });
});

describe('GET /export/hires.csv and hires.jsonl', () => {
  const counted = async (variables: Record<string, unknown>) => {
    const response = await server.gql('query($to: String!, $from: String, $since: String) { talentFlow(to: $to, from: $from, since: $since, first: 100) { count } }', variables);
    expect(response.errors).toBeUndefined();
    return response.data.talentFlow.reduce((sum: number, group: { count: number }) => sum + group.count, 0);
  };

  it('has one row per hire talentFlow counts for the organization, with person, from, title and aligned evidence', async () => {
    const rows = await csvRows('/export/hires.csv?to=OpenAI');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(await counted({ to: 'OpenAI' }));
    const lazarov = rows.find((r) => r.person === 'Spas Lazarov')!;
    expect(lazarov).toMatchObject({ organization: 'OpenAI', from: 'Apple', person_id: 'spas-lazarov' });
    expect(Number(lazarov.evidence_count)).toBeGreaterThan(0);
    rows.forEach(expectAlignedEvidence);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('takes from and since as talentFlow does, and writes each hire as GraphQL returns it in JSONL', async () => {
    expect(await csvRows('/export/hires.csv?to=OpenAI&from=Apple')).toHaveLength(await counted({ to: 'OpenAI', from: 'Apple' }));
    expect(await csvRows('/export/hires.csv?to=OpenAI&since=2025-06')).toHaveLength(await counted({ to: 'OpenAI', since: '2025-06' }));
    const lines = await jsonLines('/export/hires.jsonl?to=OpenAI&from=Apple');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatchObject({ person: { name: expect.any(String) }, from: { name: 'Apple' }, evidence: expect.any(Array) });
  });

  it('refuses a missing to and a since that is no partial date with 400 BAD_USER_INPUT naming the parameter', async () => {
    for (const [query, name] of [['', 'to'], ['?to=OpenAI&since=June', 'since'], ['?to=OpenAI&first=5', 'first']]) {
      const response = await get(`/export/hires.csv${query}`);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toContain(name);
    }
  });
});

describe('GET /export/claims.csv and claims.jsonl', () => {
  const claimsOf = async (root: string, args: string, includeRetracted = false) => {
    const response = await server.gql(`query($r: Boolean) { ${root}(${args}) { claims(includeRetracted: $r) { field value displayed evidence { quote note attribution speaker recordedAt retractedAt article { id publisher publishedAt url } } } } }`, { r: includeRetracted });
    expect(response.errors).toBeUndefined();
    return response.data[root].claims;
  };

  it('has one row per claim of the entity named by id, displayed or not, each with its own article as evidence', async () => {
    const claims = await claimsOf('deal', 'id: "oracle-openai-cloud"');
    const rows = await csvRows('/export/claims.csv?entity=oracle-openai-cloud');
    expect(rows).toHaveLength(claims.length);
    expect(rows.map((r) => [r.field, r.value, r.displayed])).toEqual(claims.map((c: any) => [c.field, c.value, String(c.displayed)]));
    expect(rows.some((r) => r.displayed === 'false')).toBe(true);
    expect(rows.every((r) => r.entity_id === 'oracle-openai-cloud' && r.evidence_count === '1' && r.evidence_urls.startsWith('http'))).toBe(true);
  });

  it('finds the entity by name or alias too, and writes the claims exactly as GraphQL answers them in JSONL', async () => {
    const claims = await claimsOf('organization', 'name: "OpenAI"');
    expect(await jsonLines('/export/claims.jsonl?entity=OpenAI')).toEqual(claims);
    expect(await csvRows('/export/claims.csv?entity=Open%20AI')).toHaveLength(claims.length);
    expect(await csvRows('/export/claims.csv?entity=Spas%20Lazarov')).toHaveLength((await claimsOf('person', 'name: "Spas Lazarov"')).length);
  });

  it('keeps one field with field=, as claims(field:) does', async () => {
    const rows = await csvRows('/export/claims.csv?entity=oracle-openai-cloud&field=value');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.field === 'value')).toBe(true);
  });

  it('answers an entity that matches nothing with 404 NOT_FOUND and the closest names', async () => {
    const response = await get('/export/claims.csv?entity=Opn%20AI');
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', parameter: 'entity' });
    expect(body.errors[0].extensions.suggestions).toContain('OpenAI');
    expect(body.errors[0].message).toContain('OpenAI');
  });

  it('refuses a missing entity and an includeRetracted that is not true or false with 400 naming the parameter', async () => {
    for (const [query, name] of [['', 'entity'], ['?entity=openai&includeRetracted=yes', 'includeRetracted']]) {
      const response = await get(`/export/claims.csv${query}`);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toContain(name);
    }
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

  it('exports a retracted claim only with includeRetracted=true, as claims(includeRetracted:) lists it', async () => {
    const live = await csvRows('/export/claims.csv?entity=spas-lazarov');
    const all = await csvRows('/export/claims.csv?entity=spas-lazarov&includeRetracted=true');
    const response = await server.gql('{ person(id: "spas-lazarov") { claims(includeRetracted: true) { field } } }');
    expect(all).toHaveLength(response.data.person.claims.length);
    expect(all.length).toBeGreaterThan(live.length);
    expect(all.some((r) => r.retracted_at !== '')).toBe(true);
    expect(live.every((r) => r.retracted_at === '')).toBe(true);
  });
});
