/**
 * The analyst questions of issue 14 against the seed corpus: the largest deals with their sources, what OpenAI's deals
 * sum to (checked by hand against the facts dossier), deals between two parties, and the filters that refuse a bad
 * value or select by date and amount.
 */
import type { TestDb } from '../helpers/db';
import { openSeededDb } from '../helpers/seed';
import { createTestServer } from '../helpers/server';

let testDb: TestDb;
let gql: ReturnType<typeof createTestServer>['gql'];
let yoga: ReturnType<typeof createTestServer>['yoga'];

beforeAll(async () => {
  testDb = await openSeededDb();
  ({ gql, yoga } = createTestServer(testDb));
}, 300_000);

afterAll(async () => {
  await testDb.close();
});

async function data(query: string, variables?: Record<string, unknown>) {
  const response = await gql(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data;
}

/** Every deal of the corpus (fewer than 100), with what the filters read. */
async function allDeals(): Promise<Array<{ id: string; announced: string | null; starts: string | null; totalUsd: number | null }>> {
  const { deals } = await data('{ deals(first: 100) { totalCount edges { node { id announced starts totalUsd } } } }');
  expect(deals.edges).toHaveLength(deals.totalCount);
  return deals.edges.map((e: any) => e.node);
}

const ids = (connection: any): string[] => connection.edges.map((e: any) => e.node.id).sort();
const firstDay = (partial: string) => (partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial);

describe('the largest deals', () => {
  it('are the five largest total USD values, largest first, each with the sources that state it', async () => {
    const { deals } = await data(`{ deals(orderBy: TOTAL_USD_DESC, first: 5) { edges { node { id totalUsd
      value { amount currency period qualifier }
      valueClaims { displayed value { amount period qualifier } evidence { quote article { title publisher url publishedAt } } } } } } }`);
    const nodes = deals.edges.map((e: any) => e.node);
    expect(nodes.map((d: any) => [d.id, d.totalUsd, d.value.qualifier])).toEqual([
      ['oracle-openai-cloud', 300e9, 'EXACT'],
      ['microsoft-openai-azure-2025', 250e9, 'EXACT'],
      ['nvidia-openai-10gw', 100e9, 'UP_TO'],
      ['stargate-equity', 50e9, 'ABOUT'],
      ['softbank-openai-investment-talks', 25e9, 'UP_TO'],
    ]);
    for (const deal of nodes) {
      expect(deal.value).toMatchObject({ currency: 'USD', period: 'TOTAL', amount: deal.totalUsd });
      const shown = deal.valueClaims.filter((c: any) => c.displayed);
      expect(shown).toHaveLength(1);
      expect(shown[0].value).toEqual({ amount: deal.totalUsd, period: 'TOTAL', qualifier: deal.value.qualifier });
      expect(shown[0].evidence.article).toMatchObject({ title: expect.any(String), publisher: expect.any(String), url: expect.stringMatching(/^https:\/\//) });
    }
    // F40: "OpenAI Signs $300B Cloud Deal With Oracle" (CDO Magazine, 2025-09-19) is the displayed source of the largest.
    expect(nodes[0].valueClaims.find((c: any) => c.displayed).evidence).toMatchObject({ quote: 'OpenAI Signs $300B Cloud Deal With Oracle', article: { publisher: 'CDO Magazine' } });
  });

  it('put deals without a total USD value last in either direction', async () => {
    const all = await allDeals();
    const withTotal = all.filter((d) => d.totalUsd !== null).length;
    const { deals } = await data('{ deals(orderBy: TOTAL_USD_ASC, first: 100) { edges { node { id totalUsd } } } }');
    const totals = deals.edges.map((e: any) => e.node.totalUsd);
    expect(totals.slice(0, withTotal).every((t: number | null) => t !== null)).toBe(true);
    expect(totals.slice(withTotal).every((t: number | null) => t === null)).toBe(true);
    expect(totals.slice(0, withTotal)).toEqual([...totals.slice(0, withTotal)].sort((a, b) => a - b));
  });
});

describe('dealStats', () => {
  const STATS = `query ($groupBy: [DealDimension!]!, $filter: DealFilter) { dealStats(groupBy: $groupBy, filter: $filter, first: 100, orderBy: TOTAL_USD_DESC) {
    totalCount edges { node { key { dimension value organization { id name } } count
      totalValue { usd qualifier estimated derived method inputs coverage { withFigure of } }
      annualizedValue { usd qualifier derived method inputs coverage { withFigure of } } } } } }`;

  it("sums OpenAI's deals: $777.8B, ABOUT (UP_TO and ABOUT terms meet), from 12 of its 23 deals", async () => {
    const { dealStats } = await data(STATS, { groupBy: ['PARTY'] });
    const openai = dealStats.edges.map((e: any) => e.node).find((g: any) => g.key[0].value === 'openai');
    expect(openai.key).toEqual([{ dimension: 'PARTY', value: 'openai', organization: { id: 'openai', name: 'OpenAI' } }]);
    expect(openai.count).toBe(23);
    // The facts dossier: $300B Oracle (F40) + incremental $250B Azure (F46) + up to $100B NVIDIA (F42) + about $50bn
    // Stargate equity (F37) + up to $25B SoftBank talks (contradiction 20's page) + $13.8B Microsoft investment
    // (contradiction 13, GeekWire's figure displayed as newest) + up to $11.9B, $4B and up to $6.5B CoreWeave (F48)
    // + $10bn Broadcom (F45, MarketScreener's figure) + approximately $6.4B io and $200M Pentagon (F6). A deal's whole
    // value counts in each of its parties' groups: nothing is split by share.
    expect(openai.totalValue).toEqual({
      usd: 777.8e9,
      qualifier: 'ABOUT',
      estimated: false,
      derived: true,
      method: 'Deal.totalUsd',
      inputs: [
        'broadcom-openai-10gw', 'coreweave-openai-2025-03', 'coreweave-openai-2025-05', 'coreweave-openai-2025-09', 'microsoft-openai-azure-2025', 'microsoft-openai-investment',
        'nvidia-openai-10gw', 'openai-io-acquisition', 'openai-pentagon-contract', 'oracle-openai-cloud', 'softbank-openai-investment-talks', 'stargate-equity',
      ],
      coverage: { withFigure: 12, of: 23 },
    });
    // $300B over about five years (F40) = $60B a year, ABOUT; up to $11.9B over five years = up to $2.38B a year.
    expect(openai.annualizedValue).toEqual({ usd: 62.38e9, qualifier: 'ABOUT', derived: true, method: 'Deal.annualized', inputs: ['coreweave-openai-2025-03', 'oracle-openai-cloud'], coverage: { withFigure: 2, of: 23 } });
  });

  it('tells what OpenAI committed as a buyer from what it received as an investee, with [PARTY, ROLE]', async () => {
    const { dealStats } = await data(STATS, { groupBy: ['PARTY', 'ROLE'], filter: { party: 'OpenAI' } });
    const groups = new Map<string, any>(dealStats.edges.map((e: any) => [e.node.key.map((p: any) => p.value).join('/'), e.node]));
    expect(groups.get('openai/BUYER').totalValue).toMatchObject({ usd: 688.8e9, qualifier: 'ABOUT', coverage: { withFigure: 8, of: 13 } });
    expect(groups.get('openai/INVESTEE').totalValue.inputs).toEqual(['microsoft-openai-investment', 'nvidia-openai-10gw', 'softbank-openai-investment-talks']);
    // Hedges stay: two of CoreWeave's three contracts are "up to" figures, so their $22.4B (F48) is UP_TO.
    expect(groups.get('coreweave/PROVIDER').totalValue).toMatchObject({ usd: 22.4e9, qualifier: 'UP_TO', coverage: { withFigure: 3, of: 3 } });
  });

  it('counts every deal once per group: the KIND groups add up to the filtered deals', async () => {
    const all = await allDeals();
    const { dealStats } = await data(STATS, { groupBy: ['KIND'] });
    const counts = dealStats.edges.map((e: any) => e.node.count);
    expect(counts.reduce((a: number, b: number) => a + b, 0)).toBe(all.length);
    for (const group of dealStats.edges.map((e: any) => e.node)) expect(group.totalValue.coverage.of).toBe(group.count);
  });

  it('pages its groups with the cursors of every connection', async () => {
    const query = 'query ($after: String) { dealStats(groupBy: [PARTY], first: 3, after: $after) { totalCount edges { cursor node { key { value } } } pageInfo { hasNextPage endCursor } } }';
    const first = (await data(query)).dealStats;
    const second = (await data(query, { after: first.pageInfo.endCursor })).dealStats;
    const all = (await data('{ dealStats(groupBy: [PARTY], first: 6) { edges { node { key { value } } } } }')).dealStats;
    expect([...first.edges, ...second.edges].map((e: any) => e.node.key[0].value)).toEqual(all.edges.map((e: any) => e.node.key[0].value));
    expect(first.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses an empty or repeated groupBy with BAD_USER_INPUT', async () => {
    for (const groupBy of ['[]', '[KIND, KIND]']) {
      const response = await gql(`{ dealStats(groupBy: ${groupBy}) { totalCount } }`);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'groupBy' });
    }
  });
});

describe('hireStats', () => {
  it('counts every hire once, by hiring organization, with how many are dated', async () => {
    const { hireStats } = await data('{ hireStats(groupBy: [TO, YEAR], first: 100) { edges { node { key { dimension value organization { name } } count dated { withFigure of } } } } }');
    const { organization } = await data('{ organization(name: "OpenAI") { hires(first: 100) { id date } } }');
    const openai = hireStats.edges.map((e: any) => e.node).filter((g: any) => g.key[0].value === 'openai');
    expect(openai.reduce((n: number, g: any) => n + g.count, 0)).toBe(organization.hires.length);
    const undated = openai.find((g: any) => g.key[1].value === null);
    expect(undated?.count ?? 0).toBe(organization.hires.filter((h: any) => !h.date).length);
    expect(openai[0].key[0]).toEqual({ dimension: 'TO', value: 'openai', organization: { name: 'OpenAI' } });
  });
});

describe('deal filters', () => {
  it('keep exactly the deals involving both Oracle and OpenAI', async () => {
    const both = await data('{ deals(filter: { parties: [{ party: "Oracle" }, { party: "OpenAI" }] }, first: 100) { totalCount edges { node { id } } } }');
    const each = await data('{ oracle: organization(name: "Oracle") { deals(first: 100) { id } } openai: organization(name: "OpenAI") { deals(first: 100) { id } } }');
    const openaiIds = new Set(each.openai.deals.map((d: any) => d.id));
    const expected = each.oracle.deals.map((d: any) => d.id).filter((id: string) => openaiIds.has(id)).sort();
    expect(ids(both.deals)).toEqual(expected);
    expect(expected).toEqual(['oracle-microsoft-openai-2024', 'oracle-openai-cloud', 'stargate-equity']);
  });

  it('hold each party to its role, and take the one-party shorthand as one more condition', async () => {
    const roles = await data('{ deals(filter: { parties: [{ party: "Oracle", role: PROVIDER }, { party: "OpenAI", role: BUYER }] }, first: 100) { edges { node { id } } } }');
    expect(ids(roles.deals)).toEqual(['oracle-microsoft-openai-2024', 'oracle-openai-cloud']);
    const shorthand = await data('{ deals(filter: { party: "Oracle", role: PROVIDER, parties: [{ party: "OpenAI", role: BUYER }] }, first: 100) { edges { node { id } } } }');
    expect(ids(shorthand.deals)).toEqual(ids(roles.deals));
    const unknown = await data('{ deals(filter: { parties: [{ party: "Oracle" }, { party: "No Such Company" }] }) { totalCount } }');
    expect(unknown.deals.totalCount).toBe(0);
  });

  it.each([
    ['a string literal', '{ deals(filter: { kind: "chip_supply" }) { totalCount } }', undefined],
    ['an enum literal', '{ deals(filter: { kind: chip_supply }) { totalCount } }', undefined],
    ['a variable', 'query ($filter: DealFilter) { deals(filter: $filter) { totalCount } }', { filter: { kind: 'chip_supply' } }],
  ])('refuse kind "chip_supply" given as %s, listing the allowed values and suggesting none', async (_what, query, variables) => {
    const response = await gql(query, variables);
    expect(response.data?.deals ?? null).toBeNull();
    const [error] = response.errors!;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_ENUM_VALUE', enum: 'DealKind' });
    expect(error.extensions!.allowedValues).toEqual(expect.arrayContaining(['CHIP_SUPPLY', 'CLOUD_CAPACITY', 'OTHER']));
    expect(error.message).toContain('Allowed values of DealKind: CLOUD_CAPACITY, CHIP_SUPPLY');
    expect(error.message).not.toMatch(/Did you mean/);
  });

  it('list the allowed values of every enum input, not only kind', async () => {
    const response = await gql('{ deals(filter: { status: MAYBE }, orderBy: BIGGEST) { totalCount } }');
    expect(response.errors?.map((e) => e.extensions?.enum).sort()).toEqual(['DealOrder', 'DealStatus']);
  });

  it('select by announced date, bounds inclusive, partial dates by their first day', async () => {
    const all = await allDeals();
    const { deals } = await data('{ deals(filter: { announcedFrom: "2025-09", announcedTo: "2025-10" }, first: 100) { edges { node { id announced } } } }');
    const expected = all.filter((d) => d.announced !== null && firstDay(d.announced) >= '2025-09-01' && firstDay(d.announced) <= '2025-10-01').map((d) => d.id).sort();
    expect(ids(deals)).toEqual(expected);
    expect(expected).toEqual(['coreweave-openai-2025-09', 'microsoft-nscale-loughton', 'nscale-uk-commitment', 'nvidia-openai-10gw', 'openai-stargate-uk-offtake', 'openai-sur-energy-loi']);
    const starts = await data('{ deals(filter: { startsFrom: "2027" }, first: 100) { edges { node { id starts } } } }');
    expect(ids(starts.deals)).toEqual(all.filter((d) => d.starts !== null && firstDay(d.starts) >= '2027-01-01').map((d) => d.id).sort());
    expect(ids(starts.deals)).toContain('oracle-openai-cloud');
  });

  it('select by total USD value, bounds inclusive, deals without one left out', async () => {
    const all = await allDeals();
    const { deals } = await data('{ deals(filter: { minTotalUsd: 25e9, maxTotalUsd: 250e9 }, first: 100) { edges { node { id } } } }');
    expect(ids(deals)).toEqual(all.filter((d) => d.totalUsd !== null && d.totalUsd >= 25e9 && d.totalUsd <= 250e9).map((d) => d.id).sort());
    expect(ids(deals)).toEqual(['microsoft-openai-azure-2025', 'nvidia-openai-10gw', 'softbank-openai-investment-talks', 'stargate-equity']);
  });

  it.each([
    ['announcedFrom', '"2025-13"'],
    ['startsTo', '"July 2025"'],
    ['announcedTo', '"2025-02-30"'],
  ])('refuse a malformed %s with BAD_USER_INPUT naming it', async (argument, value) => {
    const response = await gql(`{ deals(filter: { ${argument}: ${value} }) { totalCount } }`);
    expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
  });

  it('refuse a total bound out of range', async () => {
    const response = await gql('{ deals(filter: { minTotalUsd: -1 }) { totalCount } }');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'minTotalUsd' });
  });

  it('apply to nested deal lists, and dealsPage pages them as Query.deals does', async () => {
    const nested = await data(`{ organization(name: "OpenAI") { deals(first: 100, filter: { kind: CLOUD_CAPACITY }) { id }
      dealsPage(first: 3, filter: { kind: CLOUD_CAPACITY }, orderBy: TOTAL_USD_DESC) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`);
    const root = await data('{ deals(first: 3, filter: { party: "OpenAI", kind: CLOUD_CAPACITY }, orderBy: TOTAL_USD_DESC) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }');
    expect(nested.organization.dealsPage).toEqual(root.deals);
    expect(nested.organization.deals.map((d: any) => d.id).sort()).toEqual(
      (await data('{ deals(first: 100, filter: { party: "OpenAI", kind: CLOUD_CAPACITY }) { edges { node { id } } } }')).deals.edges.map((e: any) => e.node.id).sort(),
    );
    const next = await data(`query ($after: String) { organization(name: "OpenAI") { dealsPage(first: 3, after: $after, filter: { kind: CLOUD_CAPACITY }, orderBy: TOTAL_USD_DESC) { edges { node { id } } } } }`, { after: nested.organization.dealsPage.pageInfo.endCursor });
    const rootNext = await data('query ($after: String) { deals(first: 3, after: $after, filter: { party: "OpenAI", kind: CLOUD_CAPACITY }, orderBy: TOTAL_USD_DESC) { edges { node { id } } } }', { after: root.deals.pageInfo.endCursor });
    expect(next.organization.dealsPage.edges).toEqual(rootNext.deals.edges);
    const asBuyer = await data('{ organization(name: "OpenAI") { deals(role: BUYER, first: 100, filter: { kind: CLOUD_CAPACITY }) { id } } }');
    const rootAsBuyer = await data('{ deals(first: 100, filter: { party: "OpenAI", role: BUYER, kind: CLOUD_CAPACITY }) { edges { node { id } } } }');
    expect(asBuyer.organization.deals.map((d: any) => d.id).sort()).toEqual(ids(rootAsBuyer.deals));
    const project = await data('{ project(name: "Stargate") { deals(first: 100, filter: { party: "Oracle" }) { id } dealsPage { totalCount } } }');
    expect(project.project.deals.map((d: any) => d.id)).toContain('oracle-openai-cloud');
  });
});

describe('the same filter elsewhere', () => {
  it('answers the saved question dealTotals at /q/dealTotals, OpenAI as a buyer first', async () => {
    const response = await yoga.fetch('http://kb.test/q/dealTotals');
    expect(response.status).toBe(200);
    const [top] = (await response.json()).data.dealStats.edges;
    expect(top.node.key.map((p: any) => p.value)).toEqual(['openai', 'BUYER']);
    expect(top.node.totalValue).toMatchObject({ usd: 688.8e9, qualifier: 'ABOUT' });
    const byKind = await (await yoga.fetch('http://kb.test/q/dealTotals?groupBy=KIND&first=1')).json();
    expect(byKind.data.dealStats.edges[0].node.key[0].dimension).toBe('KIND');
  });

  it('keeps the deal export working with kind an enum: a valid kind exports its deals, a bad one is a 400 with the allowed values', async () => {
    const csv = await yoga.fetch('http://kb.test/export/deals.jsonl?kind=CHIP_SUPPLY');
    expect(csv.status).toBe(200);
    const rows = (await csv.text()).trim().split('\n');
    expect(rows).toHaveLength((await data('{ deals(filter: { kind: CHIP_SUPPLY }) { totalCount } }')).deals.totalCount);
    const refused = await yoga.fetch('http://kb.test/export/deals.csv?kind=chip_supply');
    expect(refused.status).toBe(400);
    const [error] = (await refused.json()).errors;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_ENUM_VALUE', enum: 'DealKind' });
    expect(error.message).not.toMatch(/Did you mean/);
  });
});
