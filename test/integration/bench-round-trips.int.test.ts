/**
 * The benchmark's round-trip bound, without timing: on a tiny graph made by the
 * benchmark's own generator (scale XS), every query of the mix costs at most
 * its depth in Cypher round trips, and the hand-written Cypher of the mix
 * gives the same answer as our API.
 */
import { generate } from '../../bench/generate';
import { queryMix } from '../../bench/queries';
import { toNative } from '../../src/neo4j/convert';
import { stableStringify } from '../../src/domain/stable-json';
import { openTestDb, type TestDb } from '../helpers/db';
import { createTestServer } from '../helpers/server';

let testDb: TestDb;
let gql: ReturnType<typeof createTestServer>['gql'];
const mix = queryMix('XS');

beforeAll(async () => {
  // The same cost limit as the benchmark server (bench/server.ts): the hub traversal asks for 100 parties per deal.
  testDb = await openTestDb({ KB_MAX_COST: '2000000' });
  await testDb.reset();
  const stats = await generate(testDb.db, 'XS', 7);
  expect(stats.nodes).toBeGreaterThan(500);
  gql = createTestServer(testDb).gql;
}, 180_000);

afterAll(async () => {
  await testDb.close();
});

describe('benchmark query mix at scale XS', () => {
  it.each(mix.map((q) => [q.name, q] as const))('%s: round trips ≤ depth, same answer as the hand-written Cypher', async (_name, q) => {
    const response = await gql(q.ours.query, q.ours.variables);
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBeGreaterThan(0);
    expect(response.extensions?.roundTrips).toBeLessThanOrEqual(q.depth);

    const records = (await testDb.driver.executeQuery(q.cypher.statement, q.cypher.params, { database: testDb.db.database })).records.map((r) => toNative(r.toObject()));
    expect(stableStringify(q.normalize.cypher(records))).toBe(stableStringify(q.normalize.ours(response.data)));
  });

  it('the hub traversal is not trivially empty', async () => {
    const q = mix.find((x) => x.name === 'hubTraversal4')!;
    const response = await gql(q.ours.query, q.ours.variables);
    expect(response.data.organization.deals.length).toBeGreaterThan(0);
    expect(response.data.organization.deals[0].parties.length).toBeGreaterThan(0);
  });
});
