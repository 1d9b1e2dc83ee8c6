/**
 * An ingestion killed at a random moment, then rerun, ends identical to a
 * clean run: one transaction per file means no half-present article.
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

/** Runs `npm run ingest` on `files` as a separate process; kills it with SIGKILL after `killAfterMs` when given. */
function runCli(files: string[], killAfterMs?: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', '--quiet', ...files], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: process.env.KB_TEST_NEO4J_URI },
      stdio: 'ignore',
    });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('an ingestion killed at random', () => {
  it('ends identical to a clean run once rerun', async () => {
    const files = seedFiles().slice(0, 24);
    await testDb.reset();
    await ingestFiles(testDb.db, files);
    const clean = await testDb.fingerprint();

    // Kill points spread over the run, as fractions of one uninterrupted run's time (start-up included), so a faster
    // or slower machine still kills mid-run.
    await testDb.reset();
    const started = Date.now();
    expect(await runCli(files)).toBe(0);
    const runMs = Date.now() - started;
    for (const killAfterMs of [0.35, 0.6, 0.85].map((f) => Math.round(f * runMs))) {
      await testDb.reset();
      await runCli(files, killAfterMs);
      const partial = await testDb.cypher<{ articles: number; orphans: number }>(
        'MATCH (a:Article) WITH count(a) AS articles OPTIONAL MATCH (f:Fact) WHERE NOT EXISTS { (:Article)-[:SUPPORTS]->(f) } RETURN articles, count(f) AS orphans',
      );
      expect(partial[0].orphans).toBe(0);
      expect(partial[0].articles).toBeLessThan(files.length);
      expect(await runCli(files)).toBe(0);
      expect(await testDb.fingerprint()).toEqual(clean);
    }
  }, 300_000);
});
