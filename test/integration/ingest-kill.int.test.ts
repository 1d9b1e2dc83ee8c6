/**
 * An ingestion killed at a random moment, then rerun, ends identical to a
 * clean run: one transaction per file means no half-present article, and the
 * change feed, written in the same transactions, holds the same events.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { openTestDb, type TestDb } from '../helpers/db';
import { ingestFiles, seedFiles } from '../helpers/seed';

const ROOT = path.resolve(__dirname, '..', '..');
let testDb: TestDb;

beforeAll(async () => {
  testDb = await openTestDb();
});

afterAll(async () => {
  await testDb.close();
});

/**
 * Runs `npm run ingest` on `files` as a separate process. With `killAt`, kills it with SIGKILL as soon as that many
 * articles are committed: a point inside the run whatever the machine's speed (a fixed delay was sometimes too late).
 */
function runCli(files: string[], killAt?: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', '--quiet', ...files], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: process.env.KB_TEST_NEO4J_URI },
      stdio: 'ignore',
    });
    let done = false;
    const watch = async () => {
      while (!done && killAt !== undefined) {
        const [row] = await testDb.cypher<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
        if (row.n >= killAt) {
          child.kill('SIGKILL');
          return;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    void watch();
    child.on('exit', (code) => {
      done = true;
      resolve(code);
    });
  });
}

/** The feed without its times: what each event says, in order, and whether its numbers run 1, 2, 3… without a gap. */
async function feed(): Promise<{ events: unknown[]; gapFree: boolean; next: number | null }> {
  const rows = await testDb.cypher<{ seq: number; event: unknown }>(
    'MATCH (e:ChangeEvent) RETURN e.seq AS seq, [e.kind, e.articleId, e.targetId, e.targetType, e.field, e.before, e.after] AS event ORDER BY e.seq',
  );
  const [sequence] = await testDb.cypher<{ next: number | null }>("OPTIONAL MATCH (c:ChangeSequence {id: 'changes'}) RETURN c.next AS next");
  return { events: rows.map((r) => r.event), gapFree: rows.every((r, i) => r.seq === i + 1), next: sequence.next };
}

describe('an ingestion killed at random', () => {
  it('ends identical to a clean run once rerun, change feed included', async () => {
    const files = seedFiles().slice(0, 24);
    await testDb.reset();
    await ingestFiles(testDb.db, files);
    const clean = await testDb.fingerprint();
    const cleanFeed = await feed();
    expect(cleanFeed.gapFree).toBe(true);
    expect(cleanFeed.next).toBe(cleanFeed.events.length);
    expect(cleanFeed.events.length).toBeGreaterThan(files.length);

    // Kill points spread over the run: after 2, 9 and 17 of the 24 articles are committed.
    for (const killAt of [2, 9, 17]) {
      await testDb.reset();
      await runCli(files, killAt);
      const partial = await testDb.cypher<{ articles: number; orphans: number }>(
        'MATCH (a:Article) WITH count(a) AS articles OPTIONAL MATCH (f:Fact) WHERE NOT EXISTS { (:Article)-[:SUPPORTS]->(f) } RETURN articles, count(f) AS orphans',
      );
      expect(partial[0].orphans).toBe(0);
      expect(partial[0].articles).toBeLessThan(files.length);
      expect(await runCli(files)).toBe(0);
      expect(await testDb.fingerprint()).toEqual(clean);
      // No event lost with the killed transaction, none invented by the rerun (its first files are UNCHANGED).
      expect(await feed()).toEqual(cleanFeed);
    }
  }, 300_000);
});
