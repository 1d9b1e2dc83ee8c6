/**
 * Ingestion against the real embedded Neo4j: rejection without side effects,
 * idempotence, replacing and retracting an article's support, concurrency and
 * order independence. Fixtures are fictional (test/fixtures/news and
 * test/helpers/news-fixtures.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createIngestion } from '../../src/ingest/ingestion';
import type { FileReport } from '../../src/ingest/report';
import { openTestDb, type TestDb } from '../helpers/db';
import { ENTITIES as E, FACTS, FIXTURE_DIR, factIds, makeFixtureDir, newsDocument, writeNews } from '../helpers/news-fixtures';
import { SEED_DIR, ingestFiles, seedFiles } from '../helpers/seed';

let testDb: TestDb;
let dir: string;

beforeAll(async () => {
  testDb = await openTestDb();
});

afterAll(async () => {
  await testDb.close();
});

beforeEach(async () => {
  await testDb.reset();
  dir = makeFixtureDir();
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const SEED_001 = path.join(SEED_DIR, '001-actualitecloud-lazarov.yaml');
const fixture = (name: string) => path.join(FIXTURE_DIR, name);
const ingest = (file: string) => createIngestion(testDb.db).ingestFile(file);

async function node(id: string): Promise<Record<string, any> | undefined> {
  // A live node; a retired one (every claim on it retracted) keeps its id but no type.
  const rows = await testDb.cypher<{ props: Record<string, any> }>('MATCH (n:Node {id: $id}) WHERE n.type IS NOT NULL RETURN properties(n) AS props', { id });
  return rows[0]?.props;
}

async function supporters(id: string): Promise<string[]> {
  const rows = await testDb.cypher<{ article: string }>('MATCH (a:Article)-[:SUPPORTS]->(:Node {id: $id}) RETURN a.id AS article ORDER BY article', { id });
  return rows.map((row) => row.article);
}

async function mentioners(id: string): Promise<string[]> {
  const rows = await testDb.cypher<{ article: string }>('MATCH (a:Article)-[:MENTIONS]->(:Node {id: $id}) RETURN a.id AS article ORDER BY article', { id });
  return rows.map((row) => row.article);
}

/** The claims an article's SUPPORTS edge carries (stored as JSON text). */
async function claimsOf(articleId: string, targetId: string): Promise<Record<string, any> | undefined> {
  const rows = await testDb.cypher<{ claims: string }>('MATCH (:Article {id: $articleId})-[s:SUPPORTS]->(:Node {id: $targetId}) RETURN s.claims AS claims', { articleId, targetId });
  return rows[0] ? JSON.parse(rows[0].claims) : undefined;
}

const statuses = (reports: FileReport[]) => reports.map((report) => report.status);

