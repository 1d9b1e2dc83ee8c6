/**
 * DataLoader batching, proven by counting Cypher round trips: they grow with
 * the depth of a query, not with the number of items it returns.
 */
import { createIngestion } from '../../src/ingest/ingestion';
import { openTestDb, type TestDb } from '../helpers/db';
import { createTestServer } from '../helpers/server';

let testDb: TestDb;
let gql: ReturnType<typeof createTestServer>['gql'];

/** A fictional test fixture: one hub hiring 100 people, one hiring 2, each person with a previous employment. */
function fixture() {
  const people = Array.from({ length: 100 }, (_, i) => `test-person-${i + 1}`);
  return {
    article: { id: 'test-round-trips', title: 'Round-trip fixture', titleOrigin: 'CURATOR', url: 'https://example.test/round-trips', publisher: 'Test fixture', publishedAt: '2025-01-01', language: 'en', summary: 'A fictional article for the round-trip test.' },
    entities: [
      { id: 'test-hub-big', type: 'Organization', name: 'Test Hub Big' },
      { id: 'test-hub-small', type: 'Organization', name: 'Test Hub Small' },
      ...[1, 2, 3].map((n) => ({ id: `test-previous-${n}`, type: 'Organization', name: `Test Previous ${n}` })),
      ...people.map((id, i) => ({ id, type: 'Person', name: `Test Person ${i + 1}` })),
    ],
    facts: [
      ...people.map((person) => ({ type: 'hire', person, org: 'test-hub-big' })),
      ...people.slice(0, 2).map((person) => ({ type: 'hire', person, org: 'test-hub-small' })),
      ...people.map((person, i) => ({ type: 'employment', person, org: `test-previous-${(i % 3) + 1}` })),
    ],
  };
}

const QUERY = `query ($id: ID!) { organization(id: $id) { hires(first: 100) { person { employments { organization { name } } } } } }`;

beforeAll(async () => {
  testDb = await openTestDb();
  await testDb.reset();
  const report = await createIngestion(testDb.db).ingestText('fixture.json', JSON.stringify(fixture()));
  expect(report.status).toBe('CREATED');
  gql = createTestServer(testDb).gql;
}, 120_000);

afterAll(async () => {
  await testDb.close();
});

describe('round trips', () => {
  it('cost the same for an organization with 2 hires and one with 100', async () => {
    const small = await gql(QUERY, { id: 'test-hub-small' });
    const big = await gql(QUERY, { id: 'test-hub-big' });
    expect(small.errors).toBeUndefined();
    expect(big.errors).toBeUndefined();
    expect(small.data.organization.hires).toHaveLength(2);
    expect(big.data.organization.hires).toHaveLength(100);
    expect(big.extensions?.roundTrips).toBe(small.extensions?.roundTrips);
  });

  it('are no more than the depth of the query', async () => {
    // organization → hires → person → employments → organization: depth 5, at most one batch each.
    const big = await gql(QUERY, { id: 'test-hub-big' });
    expect(big.extensions?.roundTrips).toBeLessThanOrEqual(5);
  });

  it('cost one per relation followed: a fact arrives with the entity at its far end', async () => {
    // hires (with the organization and their people), employments (with their organizations).
    const big = await gql(QUERY, { id: 'test-hub-big' });
    expect(big.data.organization.hires[0].person.employments[0].organization.name).toMatch(/^Test Previous/);
    expect(big.extensions?.roundTrips).toBe(2);
  });

  it('cost one for an entity looked up by id with the relations selected on it, through fragments too', async () => {
    const response = await gql(`query ($id: ID!) { organization(id: $id) { name ...Hires ... on Organization { departures { id } } } }
      fragment Hires on Organization { hires(first: 3) { person { name } } }`, { id: 'test-hub-big' });
    expect(response.errors).toBeUndefined();
    expect(response.data.organization.name).toBe('Test Hub Big');
    expect(response.data.organization.hires).toHaveLength(3);
    expect(response.extensions?.roundTrips).toBe(2);
  });

  it('prefetch nothing wrong: a missing id, an id of another type, a bad argument and a skipped field answer as without it', async () => {
    const select = `{ hires(first: 2) { id } }`;
    expect((await gql(`{ organization(id: "test-missing") ${select} }`)).data.organization).toBeNull();
    expect((await gql(`{ organization(id: "test-person-1") ${select} }`)).data.organization).toBeNull();
    expect((await gql(`{ person(id: "test-person-1") { name } }`)).data.person.name).toBe('Test Person 1');
    const bad = await gql(`{ organization(id: "test-hub-big") { name hires(first: 1000) { id } } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const skipped = await gql(`query ($with: Boolean!) { organization(id: "test-hub-big") { name hires @include(if: $with) { id } } }`, { with: false });
    expect(skipped.data.organization).toEqual({ name: 'Test Hub Big' });
  });

  it('resolve both ends of a connections question in one lookup', async () => {
    const paths = await gql(`{ connections(from: "Test Hub Small", to: "test-previous-1", maxHops: 3) { hops steps { from { id } to { id } } } }`);
    expect(paths.errors).toBeUndefined();
    expect(paths.data.connections.length).toBeGreaterThan(0);
    // ends, paths (with the entities on them).
    expect(paths.extensions?.roundTrips).toBe(2);
  });

  it('count a talent flow in one statement and fetch its people only when asked', async () => {
    const counts = await gql(`{ talentFlow(to: "test-hub-big") { from { name } count } }`);
    expect(counts.data.talentFlow).toEqual([{ from: null, count: 100 }]);
    expect(counts.extensions?.roundTrips).toBe(2);
    const people = await gql(`{ talentFlow(to: "test-hub-big") { count people(first: 100) { name } hires(first: 3) { id } } }`);
    expect(people.data.talentFlow[0].people).toHaveLength(100);
    expect(people.data.talentFlow[0].hires).toHaveLength(3);
    expect(people.extensions?.roundTrips).toBe(3);
  });

  it('include the name lookup in the first level', async () => {
    const byName = await gql(`{ organization(name: "test hub big") { hires(first: 100) { person { name } } } }`);
    expect(byName.data.organization.hires).toHaveLength(100);
    expect(byName.extensions?.roundTrips).toBeLessThanOrEqual(3);
  });
});
