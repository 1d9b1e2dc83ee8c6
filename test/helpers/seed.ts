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
 * A test database holding exactly the seed corpus: reset, then every seed file ingested; throws (with the problems)
 * when any file is rejected, so a test never runs against a partial corpus.
 */
export async function openSeededDb(): Promise<TestDb> {
  const testDb = await openTestDb();
  await testDb.reset();
  const rejected = (await ingestFiles(testDb.db, seedFiles())).filter((r) => r.status === 'REJECTED');
  if (rejected.length > 0) throw new Error(`seed files rejected: ${JSON.stringify(rejected)}`);
  return testDb;
}
