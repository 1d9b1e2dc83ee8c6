/**
 * Claims first-class, answer by answer, against the seed corpus: each value shows only its own evidence, roles are
 * sets with their sources, arithmetic is honest, and a retraction can be undone exactly.
 */

import { prepareFile } from '../../src/ingest/prepare';
import { createIngestion } from '../../src/ingest/ingestion';
import type { Plan } from '../../src/domain/plan';
import type { TestDb } from '../helpers/db';
import { ingestFiles, openSeededDb, seedFiles } from '../helpers/seed';
import { createTestServer } from '../helpers/server';

let testDb: TestDb;
let gql: ReturnType<typeof createTestServer>['gql'];
const plans = new Map<string, { file: string; plan: Plan }>();

beforeAll(async () => {
  testDb = await openSeededDb();
  gql = createTestServer(testDb).gql;
  for (const file of seedFiles()) {
    const prepared = prepareFile(file);
    if (!prepared.ok) throw new Error(`${file} does not validate`);
    plans.set(prepared.plan.article.id, { file, plan: prepared.plan });
  }
}, 300_000);

afterAll(async () => {
  await testDb.close();
});

async function query(text: string, variables: Record<string, unknown> = {}) {
  const response = await gql(text, variables);
  expect(response.errors).toBeUndefined();
  return response.data;
}

const CLAIM = 'field value displayed evidence { quote attribution speaker article { id } }';

