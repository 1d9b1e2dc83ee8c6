import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createIngestion } from '../../src/ingest/ingestion';
import { listNewsFiles } from '../../src/ingest/read-file';
import type { FileReport } from '../../src/ingest/report';
import type { Db } from '../../src/neo4j/driver';
import { openTestDb, type TestDb } from './db';

export const SEED_DIR = path.resolve(__dirname, '..', '..', 'seed', 'news');

/** Ingests files one after another, in the given order; returns their reports. */
export async function ingestFiles(db: Db, files: string[]): Promise<FileReport[]> {
  const ingestion = createIngestion(db);
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await ingestion.ingestFile(file));
  return reports;
}

export function seedFiles(): string[] {
  return listNewsFiles([SEED_DIR]);
}

/**
 * Where this jest run records the fingerprint of the graph right after seeding (beside the test Neo4j's store, which
 * global setup creates anew each run), so a later test file finds the corpus already there when the graph still has
 * exactly that fingerprint (no test file wrote to it since), and skips the half minute of seeding.
 */
function seededMark(): string {
  if (process.env.KB_TEST_SEEDED_MARK) return process.env.KB_TEST_SEEDED_MARK;
  // A Neo4j of your own (KB_TEST_NEO4J_URI set): one file per address.
  return path.join(os.tmpdir(), `kb-test-seeded-${createHash('sha256').update(process.env.KB_TEST_NEO4J_URI ?? '').digest('hex').slice(0, 12)}.json`);
}

/**
 * A test database holding exactly the seed corpus: reset, then every seed file ingested; throws (with the problems)
 * when any file is rejected, so a test never runs against a partial corpus. When the graph already is exactly what
 * seeding left (the fingerprint compares every node, relationship and property, times of recording aside), it is
 * used as it is.
 */
export async function openSeededDb(): Promise<TestDb> {
  const testDb = await openTestDb();
  const mark = seededMark();
  const fingerprint = async () => JSON.stringify(await testDb.fingerprint());
  if (fs.existsSync(mark) && fs.readFileSync(mark, 'utf8') === (await fingerprint())) return testDb;
  await testDb.reset();
  const rejected = (await ingestFiles(testDb.db, seedFiles())).filter((r) => r.status === 'REJECTED');
  if (rejected.length > 0) throw new Error(`seed files rejected: ${JSON.stringify(rejected)}`);
  fs.writeFileSync(mark, await fingerprint());
  return testDb;
}
