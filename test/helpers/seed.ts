import path from 'node:path';
import { createIngestion } from '../../src/ingest/ingestion';
import { listNewsFiles } from '../../src/ingest/read-file';
import type { FileReport } from '../../src/ingest/report';
import type { Db } from '../../src/neo4j/driver';

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
