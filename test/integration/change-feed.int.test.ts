/**
 * The change feed against the real graph: what an ingestion, a changed version of the same article and a retraction
 * record, in order, through the `changes` query; an unchanged ingestion records nothing.
 */
import YAML from 'yaml';
import { openTestDb, type TestDb } from '../helpers/db';
import { ENTITIES as E, FACTS, factIds, newsDocument } from '../helpers/news-fixtures';
import { createTestServer } from '../helpers/server';

const TOKEN = 'a-test-token-of-32-characters!!';
const bearer = { authorization: `Bearer ${TOKEN}` };

const INGEST = /* GraphQL */ `
  mutation Ingest($document: String!) { ingestArticle(document: $document) { status } }
`;
const RETRACT = /* GraphQL */ `
  mutation Retract($id: ID!) { retractArticle(id: $id) { status } }
`;
const CHANGES = /* GraphQL */ `
  query Changes($since: String, $first: Int, $after: String) {
    changes(since: $since, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { seq at kind articleId article { id } targetId targetType target { id } field before after } }
    }
  }
`;

const yaml = (amount: number, title: string) =>
  `# TEST FIXTURE: fictional entities and URLs, no real facts.\n${YAML.stringify(
    newsDocument('fixture-feed-article', '2025-07-04', [E.ada, E.northwind, E.bluefin, E.deal], [FACTS.employment(title), FACTS.deal(amount)]),
  )}`;

let testDb: TestDb;
let gql: ReturnType<typeof createTestServer>['gql'];

type Event = { seq: number; at: string; kind: string; articleId: string; article: { id: string } | null; targetId: string | null; targetType: string | null; target: { id: string } | null; field: string | null; before: string | null; after: string | null };

async function allChanges(): Promise<Event[]> {
  const answer = await gql(CHANGES, { first: 100 });
  expect(answer.errors).toBeUndefined();
  return answer.data.changes.edges.map((e: { node: Event }) => e.node);
}

beforeAll(async () => {
  testDb = await openTestDb();
  gql = createTestServer(testDb, { adminToken: TOKEN }).gql;
});

afterAll(async () => {
  await testDb.close();
});

beforeEach(async () => {
  await testDb.reset();
});

describe('the change feed', () => {
  it('records a new article\'s entities, facts and claims, numbered from 1, each with its article', async () => {
    expect((await gql(INGEST, { document: yaml(1e9, 'Research Lead') }, bearer)).data.ingestArticle.status).toBe('CREATED');
    const events = await allChanges();
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(new Set(events.map((e) => e.articleId))).toEqual(new Set(['fixture-feed-article']));
    expect(events.every((e) => e.article?.id === 'fixture-feed-article')).toBe(true);
    const of = (kind: string) => events.filter((e) => e.kind === kind).map((e) => e.targetId).sort();
    expect(of('ENTITY_ADDED')).toEqual([E.ada.id, E.bluefin.id, E.deal.id, E.northwind.id].sort());
    expect(of('FACT_ADDED')).toEqual([factIds.buyer, factIds.employment, factIds.provider].sort());
    expect(of('CLAIM_ADDED')).toEqual(expect.arrayContaining([factIds.employment, E.deal.id]));
    // Kinds come in their listed order within one write.
    const order = ['ENTITY_ADDED', 'FACT_ADDED', 'CLAIM_ADDED'];
    expect(events.map((e) => e.kind)).toEqual([...events.map((e) => e.kind)].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('records nothing for an unchanged ingestion, and the value before and after for a changed one', async () => {
    await gql(INGEST, { document: yaml(1e9, 'Research Lead') }, bearer);
    const first = await allChanges();
    expect((await gql(INGEST, { document: yaml(1e9, 'Research Lead') }, bearer)).data.ingestArticle.status).toBe('UNCHANGED');
    expect(await allChanges()).toEqual(first);

    expect((await gql(INGEST, { document: yaml(2e9, 'Chief Scientist') }, bearer)).data.ingestArticle.status).toBe('UPDATED');
    const added = (await allChanges()).slice(first.length);
    expect(added[0].seq).toBe(first.length + 1);
    const title = added.find((e) => e.kind === 'VALUE_CHANGED' && e.targetId === factIds.employment && e.field === 'title');
    expect(title).toMatchObject({ before: '"Research Lead"', after: '"Chief Scientist"', targetType: 'Employment' });
    const value = added.find((e) => e.kind === 'VALUE_CHANGED' && e.targetId === E.deal.id && e.field === 'value');
    expect(JSON.parse(value!.before!)).toMatchObject({ amount: 1e9, period: 'PER_YEAR' });
    expect(JSON.parse(value!.after!)).toMatchObject({ amount: 2e9, period: 'PER_YEAR' });
    // The changed claims are new claims; nothing was added or removed.
    expect(added.filter((e) => e.kind === 'CLAIM_ADDED').map((e) => e.targetId)).toEqual(expect.arrayContaining([factIds.employment, E.deal.id]));
    expect(added.filter((e) => /_(ADDED|REMOVED)$/.test(e.kind) && e.kind !== 'CLAIM_ADDED')).toEqual([]);
  });

  it('records a retraction first, then what left the live graph with it', async () => {
    await gql(INGEST, { document: yaml(1e9, 'Research Lead') }, bearer);
    const before = (await allChanges()).length;
    expect((await gql(RETRACT, { id: 'fixture-feed-article' }, bearer)).data.retractArticle.status).toBe('RETRACTED');
    const added = (await allChanges()).slice(before);
    expect(added[0]).toMatchObject({ kind: 'RETRACTED', articleId: 'fixture-feed-article', targetId: null });
    expect(added.filter((e) => e.kind === 'ENTITY_REMOVED').map((e) => e.targetId).sort()).toEqual([E.ada.id, E.bluefin.id, E.deal.id, E.northwind.id].sort());
    expect(added.filter((e) => e.kind === 'FACT_REMOVED').map((e) => e.targetId).sort()).toEqual([factIds.buyer, factIds.employment, factIds.provider].sort());
    // A target no longer live resolves to null; its id and type stay in the event.
    expect(added.filter((e) => e.targetId !== null).every((e) => e.target === null && e.targetType !== null)).toBe(true);
  });

  it('pages in order with cursors and filters by the time recorded', async () => {
    await gql(INGEST, { document: yaml(1e9, 'Research Lead') }, bearer);
    const all = await allChanges();
    const firstPage = await gql(CHANGES, { first: 3 });
    expect(firstPage.data.changes.totalCount).toBe(all.length);
    expect(firstPage.data.changes.pageInfo.hasNextPage).toBe(true);
    const next = await gql(CHANGES, { first: 3, after: firstPage.data.changes.pageInfo.endCursor });
    expect(next.data.changes.edges.map((e: { node: Event }) => e.node.seq)).toEqual([4, 5, 6]);

    const recorded = all[0].at;
    expect((await gql(CHANGES, { since: recorded.slice(0, 10) })).data.changes.totalCount).toBe(all.length);
    expect((await gql(CHANGES, { since: '2999-01-01T00:00:00Z' })).data.changes.totalCount).toBe(0);
  });

  it.each(['yesterday', '2026-02-30T00:00:00Z', '2026-12-01 09:30', '2026-13'])('refuses since: %s with BAD_USER_INPUT', async (since) => {
    const answer = await gql(CHANGES, { since });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'since' });
  });
});
