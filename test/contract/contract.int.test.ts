/**
 * The acceptance contract, against the embedded Neo4j loaded with the seed
 * corpus. Expected answers are what the corpus (and so the facts dossier)
 * supports; they are checked field by field.
 */
import { parse, validate } from 'graphql';
import { createSchema } from '../../src/server';
import type { TestDb } from '../helpers/db';
import { ingestFiles, openSeededDb, seedFiles } from '../helpers/seed';
import { createTestServer } from '../helpers/server';
import { OPERATIONS } from './operations';

let testDb: TestDb;
let gql: ReturnType<typeof createTestServer>['gql'];

beforeAll(async () => {
  testDb = await openSeededDb();
  gql = createTestServer(testDb).gql;
}, 300_000);

afterAll(async () => {
  await testDb.close();
});

async function run(name: keyof typeof OPERATIONS) {
  const response = await gql(OPERATIONS[name]);
  expect(response.errors).toBeUndefined();
  return response.data;
}

const byName = (items: any[], name: string): any => {
  const found = items.find((item) => item.name === name);
  if (!found) throw new Error(`${name} not among ${items.map((i) => i.name).join(', ')}`);
  return found;
};

describe('the acceptance contract', () => {
  it('validates every operation against schema.graphql', () => {
    const schema = createSchema();
    for (const operation of Object.values(OPERATIONS)) expect(validate(schema, parse(operation))).toEqual([]);
  });

  it("lists OpenAI's hires with where they came from and the quoted evidence", async () => {
    const { organization } = await run('openaiHires');
    expect(organization).toMatchObject({ id: 'openai', name: 'OpenAI' });
    const hires = new Map<string, any>(organization.hires.map((h: any) => [h.person.name, h]));
    expect(hires.get('Spas Lazarov')?.from).toEqual({ name: 'Apple' });
    expect(hires.get('Keith Heyde')?.from).toEqual({ name: 'Meta Platforms' });
    expect(hires.get('Melissa Du')?.from).toBeNull();
    expect(hires.get('Melissa Du')?.date).toBe('2025-03');
    expect(hires.get('Chris Malone')).toBeDefined();

    const seedEvidence = hires.get('Spas Lazarov').evidence.find((e: any) => e.article.url.startsWith('https://actualitecloud.com/'));
    expect(seedEvidence).toEqual({
      quote: 'OpenAI a annoncé l’embauche de Spas Lazarov',
      article: {
        title: 'OpenAI recrute un ancien responsable d’Apple pour renforcer son équipe technique',
        url: 'https://actualitecloud.com/le-directeur-de-lingenierie-des-centres-de-donnees-dapple-rejoint-openai-pour-propulser-linfrastructure-ia-la-plus-avancee-au-monde',
        publishedAt: null,
        language: 'fr',
      },
    });
    for (const hire of organization.hires) {
      expect(hire.evidence.length).toBeGreaterThan(0);
      for (const evidence of hire.evidence) if (evidence.quote) expect(evidence.quote.split(/\s+/).length).toBeLessThanOrEqual(30);
    }
  });

  it("keeps every source's tenure for Lazarov and shows the newest non-weak one", async () => {
    const { person } = await run('lazarov');
    expect(person.name).toBe('Spas Lazarov');
    const ge = person.employments.find((e: any) => e.organization.name === 'General Electric');
    // Benzinga (10 Jul 2025) is the newest dated source: 26 years.
    expect(ge.tenure).toEqual({ years: 26, qualifier: 'EXACT' });
    expect(ge.start).toBeNull();
    expect(ge.end).toBeNull();
    const geClaims = ge.tenureClaims.map((c: any) => `${c.value.qualifier} ${c.value.years}`);
    expect(geClaims).toEqual(expect.arrayContaining(['EXACT 26', 'MORE_THAN 25', 'NEARLY 30']));

    const apple = person.employments.find((e: any) => e.organization.name === 'Apple');
    expect(apple.tenure).toEqual({ years: 11, qualifier: 'NEARLY' });
    expect(apple.tenureClaims.map((c: any) => `${c.value.qualifier} ${c.value.years}`)).toEqual(expect.arrayContaining(['NEARLY 11', 'MORE_THAN 10']));
    expect(apple.start).toBeNull();

    const openai = person.employments.find((e: any) => e.organization.name === 'OpenAI');
    expect(openai.current).toBe(true);
    expect(person.memberships).toEqual(expect.arrayContaining([expect.objectContaining({ organization: { name: 'Infrastructure Masons' } })]));
  });

  it('groups hires into OpenAI by previous employer, unknown employers in a null bucket', async () => {
    const { talentFlow } = await run('talentFlow');
    const group = (from: string | null) => talentFlow.find((g: any) => (g.from?.name ?? null) === from);
    expect(group('Apple').people).toEqual([{ name: 'Spas Lazarov' }]);
    expect(group('Meta Platforms').people).toEqual([{ name: 'Keith Heyde' }]);
    expect(group('Equinix').people).toEqual([{ name: 'Jeremy Mickler' }]);
    expect(group(null).people).toEqual(expect.arrayContaining([{ name: 'Melissa Du' }, { name: 'Chris Malone' }]));
    for (const g of talentFlow) expect(g.count).toBe(g.people.length);
  });

  it('keeps the Oracle contract as stated by each source and annualizes only the displayed value', async () => {
    const { deals } = await run('oracleDeals');
    const oracle = byName(deals.edges.map((e: any) => e.node), 'Oracle–OpenAI cloud contract');
    expect(deals.totalCount).toBe(deals.edges.length);
    expect(oracle).toMatchObject({ kind: 'CLOUD_CAPACITY', status: 'SIGNED', project: { name: 'Stargate' } });
    const party = (name: string) => oracle.parties.find((p: any) => p.organization.name === name);
    expect(party('OpenAI').roles).toContain('BUYER');
    expect(party('Oracle').roles).toContain('PROVIDER');
    // CDO Magazine (WSJ, 19 Sep 2025) is the newest: $300B over about five years, about $60B a year.
    expect(oracle.value).toEqual({ amount: 300e9, currency: 'USD', period: 'TOTAL', qualifier: 'EXACT', estimated: false });
    expect(oracle.annualizedUsd).toBe(60e9);
    const claims = oracle.valueClaims.map((c: any) => `${c.value.qualifier} ${c.value.amount} ${c.value.period}`);
    expect(claims).toEqual(expect.arrayContaining(['ABOUT 30000000000 PER_YEAR', 'MORE_THAN 30000000000 PER_YEAR', 'EXACT 300000000000 TOTAL']));
    const ft = oracle.valueClaims.find((c: any) => c.value.qualifier === 'ABOUT');
    expect(ft.evidence.article).toEqual({ title: 'OpenAI signs $30bn data centre deal with Oracle', publishedAt: '2025-07-02' });
    expect(deals.pageInfo.hasNextPage).toBe(false);
  });

  it('shows Stargate with its partners, its sites and an honest capacity total', async () => {
    const { project } = await run('stargate');
    expect(project.name).toBe('Stargate');
    const partners = project.partners.map((p: any) => p.organization.name);
    expect(partners).toEqual(expect.arrayContaining(['SoftBank Group', 'OpenAI', 'Oracle', 'MGX']));
    const abilene = byName(project.sites, 'Stargate I – Abilene');
    expect(abilene.location).toEqual({ city: 'Abilene', region: 'Texas', country: 'US' });
    expect(abilene.capacity).toMatchObject({ megawatts: 1200 });
    const withFigure = project.sites.filter((s: any) => s.capacity);
    expect(project.plannedMegawatts.sites).toBe(project.sites.length);
    expect(project.plannedMegawatts.sitesWithFigure).toBe(withFigure.length);
    expect(project.plannedMegawatts.megawatts).toBeCloseTo(withFigure.reduce((sum: number, s: any) => sum + s.capacity.megawatts, 0));
    expect(project.plannedMegawatts.qualifier).not.toBe('EXACT');
  });

  it('sums capacity by country with coverage counts', async () => {
    const { capacity } = await run('capacityByCountry');
    const country = (key: string) => capacity.find((g: any) => g.key === key);
    expect(country('US').sites).toBeGreaterThanOrEqual(10);
    expect(country('US').sitesWithFigure).toBeLessThan(country('US').sites);
    expect(country('AE')).toMatchObject({ megawatts: 1000, sites: 1, sitesWithFigure: 1 });
    expect(country('NO')).toMatchObject({ megawatts: 230, sites: 1 });
    for (const group of capacity) expect(group.sitesWithFigure).toBeLessThanOrEqual(group.sites);
  });

  it('finds a path from Voltage Park to Oracle with evidence for every step', async () => {
    const { connections } = await run('voltageParkToOracle');
    expect(connections.length).toBeGreaterThan(0);
    for (const path of connections) {
      expect(path.steps.length).toBeLessThanOrEqual(4);
      expect(path.steps[0].from.name).toBe('Voltage Park');
      expect(path.steps[path.steps.length - 1].to.name).toBe('Oracle');
      path.steps.forEach((step: any, i: number) => {
        if (i > 0) expect(step.from).toEqual(path.steps[i - 1].to);
        expect(step.evidence.length).toBeGreaterThan(0);
      });
    }
    expect(connections[0].steps.slice(0, 2).map((s: any) => `${s.from.name} ${s.relation} ${s.to.name}`)).toEqual(['Voltage Park FOUNDED_BY Melissa Du', 'Melissa Du HIRED_BY OpenAI']);
  });

  it('finds SoftBank by its alias and lists partners with the projects and deals that link them', async () => {
    const { organization } = await run('softbankPartners');
    const openai = organization.partners.find((p: any) => p.organization.name === 'OpenAI');
    expect(openai.via).toEqual(expect.arrayContaining([{ __typename: 'Project', name: 'Stargate' }]));
    for (const partner of organization.partners) expect(partner.via.length).toBeGreaterThan(0);
  });

  it('searches people and articles in one list', async () => {
    const { search } = await run('searchLazarov');
    expect(search[0]).toEqual({ __typename: 'Person', name: 'Spas Lazarov' });
    expect(search.some((hit: any) => hit.__typename === 'Article')).toBe(true);
    expect(search.length).toBeLessThanOrEqual(5);
  });

  it('pages articles newest first with what they mention', async () => {
    const { articles } = await run('articles');
    expect(articles.totalCount).toBe(seedFiles().length);
    const dates = articles.edges.map((e: any) => e.node.publishedAt);
    expect(dates.every((d: string | null) => d !== null)).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const edge of articles.edges) {
      expect(edge.node.language).toMatch(/^[a-z]{2}$/);
      expect(edge.node.mentions.length).toBeGreaterThan(0);
    }
  });
});