/** A deterministic shuffle (mulberry32 + Fisher–Yates), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('rejection', () => {
  it('rejects a file with each kind of bad input, reporting every problem with its path and rule, and leaves the graph unchanged', async () => {
    expect((await ingest(SEED_001)).status).toBe('CREATED');
    const before = await testDb.fingerprint();

    const file = fixture('bad-every-rule.yaml');
    const report = await ingest(file);

    expect(report.status).toBe('REJECTED');
    expect(new Set(report.problems.map((p) => p.rule))).toEqual(
      new Set(['invalid-date', 'invalid-amount', 'unknown-value', 'quote-too-long', 'duplicate-id', 'undeclared-entity', 'wrong-type']),
    );
    expect(report.problems.map((p) => `${p.path} ${p.rule}`).sort()).toEqual(
      [
        'article.publishedAt invalid-date',
        'entities[0].kind unknown-value',
        'entities[2].id duplicate-id',
        'facts[0].org undeclared-entity',
        'facts[1].person wrong-type',
        'facts[2].value.amount invalid-amount',
        'facts[3].term.years invalid-amount',
        'facts[3].value.amount invalid-amount',
        'facts[4].value.currency unknown-value',
        'facts[5].evidence.quote quote-too-long',
      ].sort(),
    );
    // Each broken line of the fixture is marked with a "# <rule>" comment: every problem points at one, and every one is reported.
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    for (const problem of report.problems) {
      expect(problem.file).toBe(file);
      expect(problem.message).not.toBe('');
      expect(lines[(problem.line ?? 0) - 1]).toContain(`# ${problem.rule}`);
    }
    expect(report.problems).toHaveLength(lines.filter((line) => / # [a-z-]+/.test(line)).length);

    expect(await testDb.fingerprint()).toEqual(before);
  });

  it('reports a YAML syntax error with its line and writes nothing', async () => {
    await ingest(SEED_001);
    const before = await testDb.fingerprint();

    const report = await ingest(fixture('bad-syntax.yaml'));

    expect(report).toMatchObject({ status: 'REJECTED', articleId: null });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ rule: 'syntax', line: 6, file: fixture('bad-syntax.yaml') });
    expect(await testDb.fingerprint()).toEqual(before);
  });

  it('rejects a new entity whose normalized name equals a stored one of the same type, unless it is marked allowSimilarName', async () => {
    await ingest(SEED_001); // declares OpenAI (id openai)
    const before = await testDb.fingerprint();

    const rejected = await ingest(fixture('similar-name.yaml'));
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.problems).toEqual([expect.objectContaining({ rule: 'duplicate-name', path: 'entities[0].name', line: 12 })]);
    expect(rejected.problems[0].message).toContain('openai');
    expect(await testDb.fingerprint()).toEqual(before);

    const accepted = await ingest(fixture('similar-name-allowed.yaml'));
    expect(accepted).toMatchObject({ status: 'CREATED', problems: [] });
    expect(await node('fixture-open-ai-lookalike')).toMatchObject({ name: 'Open AI', type: 'Organization', allowSimilarName: true });
    expect(await node('openai')).toMatchObject({ name: 'OpenAI', type: 'Organization' });
  });

  it('rejects a declaration whose type conflicts with the stored one and writes nothing', async () => {
    await ingest(SEED_001);
    const before = await testDb.fingerprint();

    const report = await ingest(fixture('type-conflict.yaml'));

    expect(report.status).toBe('REJECTED');
    expect(report.problems).toEqual([expect.objectContaining({ rule: 'type-conflict', path: 'entities[0].type' })]);
    expect(await testDb.fingerprint()).toEqual(before);
    expect((await testDb.cypher<{ labels: string[] }>('MATCH (n:Node {id: "openai"}) RETURN labels(n) AS labels'))[0].labels.sort()).toEqual(['Entity', 'Node', 'Organization']);
  });
});

describe('idempotence and replacement', () => {
  it('reports a re-run as unchanged and writes nothing', async () => {
    const file = writeNews(dir, 'a.yaml', newsDocument('fixture-article-a', '2025-06-10', [E.ada, E.northwind, E.bluefin, E.deal], [FACTS.employment('Chief Scientist'), FACTS.deal(2e9)]));
    expect((await ingest(file)).status).toBe('CREATED');
    const before = await testDb.fingerprint();

    const again = await ingest(file);

    expect(again).toEqual({ file, articleId: 'fixture-article-a', status: 'UNCHANGED', problems: [] });
    expect(await testDb.fingerprint()).toEqual(before);
  });

  it('replaces only its own facts when an article changes', async () => {
    const all = [E.ada, E.northwind, E.bluefin, E.deal];
    const a1 = newsDocument('fixture-article-a', '2025-06-10', all, [FACTS.employment('Chief Scientist'), FACTS.membership(), FACTS.deal(2e9)]);
    const b = newsDocument('fixture-article-b', '2025-05-02', all, [FACTS.employment('Research Lead'), FACTS.deal(1.5e9, 'ABOUT')]);
    // A drops the employment B also supports, drops the membership only A supports, no longer mentions Ada, and changes the deal's value.
    const a2 = newsDocument('fixture-article-a', '2025-06-10', [E.northwind, E.bluefin, E.deal], [FACTS.deal(2.5e9)]);
    const fileA = writeNews(dir, 'a.yaml', a1);
    const fileB = writeNews(dir, 'b.yaml', b);
    expect(statuses(await ingestFiles(testDb.db, [fileA, fileB]))).toEqual(['CREATED', 'CREATED']);
    expect(await node(factIds.employment)).toMatchObject({ title: 'Chief Scientist' });
    expect(await node(E.deal.id)).toMatchObject({ annualizedUsd: 2e9 });

    writeNews(dir, 'a.yaml', a2);
    expect((await ingest(fileA)).status).toBe('UPDATED');

    // B's support and claims remain; the displayed title falls back to B's.
    expect(await supporters(factIds.employment)).toEqual(['fixture-article-b']);
    expect(await claimsOf('fixture-article-b', factIds.employment)).toMatchObject({ title: 'Research Lead' });
    expect(await node(factIds.employment)).toMatchObject({ title: 'Research Lead', current: true });
    expect(await mentioners(E.ada.id)).toEqual(['fixture-article-b']);
    // The fact only A supported is gone.
    expect(await node(factIds.membership)).toBeUndefined();
    // The deal shows A's new value (A is newer); B's claim is kept.
    expect(await supporters(E.deal.id)).toEqual(['fixture-article-a', 'fixture-article-b']);
    expect(JSON.parse((await node(E.deal.id))!.value)).toMatchObject({ amount: 2.5e9, qualifier: 'EXACT' });
    expect(await node(E.deal.id)).toMatchObject({ annualizedUsd: 2.5e9 });
    expect((await claimsOf('fixture-article-b', E.deal.id))!.value).toMatchObject({ amount: 1.5e9, qualifier: 'ABOUT' });
    expect(await supporters(factIds.buyer)).toEqual(['fixture-article-a', 'fixture-article-b']);

    // And the graph is exactly the one a fresh ingest of the new A and B builds.
    const updated = await testDb.fingerprint();
    await testDb.reset();
    await ingestFiles(testDb.db, [fileA, fileB]);
    expect(await testDb.fingerprint()).toEqual(updated);
  });

  it('retracts softly: the claims stay, marked, and stop counting; what the article alone supported leaves the live graph', async () => {
    const a = newsDocument('fixture-article-a', '2025-06-10', [E.ada, E.northwind, E.bluefin, E.kestrel, E.deal], [
      FACTS.employment('Chief Scientist'),
      FACTS.membership(),
      FACTS.stake(),
      FACTS.deal(2e9),
    ]);
    const b = newsDocument('fixture-article-b', '2025-05-02', [E.ada, E.northwind, E.bluefin, E.deal], [FACTS.employment('Research Lead'), FACTS.deal(1.5e9, 'ABOUT')]);
    const fileA = writeNews(dir, 'a.yaml', a);
    const fileB = writeNews(dir, 'b.yaml', b);

    expect(statuses(await ingestFiles(testDb.db, [fileA, fileB]))).toEqual(['CREATED', 'CREATED']);
    const both = await testDb.fingerprint();
    expect(await node(E.kestrel.id)).toBeDefined();

    const report = await createIngestion(testDb.db).retract('fixture-article-a', 'fixture: the page was withdrawn');

    expect(report).toEqual({ file: 'fixture-article-a', articleId: 'fixture-article-a', status: 'RETRACTED', problems: [] });
    // The article stays, marked with the time and the reason; its claims stay on retracted edges.
    const [article] = await testDb.cypher<{ labels: string[]; reason: string; at: string | null }>(
      `MATCH (a:Node {id: 'fixture-article-a'}) RETURN labels(a) AS labels, a.retractionReason AS reason, a.retractedAt AS at`,
    );
    expect(article.labels.sort()).toEqual(['Node', 'RetractedArticle']);
    expect(article.reason).toBe('fixture: the page was withdrawn');
    expect(article.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const [kept] = await testDb.cypher<{ n: number }>(`MATCH (:RetractedArticle {id: 'fixture-article-a'})-[r:RETRACTED_SUPPORTS|RETRACTED_MENTIONS]->() RETURN count(r) AS n`);
    expect(kept.n).toBeGreaterThan(0);
    // What A alone supported or mentioned is no longer a live node; it keeps its id and its retracted claims only.
    expect(await node(E.kestrel.id)).toBeUndefined();
    expect(await node(factIds.stake)).toBeUndefined();
    expect(await node(factIds.membership)).toBeUndefined();
    const [retired] = await testDb.cypher<{ labels: string[] }>(`MATCH (n:Node {id: $id}) RETURN labels(n) AS labels`, { id: E.kestrel.id });
    expect(retired.labels.sort()).toEqual(['Node', 'Retracted']);
    // What B also supports or mentions stays, showing B's values now.
    for (const entity of [E.ada, E.northwind, E.bluefin, E.deal]) expect(await mentioners(entity.id)).toEqual(['fixture-article-b']);
    expect(await node(factIds.employment)).toMatchObject({ title: 'Research Lead' });
    expect(JSON.parse((await node(E.deal.id))!.annualized)).toMatchObject({ amountUsd: 1.5e9, qualifier: 'ABOUT' });

    const again = await createIngestion(testDb.db).retract('fixture-article-a');
    expect(again.status).toBe('REJECTED');
    expect(again.problems).toEqual([expect.objectContaining({ rule: 'not-found' })]);

    // Ingesting the article again restores the graph exactly (recording times aside).
    expect(statuses(await ingestFiles(testDb.db, [fileA]))).toEqual(['UPDATED']);
    expect(await testDb.fingerprint()).toEqual(both);
  });
});

describe('concurrency and order', () => {
  it('creates no duplicates from eight parallel ingests of overlapping files', async () => {
    const files = Array.from({ length: 8 }, (_, i) =>
      writeNews(
        dir,
        `parallel-${i}.yaml`,
        newsDocument(`fixture-parallel-${i}`, `2025-0${i + 1}-15`, [E.ada, E.northwind, E.bluefin, E.deal, E.lighthouse], [
          FACTS.employment('Research Lead'),
          FACTS.deal(1e9 * (i + 1)),
          FACTS.participation(),
        ]),
      ),
    );

    const reports = await Promise.all(files.map((file) => createIngestion(testDb.db).ingestFile(file)));

    expect(reports.flatMap((r) => r.problems)).toEqual([]);
    expect(statuses(reports)).toEqual(Array(8).fill('CREATED'));
    const counts = await testDb.cypher<{ id: string; n: number }>('MATCH (n:Node) RETURN n.id AS id, count(*) AS n ORDER BY id');
    expect(counts.filter((row) => row.n !== 1)).toEqual([]);
    expect(counts.map((row) => row.id)).toEqual(
      [
        ...files.map((_, i) => `fixture-parallel-${i}`),
        E.ada.id, E.northwind.id, E.bluefin.id, E.deal.id, E.lighthouse.id,
        factIds.employment, factIds.buyer, factIds.provider, factIds.participation,
      ].sort(),
    );
    const duplicateKeys = await testDb.cypher('MATCH (k:NameKey) WITH k.key AS key, count(*) AS n WHERE n > 1 RETURN key');
    expect(duplicateKeys).toEqual([]);
    const duplicateRels = await testDb.cypher('MATCH (a)-[r]->(b) WITH a, type(r) AS type, b, count(r) AS n WHERE n > 1 RETURN a.id AS from, type, b.id AS to');
    expect(duplicateRels).toEqual([]);
    expect(await supporters(factIds.employment)).toHaveLength(8);

    // The same graph as ingesting them one by one.
    const parallel = await testDb.fingerprint();
    await testDb.reset();
    await ingestFiles(testDb.db, files);
    expect(await testDb.fingerprint()).toEqual(parallel);
  });

  // The races are decided by which transaction locks the article first; a few rounds give each interleaving a chance.
  const ROUNDS = 4;

  it('reports exactly one CREATED, the rest UNCHANGED, when the same new article arrives 10 times at once', async () => {
    const file = writeNews(dir, 'same.yaml', newsDocument('fixture-same', '2025-07-04', [E.ada, E.northwind], [FACTS.employment('Research Lead')]));
    for (let round = 0; round < ROUNDS; round += 1) {
      await testDb.reset();
      const reports = await Promise.all(Array.from({ length: 10 }, () => createIngestion(testDb.db).ingestFile(file)));
      expect(statuses(reports).sort()).toEqual(['CREATED', ...Array(9).fill('UNCHANGED')]);
      expect(await testDb.cypher('MATCH (n:Node) WITH n.id AS id, count(*) AS n WHERE n > 1 RETURN id')).toEqual([]);
    }
  });

  it('reports one CREATED and one UPDATED when two versions of a new article arrive together, and keeps the one written last', async () => {
    const versions = ['Research Lead', 'Chief Scientist'].map((title, i) =>
      writeNews(dir, `version-${i}.yaml`, newsDocument('fixture-versions', '2025-07-04', [E.ada, E.northwind], [FACTS.employment(title)])),
    );
    for (let round = 0; round < ROUNDS; round += 1) {
      await testDb.reset();
      const reports = await Promise.all(versions.map((file) => createIngestion(testDb.db).ingestFile(file)));
      expect(statuses(reports).sort()).toEqual(['CREATED', 'UPDATED']);
      // The UPDATED one committed second, so its version is the one stored.
      const updated = versions[reports.findIndex((report) => report.status === 'UPDATED')];
      const [{ title }] = await testDb.cypher<{ title: string }>('MATCH (e:Employment {id: $id}) RETURN e.title AS title', { id: factIds.employment });
      expect(updated).toContain(title === 'Research Lead' ? 'version-0' : 'version-1');
      // Either order leaves the graph a one-by-one ingest of the two would leave.
      const together = await testDb.fingerprint();
      await testDb.reset();
      await ingestFiles(testDb.db, updated === versions[1] ? versions : [...versions].reverse());
      expect(await testDb.fingerprint()).toEqual(together);
    }
  });

  it(
    'builds the same graph whatever the file order',
    async () => {
      const files = seedFiles();
      const sortedReports = await ingestFiles(testDb.db, files);
      expect(sortedReports.filter((r) => r.status !== 'CREATED')).toEqual([]);
      const sorted = await testDb.fingerprint();

      await testDb.reset();
      const order = shuffled(files, 20250704);
      expect(order).not.toEqual(files);
      const shuffledReports = await ingestFiles(testDb.db, order);
      expect(shuffledReports.filter((r) => r.status !== 'CREATED')).toEqual([]);
      const reordered = await testDb.fingerprint();

      expect(reordered.labels).toEqual(sorted.labels);
      expect(reordered.types).toEqual(sorted.types);
      expect(reordered.hash).toBe(sorted.hash);
    },
    300_000,
  );
});