describe('claims first-class', () => {
  it("lists Stargate partners' roles as sets, each role with the articles that state it", async () => {
    const { project } = await query(`{ project(id: "stargate") { partners(first: 100) { organization { id } roles roleClaims { role displayed evidence { article { id } } } } } }`);
    const partner = (id: string) => project.partners.find((p: any) => p.organization.id === id);
    expect(partner('oracle').roles).toEqual(expect.arrayContaining(['EQUITY_FUNDER', 'TECHNOLOGY_PARTNER']));
    expect(partner('openai').roles).toEqual(expect.arrayContaining(['OPERATOR', 'EQUITY_FUNDER']));
    for (const p of project.partners) {
      for (const role of p.roles) {
        const claim = p.roleClaims.find((c: any) => c.role === role);
        expect(claim.displayed).toBe(true);
        expect(claim.evidence.length).toBeGreaterThan(0);
      }
    }
  });

  it('shows the Hoover Dams quote on no claim of the Oracle–OpenAI deal but its 4.5 GW capacity', async () => {
    const { deal } = await query(`{ deal(id: "oracle-openai-cloud") { claims { ${CLAIM} } valueClaims { value { amount } evidence { quote } } termClaims { evidence { quote } } startsClaims { evidence { quote } } capacityClaims { value { megawatts } evidence { quote } } } }`);
    const hoover = deal.claims.filter((c: any) => /Hoover/.test(c.evidence.quote ?? ''));
    expect(hoover.length).toBeGreaterThan(0);
    for (const claim of hoover) {
      expect(claim.field).toBe('capacity');
      expect(JSON.parse(claim.value)).toMatchObject({ megawatts: 4500 });
    }
    for (const list of [deal.valueClaims, deal.termClaims, deal.startsClaims]) for (const claim of list) expect(claim.evidence.quote ?? '').not.toMatch(/Hoover/);
    expect(deal.capacityClaims.filter((c: any) => /Hoover/.test(c.evidence.quote ?? '')).every((c: any) => c.value.megawatts === 4500)).toBe(true);
  });

  it('records the Meta–Blue Owl $27B as a cost, with no annualized value', async () => {
    const { deal } = await query(`{ deal(id: "meta-blue-owl-hyperion") { value { amount } cost { amount estimated } annualizedUsd annualized { amountUsd } costClaims { value { amount } } } }`);
    expect(deal.annualizedUsd).toBeNull();
    expect(deal.annualized).toBeNull();
    expect(deal.cost).toMatchObject({ amount: 27e9, estimated: true });
    expect(deal.value?.amount ?? null).not.toBe(27e9);
  });

  it('says how a yearly figure was derived, and from which article', async () => {
    const { deals } = await query(`{ deals(first: 100) { edges { node { id annualizedUsd annualized { derived method inputs years source { id } } value { period over { years } } } } } }`);
    for (const { node } of deals.edges) {
      if (node.annualizedUsd === null) continue;
      expect(node.annualized.derived).toBe(true);
      expect(node.annualized.source).not.toBeNull();
      if (node.annualized.method === 'TOTAL_OVER_STATED_TERM') expect(node.value.over.years).toBe(node.annualized.years);
      else expect(node.value.period).toBe('PER_YEAR');
    }
  });

  it("shows each of Lazarov's title and tenure claims with its own quote or none", async () => {
    const { person } = await query(`{ person(id: "spas-lazarov") { employments { id titleClaims { value evidence { quote article { id } } } tenureClaims { value { years } evidence { quote article { id } } } } } }`);
    for (const employment of person.employments) {
      for (const [field, list] of [['title', employment.titleClaims], ['tenure', employment.tenureClaims]] as const) {
        for (const claim of list) {
          const support = plans.get(claim.evidence.article.id)!.plan.supports.find((s) => s.target === employment.id)!;
          expect(claim.evidence.quote).toBe(support.evidence[field]?.quote ?? null);
        }
      }
    }
    const titles = person.employments.flatMap((e: any) => e.titleClaims);
    expect(String(titles.find((c: any) => c.value === 'global sales director')?.evidence.quote ?? '')).not.toMatch(/25 years/);
  });

  it('attaches each quote of the corpus only to the values its file attaches it to', async () => {
    // Every support target with its GraphQL type: a fact's kind, or the type its entity is declared with.
    const typeOf = new Map<string, string>();
    for (const { plan } of plans.values()) {
      for (const fact of plan.facts) typeOf.set(fact.id, fact.label);
      for (const entity of plan.entities) typeOf.set(entity.id, entity.type);
    }
    const targets = [...new Set([...plans.values()].flatMap(({ plan }) => plan.supports.map((s) => s.target)))].sort();
    let checked = 0;
    for (let i = 0; i < targets.length; i += 12) {
      const chunk = targets.slice(i, i + 12);
      const data = await query(`{ ${chunk.map((id, j) => `n${j}: node(id: ${JSON.stringify(id)}) { ... on ${typeOf.get(id)} { claims { ${CLAIM} } } }`).join(' ')} }`);
      chunk.forEach((id, j) => {
        const node = data[`n${j}`];
        expect(node).not.toBeNull();
        for (const claim of node.claims) {
          const entry = plans.get(claim.evidence.article.id);
          const support = entry?.plan.supports.find((s) => s.target === id);
          if (!support) continue; // a MENTIONS claim (a declaration) carries no quote
          const expected = claim.field === 'exists' ? support.quote : (claim.field === 'roles' ? support.evidence[`roles.${claim.value}`] : support.evidence[claim.field])?.quote ?? null;
          expect({ id, field: claim.field, article: claim.evidence.article.id, quote: claim.evidence.quote }).toEqual({ id, field: claim.field, article: claim.evidence.article.id, quote: expected ?? null });
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('flags where each title comes from and whether a date is inferred', async () => {
    const { articles } = await query(`{ articles(first: 100) { edges { node { id titleOrigin publishedAtInferred attribution } } } }`);
    const byId = new Map(articles.edges.map((e: any) => [e.node.id, e.node]));
    for (const [id, { plan }] of plans) {
      const node: any = byId.get(id);
      if (!node) continue; // beyond the first page
      expect(node).toMatchObject({ titleOrigin: plan.article.titleOrigin, publishedAtInferred: plan.article.publishedAtInferred, attribution: plan.article.attribution });
    }
  });

  it('names the person a hire step leaves out', async () => {
    const { connections } = await query(`{ connections(from: "Apple", to: "OpenAI", maxHops: 1) { steps { from { id } relation to { id } fact { id } through { id name } } } }`);
    const step = connections.flatMap((p: any) => p.steps).find((s: any) => s.relation === 'LOST_TO' || s.relation === 'HIRED_FROM');
    expect(step).toBeDefined();
    expect(step.fact.id).toMatch(/^hire--/);
    expect(step.through).toMatchObject({ id: 'spas-lazarov' });
  });

  it('restores the graph exactly when a retracted article is ingested again, and shows retracted claims only when asked', async () => {
    const before = await testDb.fingerprint();
    const { file } = plans.get('techspot-openai-oracle-300b')!;
    const ingestion = createIngestion(testDb.db);
    expect((await ingestion.retract('techspot-openai-oracle-300b', 'contract test')).status).toBe('RETRACTED');

    const { deal } = await query(`{ deal(id: "oracle-openai-cloud") { capacityClaims { evidence { article { id } } } all: capacityClaims(includeRetracted: true) { evidence { retractedAt article { id retractedAt retractionReason } } } } }`);
    expect(deal.capacityClaims.map((c: any) => c.evidence.article.id)).not.toContain('techspot-openai-oracle-300b');
    const retracted = deal.all.find((c: any) => c.evidence.article.id === 'techspot-openai-oracle-300b');
    expect(retracted.evidence.retractedAt).not.toBeNull();
    expect(retracted.evidence.article.retractionReason).toBe('contract test');

    expect((await ingestFiles(testDb.db, [file]))[0].status).toBe('UPDATED');
    expect(await testDb.fingerprint()).toEqual(before);
  });
});