describe('the seed corpus', () => {
  it('gives every fact at least one supporting article', async () => {
    const unsupported = await testDb.cypher('MATCH (f:Fact) WHERE NOT EXISTS { (:Article)-[:SUPPORTS]->(f) } RETURN f.id AS id');
    expect(unsupported).toEqual([]);
    const [{ facts }] = await testDb.cypher<{ facts: number }>('MATCH (f:Fact) RETURN count(f) AS facts');
    expect(facts).toBeGreaterThan(100);
  });

  it('gives every article a URL and a language', async () => {
    const incomplete = await testDb.cypher("MATCH (a:Article) WHERE a.url IS NULL OR NOT a.url STARTS WITH 'http' OR a.language IS NULL RETURN a.id AS id");
    expect(incomplete).toEqual([]);
  });

  it('states a period and a qualifier with every money value', async () => {
    const rows = await testDb.cypher<{ claims: string }>('MATCH (:Article)-[s:SUPPORTS]->() RETURN s.claims AS claims');
    const money = rows.flatMap(({ claims }) => {
      const values = JSON.parse(claims) as Record<string, any>;
      return ['value', 'investment'].map((field) => values[field]).filter(Boolean);
    });
    expect(money.length).toBeGreaterThan(20);
    for (const value of money) {
      expect(['TOTAL', 'PER_YEAR']).toContain(value.period);
      expect(['EXACT', 'ABOUT', 'MORE_THAN', 'AT_LEAST', 'UP_TO', 'NEARLY']).toContain(value.qualifier);
    }
  });

  it('has no two entities of the same type with the same normalized name', async () => {
    const duplicates = await testDb.cypher('MATCH (e:Entity) WITH e.type AS type, e.normName AS name, collect(e.id) AS ids WHERE size(ids) > 1 RETURN type, name, ids');
    expect(duplicates).toEqual([]);
  });

  it('has at least 36 articles, the original one first among them', async () => {
    const [{ articles }] = await testDb.cypher<{ articles: number }>('MATCH (a:Article) RETURN count(a) AS articles');
    expect(articles).toBeGreaterThanOrEqual(36);
    const [seed] = await testDb.cypher<any>("MATCH (a:Article {id: 'actualitecloud-lazarov-openai'}) RETURN a.publishedAt AS publishedAt, a.language AS language");
    expect(seed).toEqual({ publishedAt: null, language: 'fr' });
  });

  it('reports every file unchanged when ingested again', async () => {
    const before = await testDb.fingerprint();
    const reports = await ingestFiles(testDb.db, seedFiles());
    expect(new Set(reports.map((r) => r.status))).toEqual(new Set(['UNCHANGED']));
    expect(await testDb.fingerprint()).toEqual(before);
  }, 120_000);
});

