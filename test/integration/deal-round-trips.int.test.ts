/**
 * dealStats and the nested deal pages, proven bounded by counting Cypher round trips against the seed corpus: the
 * deals are read once whatever the number of groups, and N parents asking for filtered deal pages cost one batch.
 * Last, on the same corpus: a database from before `Deal.totalUsd` gets it at start.
 */
import type { TestDb } from '../helpers/db';
import { ensureSchema } from '../../src/stores/schema-store';
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

async function roundTrips(query: string): Promise<{ trips: number; data: any }> {
  const response = await gql(query);
  expect(response.errors).toBeUndefined();
  return { trips: response.extensions?.roundTrips, data: response.data };
}

describe('dealStats round trips', () => {
  it('read the deals once, however many groups, with the organizations of the keys', async () => {
    const few = await roundTrips('{ dealStats(groupBy: [STATUS], first: 100) { totalCount edges { node { key { value } count totalValue { usd } } } } }');
    const many = await roundTrips('{ dealStats(groupBy: [PARTY, ROLE, ANNOUNCED_QUARTER], first: 100) { totalCount edges { node { key { value organization { name kind } } count totalValue { usd } annualizedValue { usd } } } } }');
    expect(many.data.dealStats.totalCount).toBeGreaterThan(10 * few.data.dealStats.totalCount / 2);
    expect(few.trips).toBe(1);
    expect(many.trips).toBe(1);
  });

  it("cost one batch more for the groups' deals", async () => {
    const { trips } = await roundTrips('{ dealStats(groupBy: [PARTY], first: 100) { edges { node { count deals(first: 100) { id name } } } } }');
    expect(trips).toBe(2);
  });

  it('cost one for hireStats', async () => {
    const { trips } = await roundTrips('{ hireStats(groupBy: [FROM, TO, YEAR], first: 100) { edges { node { key { organization { name } } count } } } }');
    expect(trips).toBe(1);
  });
});

describe('nested deal pages round trips', () => {
  const NESTED = (first: number) => `{ organizations(first: ${first}) { edges { node {
    dealsPage(first: 5, filter: { parties: [{ party: "OpenAI" }], kind: CLOUD_CAPACITY }, orderBy: TOTAL_USD_DESC) { totalCount edges { node { id } } }
    deals(first: 5, filter: { parties: [{ party: "OpenAI" }] }) { id } } } } }`;

  it('are the same for 2 organizations and for 100: the filter resolved once, each list one batch', async () => {
    const small = await roundTrips(NESTED(2));
    const big = await roundTrips(NESTED(100));
    expect(big.data.organizations.edges.length).toBeGreaterThan(20);
    expect(big.trips).toBe(small.trips);
    // The page, the name "OpenAI" (node by id, then by name), one batch for dealsPage and one for deals.
    expect(big.trips).toBeLessThanOrEqual(5);
  });
});

describe('a database written before Deal.totalUsd existed', () => {
  it('gets every deal its total at start, the very values ingestion derives', async () => {
    const totals = async () => testDb.cypher<{ id: string; totalUsd: number | null }>('MATCH (d:Deal) RETURN d.id AS id, d.totalUsd AS totalUsd ORDER BY id');
    const ingested = await totals();
    expect(ingested.filter((d) => d.totalUsd !== null).length).toBeGreaterThan(10);
    await testDb.cypher('MATCH (d:Deal) REMOVE d.totalUsd');
    expect((await totals()).every((d) => d.totalUsd === null)).toBe(true);
    await ensureSchema(testDb.db);
    expect(await totals()).toEqual(ingested);
  });
});
