/**
 * Time against the seed corpus: answers as known at a day of reporting time (`@asOf(knownAt:)`), as valid at a day
 * (`@asOf(validAt:)`), and the history of a displayed value, each with the article behind it.
 */
import type { TestDb } from '../helpers/db';
import { openSeededDb } from '../helpers/seed';
import { createTestServer } from '../helpers/server';

let testDb: TestDb;
let gql: ReturnType<typeof createTestServer>['gql'];

beforeAll(async () => {
  testDb = await openSeededDb();
  gql = createTestServer(testDb).gql;
}, 300_000);

afterAll(async () => {
  await testDb.close();
});

async function query(text: string, variables: Record<string, unknown> = {}) {
  const response = await gql(text, variables);
  expect(response.errors).toBeUndefined();
  return response.data;
}

const ORACLE_OPENAI = /* GraphQL */ `
  query OracleOpenAI($knownAt: String) @asOf(knownAt: $knownAt) {
    deal(id: "oracle-openai-cloud") {
      value { amount period qualifier }
      valueClaims { value { amount period } displayed evidence { quote article { id publishedAt knownFrom knownBasis } } }
    }
  }
`;

describe('as known at a day of reporting time', () => {
  it('shows the Oracle–OpenAI contract as a yearly ~$30B before the $300B reports, and $300B TOTAL after them', async () => {
    const july = (await query(ORACLE_OPENAI, { knownAt: '2025-07-15' })).deal;
    expect(july.value.period).toBe('PER_YEAR');
    expect(july.value.amount).toBe(30e9);
    expect(['ABOUT', 'MORE_THAN']).toContain(july.value.qualifier);
    expect(july.valueClaims.some((c: any) => c.value.amount === 300e9)).toBe(false);
    // Every claim shown was known by then, with its own article's reporting day.
    for (const claim of july.valueClaims) expect(claim.evidence.article.knownFrom <= '2025-07-15').toBe(true);

    const september = (await query(ORACLE_OPENAI, { knownAt: '2025-09-30' })).deal;
    expect(september.value).toEqual({ amount: 300e9, period: 'TOTAL', qualifier: 'EXACT' });
    const shown = september.valueClaims.find((c: any) => c.displayed);
    expect(shown.evidence.article).toMatchObject({ knownBasis: 'PUBLISHED' });
    expect(shown.evidence.article.knownFrom <= '2025-09-30').toBe(true);
  });

  it('lists in history the change from the yearly figure to the $300B total, with the article that made it', async () => {
    const { deal } = await query(`{ deal(id: "oracle-openai-cloud") { history(field: "value") { knownFrom knownBasis value article { id publishedAt } } } }`);
    const steps = deal.history.map((s: any) => ({ ...s, value: s.value === null ? null : JSON.parse(s.value) }));
    const yearly = steps.findIndex((s: any) => s.value?.period === 'PER_YEAR' && s.value.amount === 30e9);
    const total = steps.findIndex((s: any) => s.value?.period === 'TOTAL' && s.value.amount === 300e9);
    expect(yearly).toBeGreaterThanOrEqual(0);
    expect(total).toBeGreaterThan(yearly);
    expect(steps[total].article.id).toBeTruthy();
    expect(steps[total].knownFrom).toBe(steps[total].article.publishedAt ?? steps[total].knownFrom);
    // In order, each step a change.
    expect(steps.map((s: any) => s.knownFrom)).toEqual([...steps.map((s: any) => s.knownFrom)].sort());
    for (let i = 1; i < steps.length; i += 1) expect(steps[i].value).not.toEqual(steps[i - 1].value);

    const asOfJuly = await query(`query @asOf(knownAt: "2025-07-15") { deal(id: "oracle-openai-cloud") { history(field: "value") { knownFrom } } }`);
    expect(asOfJuly.deal.history.every((s: any) => s.knownFrom <= '2025-07-15')).toBe(true);
  });

  it('does not count Lazarov among OpenAI\'s hires as known on 2025-01-01', async () => {
    const flow = `query ($knownAt: String) @asOf(knownAt: $knownAt) { talentFlow(to: "OpenAI") { count hires { person { id } } } }`;
    const people = async (knownAt: string | null) => (await query(flow, { knownAt })).talentFlow.flatMap((g: any) => g.hires.map((h: any) => h.person.id));
    expect(await people(null)).toContain('spas-lazarov');
    expect(await people('2025-01-01')).not.toContain('spas-lazarov');

    // Each group as of then is counted on its hires as they were then: its count is its hires, each from its employer.
    const groups = (await query(`query @asOf(knownAt: "2025-07-05") { talentFlow(to: "OpenAI") { from { id } count hires(first: 100) { date from { id } person { id } } } }`)).talentFlow;
    expect(groups.map((g: any) => g.from?.id ?? null)).toContain('apple');
    for (const group of groups) {
      expect(group.hires).toHaveLength(group.count);
      for (const hire of group.hires) {
        expect(hire.from?.id ?? null).toBe(group.from?.id ?? null);
        if (hire.date !== null) expect(hire.date <= '2025-07-05' || typeof hire.date === 'string').toBe(true);
      }
    }
  });

  it('answers null for an entity nothing had reported yet, and refuses a bad date or a field that cannot answer as of then', async () => {
    expect((await query(`query @asOf(knownAt: "2000") { organization(id: "openai") { id } }`)).organization).toBeNull();

    const bad = await gql(`query @asOf(knownAt: "2025-02-30") { organization(id: "openai") { id } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'knownAt' });
    const unsupported = await gql(`query @asOf(knownAt: "2025-07") { changes(first: 1) { totalCount } organization(id: "openai") { id } }`);
    expect(unsupported.errors?.[0].extensions).toMatchObject({ code: 'AS_OF_UNSUPPORTED', fields: ['Query.changes'] });
    expect(unsupported.data ?? null).toBeNull();
  });

  it('counts partners and planned megawatts only through what was known by then', async () => {
    const text = `query ($knownAt: String) @asOf(knownAt: $knownAt) {
      organization(id: "openai") { partners(first: 100) { organization { id } } }
      project(id: "stargate") { plannedMegawatts { sites } }
    }`;
    const now = await query(text, { knownAt: null });
    const early = await query(text, { knownAt: '2025-01-31' });
    expect(early.organization.partners.length).toBeLessThan(now.organization.partners.length);
    expect(early.project.plannedMegawatts.sites).toBeLessThan(now.project.plannedMegawatts.sites);
  });
});

describe('every list as known at a day', () => {
  const LISTS = /* GraphQL */ `
    query Lists($knownAt: String) @asOf(knownAt: $knownAt) {
      organizations(first: 100) { totalCount edges { node { id } } }
      people(first: 100) { totalCount }
      projects(first: 100) { totalCount }
      sites(first: 100) { totalCount }
      articles(first: 100) { totalCount edges { node { id knownFrom } } }
      hireStats(groupBy: [TO]) { edges { node { count } } }
      capacity(groupBy: COUNTRY) { key sites }
      connections(from: "Voltage Park", to: "Oracle") { hops }
      search(text: "Oracle") { __typename ... on Organization { id } }
      stats { nodes relationships }
    }
  `;
  const total = (answer: any) => ({
    organizations: answer.organizations.totalCount,
    people: answer.people.totalCount,
    projects: answer.projects.totalCount,
    sites: answer.sites.totalCount,
    articles: answer.articles.totalCount,
    hires: answer.hireStats.edges.reduce((sum: number, e: any) => sum + e.node.count, 0),
    capacitySites: answer.capacity.reduce((sum: number, g: any) => sum + g.sites, 0),
    paths: answer.connections.length,
    hits: answer.search.length,
    nodes: answer.stats.nodes,
  });

  it('has nothing before the first report, some of today\'s by mid-2025, and everything known today', async () => {
    const before = total(await query(LISTS, { knownAt: '2000' }));
    expect(Object.values(before).every((n) => n === 0)).toBe(true);

    const now = total(await query(LISTS, { knownAt: null }));
    const july = await query(LISTS, { knownAt: '2025-07-15' });
    const mid = total(july);
    for (const key of Object.keys(now) as Array<keyof typeof now>) {
      if (key === 'nodes') continue;
      expect(mid[key]).toBeLessThanOrEqual(now[key]);
    }
    expect(mid.organizations).toBeGreaterThan(0);
    expect(mid.articles).toBeLessThan(now.articles);
    expect(july.articles.edges.every((e: any) => e.node.knownFrom <= '2025-07-15')).toBe(true);
    expect(july.search).toContainEqual({ __typename: 'Organization', id: 'oracle' });

    const later = total(await query(LISTS, { knownAt: '2100' }));
    // Search matches names only as of another day, and stats leave out what has no reporting time (name keys, the feed).
    expect({ ...later, nodes: 0, hits: 0 }).toEqual({ ...now, nodes: 0, hits: 0 });
  });
});

describe('deals as known at a day', () => {
  const DEALS = /* GraphQL */ `
    query Deals($knownAt: String, $filter: DealFilter) @asOf(knownAt: $knownAt) {
      deals(first: 100, filter: $filter) { totalCount edges { node { id annualizedUsd value { amount period } } } }
      organization(id: "oracle") { dealsPage(first: 100) { totalCount } }
    }
  `;

  it('filters and sorts deals on their values as known then, in as many round trips as today', async () => {
    const today = await gql(DEALS, { filter: { party: 'Oracle' } });
    const july = await gql(DEALS, { knownAt: '2025-07-15', filter: { party: 'Oracle' } });
    expect(july.errors).toBeUndefined();
    const deal = (answer: any) => answer.data.deals.edges.map((e: any) => e.node).find((d: any) => d.id === 'oracle-openai-cloud');
    expect(deal(july)).toMatchObject({ annualizedUsd: 30e9, value: { amount: 30e9, period: 'PER_YEAR' } });
    expect(deal(today).value).toMatchObject({ amount: 300e9, period: 'TOTAL' });
    expect(july.data.deals.totalCount).toBeLessThanOrEqual(today.data.deals.totalCount);
    expect(july.data.organization.dealsPage.totalCount).toBe(july.data.deals.totalCount);
    const annualized = july.data.deals.edges.map((e: any) => e.node.annualizedUsd).filter((v: number | null) => v !== null);
    expect(annualized).toEqual([...annualized].sort((a: number, b: number) => b - a));
    expect(july.extensions?.roundTrips).toBeLessThanOrEqual((today.extensions?.roundTrips ?? 0) + 1);

    const big = await query(`query @asOf(knownAt: "2025-07-15") { deals(first: 100, filter: { minAnnualizedUsd: 3.1e10 }) { edges { node { id } } } }`);
    expect(big.deals.edges.map((e: any) => e.node.id)).not.toContain('oracle-openai-cloud');
  });
});

describe('as valid at a day', () => {
  it('has Microsoft\'s right of first refusal on OpenAI capacity valid in 2025-06 and ended by 2025-12', async () => {
    const rofr = `query ($validAt: String) @asOf(validAt: $validAt) {
      deal(id: "microsoft-openai-rofr") { validFrom validTo validity }
      organization(id: "microsoft") { deals(first: 100) { id } }
    }`;
    const june = await query(rofr, { validAt: '2025-06' });
    expect(june.deal.validity).toBe('VALID');
    expect(june.organization.deals.map((d: any) => d.id)).toContain('microsoft-openai-rofr');
    const december = await query(rofr, { validAt: '2025-12' });
    expect(december.deal.validity).toBe('NO_LONGER_VALID');
    expect(december.organization.deals.map((d: any) => d.id)).not.toContain('microsoft-openai-rofr');
  });
});
