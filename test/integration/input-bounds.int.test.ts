/**
 * Every value a client sends is checked before Cypher sees it: a forged cursor or a search text that Lucene would
 * expand past its clause limit is a BAD_USER_INPUT answer, never an internal error from Neo4j. Against the real
 * embedded Neo4j, through the whole server.
 */
import fc from 'fast-check';
import { encodeCursor, toLuceneQuery } from '../../src/service/read-service';
import { LIMITS } from '../../src/limits';
import { openTestDb, type TestDb } from '../helpers/db';
import { createTestServer } from '../helpers/server';

let testDb: TestDb;
let gql: ReturnType<typeof createTestServer>['gql'];

beforeAll(async () => {
  testDb = await openTestDb();
  await testDb.reset();
  await testDb.cypher(
    `UNWIND range(1, 3) AS i
     CREATE (:Node:Entity:Organization {id: 'test-bounds-org-' + i, type: 'Organization', name: 'Bounds Org ' + i, normName: 'bounds org ' + i, aliases: [], searchText: 'Bounds Org ' + i})`,
  );
  gql = createTestServer(testDb).gql;
});

afterAll(async () => {
  await testDb.close();
});

const forged = (text: string) => Buffer.from(text).toString('base64url');
const CONNECTION_FIELDS = ['organizations', 'people', 'projects', 'sites', 'deals', 'articles'];

describe('a forged page cursor', () => {
  const cases: Array<[string, string]> = [
    ['offset:2147483647 (the last 32-bit integer)', forged('offset:2147483647')],
    ['offset:9007199254740993 (past the safe integers)', forged('offset:9007199254740993')],
    ['offset:1e300', forged('offset:1e300')],
    ['offset:1e3 (an integer, not written as we write it)', forged('offset:1e3')],
    ['offset:0x10', forged('offset:0x10')],
    ['offset:-1', forged('offset:-1')],
    ['offset: 5', forged('offset: 5')],
    ['one past the documented bound', forged(`offset:${LIMITS.cursorOffset.max + 1}`)],
    ['a valid cursor with trailing garbage', `${encodeCursor(1)}!!`],
    ['a very long cursor', forged(`offset:${'9'.repeat(10_000)}`)],
  ];

  it.each(cases)('%s is BAD_USER_INPUT on every connection field', async (_name, cursor) => {
    for (const field of CONNECTION_FIELDS) {
      const response = await gql(`query($after: String) { ${field}(after: $after) { totalCount edges { cursor } } }`, { after: cursor });
      expect(response.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) })]);
    }
  });

  it('at the documented bound is accepted: an empty page after the end', async () => {
    const response = await gql(`query($after: String) { organizations(after: $after) { totalCount edges { cursor } } }`, { after: encodeCursor(LIMITS.cursorOffset.max) });
    expect(response.errors).toBeUndefined();
    expect(response.data.organizations).toEqual({ totalCount: 3, edges: [] });
  });

  it('that the server issued pages on as before', async () => {
    const first = await gql('{ organizations(first: 2) { edges { cursor node { id } } pageInfo { endCursor hasNextPage } } }');
    expect(first.data.organizations.pageInfo.hasNextPage).toBe(true);
    const next = await gql(`query($after: String) { organizations(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }`, { after: first.data.organizations.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data.organizations).toEqual({ edges: [{ node: { id: 'test-bounds-org-3' } }], pageInfo: { hasNextPage: false } });
  });
});

describe('a deal value bound', () => {
  it.each([[-1], [1e16], [1e308]])('of %d is BAD_USER_INPUT', async (value) => {
    for (const name of ['minAnnualizedUsd', 'maxAnnualizedUsd']) {
      const response = await gql(`query($value: Float) { deals(filter: { ${name}: $value }) { totalCount } }`, { value });
      expect(response.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: name }) })]);
    }
  });

  it('within 0 to 1e15 is accepted', async () => {
    const response = await gql('{ deals(filter: { minAnnualizedUsd: 0, maxAnnualizedUsd: 1e15 }) { totalCount } }');
    expect(response.errors).toBeUndefined();
  });
});

describe('a search text', () => {
  const search = (text: string) => gql('query($text: String!) { search(text: $text) { __typename ... on Organization { id } } }', { text });
  const badInput = { extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'text' }) };

  it.each([
    ['1,025 comma-separated words (2,049 characters)', Array(1025).fill('x').join(',')],
    ['one 900 KB word', 'x'.repeat(900_000)],
    [`one character over ${LIMITS.searchText.max}`, 'x'.repeat(LIMITS.searchText.max + 1)],
    ['under the cap, but over it once NFKC-normalized (each ﷺ is 18 characters)', '\uFDFA'.repeat(100)],
  ])('of %s is BAD_USER_INPUT, not an error from Lucene', async (_name, text) => {
    const response = await search(text);
    expect(response.errors).toEqual([expect.objectContaining(badInput)]);
  });

  it.each([
    ['as many comma-separated words as fit', Array(LIMITS.searchText.max / 2).fill('x').join(',')],
    ['one word as long as the cap (Lucene cuts tokens at 255)', 'x'.repeat(LIMITS.searchText.max)],
    ['ideographs, each one a Lucene term', '中'.repeat(LIMITS.searchText.max)],
    ['letters and digits joined by dots, which Lucene splits', 'a.1.'.repeat(LIMITS.searchText.max / 4)],
    ['Lucene syntax', '+bounds -org && || ! ( ) { } [ ] ^ " ~ * ? : \\ / AND OR NOT TO'],
  ])('of %s at the cap is answered', async (_name, text) => {
    const response = await search(text);
    expect(response.errors).toBeUndefined();
  });

  it('finds what it found before: every word, whatever the punctuation between them', async () => {
    for (const text of ['Bounds Org 2', 'bounds,org,2', 'Bounds-Org (2)', '"bounds" org: 2']) {
      expect((await search(text)).data.search).toEqual([{ __typename: 'Organization', id: 'test-bounds-org-2' }]);
    }
  });
});

describe('search terms', () => {
  it('are cut where the full-text index cut the text: a text always finds the node it was indexed on', async () => {
    // Letters, digits, the punctuation the tokenizer keeps between some of them, separators, ideographs, accents; the
    // letters never spell one of the analyzer's English stop words ("a", "be", ...), which no query can find.
    const unit = fc.constantFrom('x', 'K', 'é', 'ß', 'z', '1', '9', '.', ',', "'", '’', ':', ';', '-', '_', ' ', '/', '中', 'の', 'カ', 'ﬁ', '①');
    await fc.assert(
      fc.asyncProperty(fc.array(unit, { minLength: 1, maxLength: 40 }).map((units) => units.join('')), async (text) => {
        const query = toLuceneQuery(text);
        fc.pre(query !== null);
        // Indexed as the query sees it (NFKC), so this checks where the two cut, not how they normalize.
        await testDb.cypher("MERGE (n:Node:Entity:Organization {id: 'test-bounds-tokens'}) SET n.type = 'Organization', n.name = 'Tokens', n.searchText = $text", { text: text.normalize('NFKC') });
        const rows = await testDb.cypher<{ id: string }>("CALL db.index.fulltext.queryNodes('search', $query) YIELD node RETURN node.id AS id", { query });
        expect(rows.map((row) => row.id)).toContain('test-bounds-tokens');
      }),
      { numRuns: 150, seed: 1025 },
    );
    await testDb.cypher("MATCH (n:Node {id: 'test-bounds-tokens'}) DETACH DELETE n");
  }, 60_000);
});
