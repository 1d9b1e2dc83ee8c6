/**
 * The ingestArticle and retractArticle mutations, in-process against the real
 * embedded Neo4j: bearer-token protection (HTTP 401, nothing written) and the
 * same reports and graph as the CLI path.
 */
import fs from 'node:fs';
import YAML from 'yaml';
import { createIngestion } from '../../src/ingest/ingestion';
import { openTestDb, type TestDb } from '../helpers/db';
import { ENTITIES as E, FACTS, factIds, makeFixtureDir, newsDocument, writeNews } from '../helpers/news-fixtures';
import { createTestServer } from '../helpers/server';
import { ALIAS_BOMB } from '../helpers/hostile-yaml';

const TOKEN = 'a-test-token-of-32-characters!!';

const INGEST = /* GraphQL */ `
  mutation Ingest($document: String!, $format: DocumentFormat) {
    ingestArticle(document: $document, format: $format) { articleId status problems { line path rule message } }
  }
`;
const RETRACT = /* GraphQL */ `
  mutation Retract($id: ID!) {
    retractArticle(id: $id) { articleId status problems { line path rule message } }
  }
`;

const DOCUMENT = newsDocument('fixture-api-article', '2025-07-04', [E.ada, E.northwind, E.bluefin, E.deal], [FACTS.employment('Research Lead'), FACTS.deal(1e9)]);
const YAML_TEXT = `# TEST FIXTURE: fictional entities and URLs, no real facts.\n${YAML.stringify(DOCUMENT)}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let testDb: TestDb;
let gql: ReturnType<typeof createTestServer>['gql'];

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

describe('the ingestArticle mutation', () => {
  it('ingests a document with the bearer token and reports it like the CLI, then reports a second call as unchanged', async () => {
    const first = await gql(INGEST, { document: YAML_TEXT }, bearer(TOKEN));
    expect(first.status).toBe(200);
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestArticle).toEqual({ articleId: 'fixture-api-article', status: 'CREATED', problems: [] });
    expect(await testDb.cypher('MATCH (n:Node {id: $id}) RETURN n.id AS id', { id: factIds.employment })).toHaveLength(1);

    const second = await gql(INGEST, { document: YAML_TEXT }, bearer(TOKEN));
    expect(second.data.ingestArticle).toEqual({ articleId: 'fixture-api-article', status: 'UNCHANGED', problems: [] });
  });

  it('reports the same problems as the CLI for a rejected document', async () => {
    const bad = YAML_TEXT.replace('publishedAt: 2025-07-04', 'publishedAt: 2025-13').replace(`org: ${E.northwind.id}`, 'org: fixture-ghost');
    expect(bad).not.toBe(YAML_TEXT);

    const response = await gql(INGEST, { document: bad }, bearer(TOKEN));
    const cli = await createIngestion(testDb.db).ingestText('document.yaml', bad);

    expect(cli.status).toBe('REJECTED');
    expect(response.data.ingestArticle).toEqual({
      articleId: null,
      status: 'REJECTED',
      problems: cli.problems.map(({ line, path, rule, message }) => ({ line: line ?? null, path, rule, message })),
    });
    expect(response.data.ingestArticle.problems.map((p: any) => p.rule).sort()).toEqual(['invalid-date', 'undeclared-entity']);
    expect(response.data.ingestArticle.problems.every((p: any) => typeof p.line === 'number')).toBe(true);
  });

  it('rejects a YAML alias bomb as a syntax problem and writes nothing', async () => {
    const before = await testDb.fingerprint();
    const response = await gql(INGEST, { document: ALIAS_BOMB }, bearer(TOKEN));
    expect(response.errors).toBeUndefined();
    expect(response.data.ingestArticle).toEqual({ articleId: null, status: 'REJECTED', problems: [expect.objectContaining({ path: '', rule: 'syntax' })] });
    expect(await testDb.fingerprint()).toEqual(before);
  });

  it('accepts JSON documents', async () => {
    const response = await gql(INGEST, { document: JSON.stringify(DOCUMENT), format: 'JSON' }, bearer(TOKEN));
    expect(response.data.ingestArticle).toEqual({ articleId: 'fixture-api-article', status: 'CREATED', problems: [] });
  });

  it.each([
    ['without a token', TOKEN, {}],
    ['with a wrong token', TOKEN, bearer('not-the-token-but-32-characters!')],
    ['with a token that is not a bearer token', TOKEN, { authorization: TOKEN }],
    ['when the server has no token', undefined, bearer(TOKEN)],
  ])('refuses to ingest %s with HTTP 401 and writes nothing', async (_case, serverToken, headers) => {
    const server = createTestServer(testDb, { adminToken: serverToken });
    if (serverToken === undefined) expect(testDb.config.adminToken).toBeNull();
    const before = await testDb.fingerprint();

    const response = await server.gql(INGEST, { document: YAML_TEXT }, headers as Record<string, string>);

    expect(response.status).toBe(401);
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await testDb.fingerprint()).toEqual(before);
  });

  it('builds the same graph as the CLI for the same document', async () => {
    const response = await gql(INGEST, { document: YAML_TEXT }, bearer(TOKEN));
    expect(response.data.ingestArticle.status).toBe('CREATED');
    const viaApi = await testDb.fingerprint();

    await testDb.reset();
    const dir = makeFixtureDir();
    try {
      const report = await createIngestion(testDb.db).ingestFile(writeNews(dir, 'document.yaml', YAML_TEXT));
      expect(report.status).toBe('CREATED');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }

    expect((await testDb.fingerprint()).hash).toBe(viaApi.hash);
  });
});

describe('the retractArticle mutation', () => {
  it('retracts an article with the bearer token', async () => {
    await gql(INGEST, { document: YAML_TEXT }, bearer(TOKEN));

    const response = await gql(RETRACT, { id: 'fixture-api-article' }, bearer(TOKEN));

    expect(response.errors).toBeUndefined();
    expect(response.data.retractArticle).toEqual({ articleId: 'fixture-api-article', status: 'RETRACTED', problems: [] });
    // It was the only article: nothing it supported or mentioned is live; the article and its claims stay, retracted.
    expect(await testDb.cypher('MATCH (n) WHERE n:Entity OR n:Fact OR n:Article RETURN n')).toEqual([]);
    const [article] = await testDb.cypher<{ labels: string[] }>(`MATCH (n:Node {id: 'fixture-api-article'}) RETURN labels(n) AS labels`);
    expect(article.labels).toContain('RetractedArticle');
  });

  it('refuses to retract without the token and keeps the article', async () => {
    await gql(INGEST, { document: YAML_TEXT }, bearer(TOKEN));
    const before = await testDb.fingerprint();

    const response = await gql(RETRACT, { id: 'fixture-api-article' });

    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await testDb.fingerprint()).toEqual(before);
  });

  it('reports an unknown article as rejected with the not-found rule', async () => {
    const response = await gql(RETRACT, { id: 'fixture-no-such-article' }, bearer(TOKEN));
    expect(response.data.retractArticle).toMatchObject({ status: 'REJECTED', problems: [{ rule: 'not-found', path: '' }] });
  });
});
