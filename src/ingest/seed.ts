/**
 * The seed at start (npm start with KB_SEED_ON_START): every file of a folder through ingestion, one after another.
 *
 * A start must not fail because one write was slow: on a cold JVM under load a write can run past
 * KB_WRITE_TIMEOUT_MS, and Neo4j can be restarting. A write that failed on a transient error or a timeout is retried,
 * a bounded number of times with backoff; a file that still fails is reported, by name and with the variable to
 * change, and the seed goes on with the next one. The caller serves what went in and reports the seed incomplete.
 */
import { isRetryableWriteError, isTimeoutError } from '../neo4j/driver';
import type { Ingestion } from './ingestion';
import type { FileStatus } from './report';

export interface SeedOutcome {
  counts: Partial<Record<FileStatus, number>>;
  /** Files that could not be written, with why; empty when the seed is complete. */
  failed: Array<{ file: string; reason: string }>;
  complete: boolean;
}

export interface SeedOptions {
  log: (line: string) => void;
  /** The configured write timeout, quoted in the messages. */
  writeTimeoutMs: number;
  /** Tries per file, the first included. Default 4. */
  attempts?: number;
  /** Pause before the first retry, doubled before each next one. Default 500 ms (so 0.5, 1, 2 s). */
  backoffMs?: number;
  /** After this many files in a row failed, Neo4j is taken to be down and the rest are not tried. Default 3. */
  maxFailuresInARow?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function explain(error: unknown, writeTimeoutMs: number): string {
  const code = (error as { code?: string }).code;
  if (isTimeoutError(error)) return `the write ran past KB_WRITE_TIMEOUT_MS (${writeTimeoutMs} ms)${code ? ` [${code}]` : ''}`;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `${message}${code ? ` [${code}]` : ''}`;
}

export async function seedFiles(ingestion: Ingestion, files: string[], options: SeedOptions): Promise<SeedOutcome> {
  const { log, writeTimeoutMs, attempts = 4, backoffMs = 500, maxFailuresInARow = 3 } = options;
  const counts: Partial<Record<FileStatus, number>> = {};
  const failed: SeedOutcome['failed'] = [];
  let inARow = 0;
  for (const [index, file] of files.entries()) {
    if (inARow >= maxFailuresInARow) {
      const rest = files.slice(index);
      log(`seed: ${inARow} files in a row could not be written, so Neo4j looks unavailable; the other ${rest.length} files are not tried this time.`);
      failed.push(...rest.map((skipped) => ({ file: skipped, reason: 'not tried: the files before it could not be written' })));
      break;
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        const report = await ingestion.ingestFile(file);
        counts[report.status] = (counts[report.status] ?? 0) + 1;
        if (report.status === 'REJECTED') log(`seed: rejected ${file}: ${report.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
        inARow = 0;
        break;
      } catch (error) {
        const reason = explain(error, writeTimeoutMs);
        if (isRetryableWriteError(error) && attempt < attempts) {
          const delay = backoffMs * 2 ** (attempt - 1);
          log(`seed: ${file}: ${reason}; retry ${attempt} of ${attempts - 1} in ${delay} ms`);
          await sleep(delay);
          continue;
        }
        const tries = attempt === 1 ? '1 attempt' : `${attempt} attempts`;
        const hint = isTimeoutError(error)
          ? `If Neo4j is just slow (a cold JVM, a busy machine), raise KB_WRITE_TIMEOUT_MS (now ${writeTimeoutMs} ms) and restart`
          : `Check that Neo4j is up; raise KB_WRITE_TIMEOUT_MS (now ${writeTimeoutMs} ms) if its writes are slow, and restart`;
        log(`seed: gave up on ${file} after ${tries}: ${reason}. ${hint}; the server starts without this file, /readyz reports the seed incomplete, and the next start (or npm run seed) writes it.`);
        failed.push({ file, reason });
        inARow += 1;
        break;
      }
    }
  }
  return { counts, failed, complete: failed.length === 0 };
}