describe('deal pages with a value bound (served from the annualizedUsd index)', () => {
  const DEALS = `query ($filter: DealFilter, $orderBy: DealOrder, $first: Int, $after: String) {
    deals(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount edges { cursor node { id annualizedUsd } } pageInfo { hasNextPage } } }`;

  /** Every deal in one order, paged through without a value bound (the general statement). */
  async function allDeals(orderBy: string) {
    const deals: Array<{ id: string; annualizedUsd: number | null }> = [];
    let after: string | null = null;
    for (;;) {
      const response: any = await gql(DEALS, { orderBy, first: 100, after });
      expect(response.errors).toBeUndefined();
      deals.push(...response.data.deals.edges.map((e: any) => e.node));
      if (!response.data.deals.pageInfo.hasNextPage) return deals;
      after = response.data.deals.edges.at(-1).cursor;
    }
  }

  it.each([
    ['ANNUALIZED_USD_DESC', { minAnnualizedUsd: 1e9 }],
    ['ANNUALIZED_USD_ASC', { minAnnualizedUsd: 1e9 }],
    ['ANNUALIZED_USD_DESC', { maxAnnualizedUsd: 1e10 }],
    ['ANNUALIZED_USD_ASC', { minAnnualizedUsd: 1e9, maxAnnualizedUsd: 3e10, status: 'SIGNED' }],
  ])('in %s order with %j agree with the full list filtered, page by page', async (orderBy, filter) => {
    const expected = (await allDeals(orderBy)).filter(
      (d) => d.annualizedUsd !== null && d.annualizedUsd >= ((filter as any).minAnnualizedUsd ?? -Infinity) && d.annualizedUsd <= ((filter as any).maxAnnualizedUsd ?? Infinity),
    );
    const withStatus = (filter as any).status ? await gql(DEALS, { orderBy, first: 100, filter: { status: (filter as any).status } }) : null;
    const statusIds = withStatus ? new Set(withStatus.data.deals.edges.map((e: any) => e.node.id)) : null;
    const wanted = statusIds ? expected.filter((d) => statusIds.has(d.id)) : expected;
    expect(wanted.length).toBeGreaterThan(1);

    const first = await gql(DEALS, { orderBy, filter, first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data.deals.totalCount).toBe(wanted.length);
    const second = await gql(DEALS, { orderBy, filter, first: 100, after: first.data.deals.edges[1].cursor });
    const paged = [...first.data.deals.edges, ...second.data.deals.edges].map((e: any) => e.node);
    expect(paged).toEqual(wanted);
    expect(second.data.deals.pageInfo.hasNextPage).toBe(false);
  });
});

describe('talent flows', () => {
  it('count every hire of a group while listing at most `first` of them', async () => {
    const response = await gql(`{ talentFlow(to: "OpenAI") { from { name } count people(first: 1) { name } hires(first: 1) { id } } }`);
    expect(response.errors).toBeUndefined();
    const groups = response.data.talentFlow;
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(group.people).toHaveLength(1);
      expect(group.hires).toHaveLength(1);
    }
    expect(groups.some((g: any) => g.count > 1)).toBe(true);
  });

  it('page groups, largest first', async () => {
    const all = (await gql(`{ talentFlow(to: "OpenAI", first: 100) { from { id } count } }`)).data.talentFlow;
    const top = (await gql(`{ talentFlow(to: "OpenAI", first: 1) { from { id } count } }`)).data.talentFlow;
    expect(all.length).toBeGreaterThan(1);
    expect(top).toEqual(all.slice(0, 1));
    expect(all.map((g: any) => g.count)).toEqual([...all.map((g: any) => g.count)].sort((a, b) => b - a));
  });

  it('refuse a `first` over the cap', async () => {
    const response = await gql(`{ talentFlow(to: "OpenAI") { people(first: 101) { name } } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
