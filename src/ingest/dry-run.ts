/**
 * `--dry-run`: every stage but the write. Each file is read, validated and planned; then the files are checked
 * against each other and, when a database could be reached, against the stored graph (corpus-check.ts). Nothing is
 * written: the only statement sent is one read.
 */
import type { Db } from '../neo4j/driver';
import { createEntityKeyStore, type StoredEntityKeys } from '../stores/entity-key-store';
import { checkCorpus } from './corpus-check';
import type { FileDeclarations } from './declarations';
import { prepareFile } from './prepare';
import type { Problem } from './problems';

export interface DryRunReport {
  files: number;
  /** Grouped by file, in file order: each file's own problems, then those against other files or the graph. */
  problems: Problem[];
  /** Why the stored graph was not checked; null when it was. */
  graphNotChecked: string | null;
}

/** The stored graph to check against: an open database, or why there is none. */
export type StoredGraph = { db: Db } | { unavailable: string };

export async function dryRunFiles(files: readonly string[], graph: StoredGraph): Promise<DryRunReport> {
  const prepared = files.map(prepareFile);
  const problems = prepared.flatMap((p) => (p.ok ? [] : p.problems));
  const declarations = prepared.flatMap((p) => (p.ok ? [p.declarations] : []));

  let stored: StoredEntityKeys[] = [];
  let graphNotChecked = 'unavailable' in graph ? graph.unavailable : null;
  if ('db' in graph) {
    try {
      stored = await readStored(graph.db, declarations);
    } catch (error) {
      graphNotChecked = `reading it failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    }
  }
  problems.push(...checkCorpus(declarations, stored));

  const order = new Map(files.map((file, index) => [file, index]));
  problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { files: files.length, problems, graphNotChecked };
}

/** The stored nodes with the files' article and entity ids, and the entities holding their name keys. */
function readStored(db: Db, files: readonly FileDeclarations[]): Promise<StoredEntityKeys[]> {
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const file of files) {
    ids.add(file.articleId);
    for (const entity of file.entities) {
      ids.add(entity.id);
      for (const name of entity.names) keys.add(name.key);
    }
  }
  return createEntityKeyStore(db).listEntityKeys([...ids], [...keys]);
}
