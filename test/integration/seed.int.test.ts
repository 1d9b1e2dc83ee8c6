/**
 * The seed at start against the real embedded Neo4j, with a write timeout made to fire: another transaction holds the
 * lock one file's write needs, as a slow write on a cold JVM would, for a while or for good.
 */
import fs from 'node:fs';
import type { Transaction } from 'neo4j-driver';
import { createIngestion } from '../../src/ingest/ingestion';
import { seedFiles } from '../../src/ingest/seed';
import type { Db } from '../../src/neo4j/driver';
import { createServer } from '../../src/server';
import { openTestDb, type TestDb } from '../helpers/db';
import { ENTITIES as E, FACTS, makeFixtureDir, newsDocument, writeNews } from '../helpers/news-fixtures';

const WRITE_TIMEOUT_MS = 300;

let testDb: TestDb;
let dir: string;
let files: string[];
/** The test's Db, with the short write timeout the seed runs under. */
let db: Db;

beforeAll(async () => {
  testDb = await openTestDb();
  db = { ...testDb.db, writeTimeoutMs: WRITE_TIMEOUT_MS };
});

afterAll(async () => {
  await testDb.close();
});

beforeEach(async () => {
  await testDb.reset();
  dir = makeFixtureDir();
  files = [1, 2, 3].map((i) => writeNews(dir, `seed-${i}.yaml`, newsDocument(`fixture-seed-${i}`, `2025-0${i}-01`, [E.ada, E.northwind], [FACTS.employment(`Title ${i}`)])));
  // Warm: the first writes of a cold test JVM can take longer than the short timeout by themselves.
  await createIngestion(testDb.db).ingestFile(files[0]);
  await testDb.reset();
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Holds the write lock on article `id` (its MERGE key) in an open transaction until `release` is called. */
async function holdArticle(id: string): Promise<{ release(): Promise<void> }> {
  const session = testDb.driver.session({ database: testDb.db.database });
  const tx: Transaction = session.beginTransaction();
  await tx.run('MERGE (n:Node {id: $id}) SET n.heldByTest = true', { id });
  return {
    async release() {
      await tx.rollback();
      await session.close();
    },
  };
}

const articles = async () => (await testDb.cypher<{ id: string }>('MATCH (a:Article) RETURN a.id AS id ORDER BY id')).map((row) => row.id);

describe('the seed at start', () => {
  it('retries a write that timed out, with backoff, and seeds every file', async () => {
    const lines: string[] = [];
    const held = await holdArticle('fixture-seed-2');
    // Released once its first attempt has timed out (the seed says it will retry), before the retries run out.
    let released: Promise<void> | null = null;
    const log = (line: string) => {
      lines.push(line);
      if (line.includes('seed-2.yaml') && /retry/i.test(line)) released ??= held.release();
    };

    const outcome = await seedFiles(createIngestion(db), files, { log, writeTimeoutMs: WRITE_TIMEOUT_MS, backoffMs: 500 });
    await (released ?? held.release());

    expect(outcome).toEqual({ counts: { CREATED: 3 }, failed: [], complete: true });
    expect(lines.some((line) => line.includes('seed-2.yaml') && /retry/i.test(line))).toBe(true);
    expect(await articles()).toEqual(['fixture-seed-1', 'fixture-seed-2', 'fixture-seed-3']);
  });

  it('gives up on a file after a bounded number of tries, naming it and KB_WRITE_TIMEOUT_MS, and seeds the others', async () => {
    const lines: string[] = [];
    const held = await holdArticle('fixture-seed-2');
    try {
      const started = Date.now();
      const outcome = await seedFiles(createIngestion(db), files, { log: (line) => lines.push(line), writeTimeoutMs: WRITE_TIMEOUT_MS, attempts: 3, backoffMs: 100 });
      // Three attempts of 300 ms, 100 + 200 ms apart, and two quick files: bounded, not a hang.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(outcome.complete).toBe(false);
      expect(outcome.counts).toEqual({ CREATED: 2 });
      expect(outcome.failed).toEqual([{ file: files[1], reason: expect.stringContaining(`${WRITE_TIMEOUT_MS} ms`) }]);
      const gaveUp = lines.find((line) => line.includes('gave up'));
      expect(gaveUp).toContain(files[1]);
      expect(gaveUp).toContain('KB_WRITE_TIMEOUT_MS');
      expect(gaveUp).toContain('3 attempts');
    } finally {
      await held.release();
    }
    expect(await articles()).toEqual(['fixture-seed-1', 'fixture-seed-3']);
  });

  it('leaves /readyz answering 200, reporting the seed incomplete and which files are missing', async () => {
    const yoga = createServer({ db, config: testDb.config, log: () => undefined, readiness: () => ({ seed: 'incomplete', seedFailed: ['seed-2.yaml'] }) });
    const response = await yoga.fetch('http://kb.test/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', seed: 'incomplete', seedFailed: ['seed-2.yaml'] });
  });
});
