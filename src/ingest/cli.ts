/**
 * `npm run ingest -- <files or folders> [--dry-run]`, `npm run ingest -- --retract <article-id>`
 * and `npm run seed`. They write to the Neo4j of a running `npm start` when there is one, and start the
 * embedded Neo4j only when there is none (`openCurationDatabase`). Exit status: 0 when every file went in
 * (or was unchanged), 1 when any file was rejected, 2 on bad usage or a database error (one line, no stack).
 */
import { parseArgs } from 'node:util';
import { dryRunFiles, type DryRunReport } from './dry-run';
import { formatProblem } from './problems';
import { listNewsFiles } from './read-file';
import type { FileReport } from './report';

const USAGE = 'usage: ingest [--dry-run] <files or folders...> | ingest --retract <article-id> [--reason <text>]';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, retract: { type: 'string' }, reason: { type: 'string' }, quiet: { type: 'boolean', default: false } },
  });
  if (values.retract) return retract(values.retract, values.reason ?? null);
  if (positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const files = listNewsFiles(positionals);
  if (values['dry-run']) return dryRun(files);
  return ingest(files, values.quiet ?? false);
}

/**
 * Checks the files without writing. Names and types are also checked against the stored graph when a Neo4j is
 * already running (NEO4J_URI, or the embedded one of `npm start`); the embedded Neo4j is never started for it.
 */
async function dryRun(files: string[]): Promise<number> {
  const { connectToRunningDatabase } = await import('../open-database');
  const { loadConfig } = await import('../config');
  const running = await connectToRunningDatabase(loadConfig());
  let report: DryRunReport;
  try {
    report = await dryRunFiles(files, running.ok ? { db: running.db } : { unavailable: running.reason });
  } finally {
    if (running.ok) await running.close();
  }
  for (const problem of report.problems) process.stdout.write(`${formatProblem(problem)}\n`);
  if (report.graphNotChecked !== null) process.stdout.write(`The stored graph was not checked: ${report.graphNotChecked}.\n`);
  else if (running.ok) process.stdout.write(`Names and types were also checked against the stored graph at ${running.uri}.\n`);
  const rejected = new Set(report.problems.map((p) => p.file)).size;
  process.stdout.write(`${files.length} files checked: ${files.length - rejected} valid, ${rejected} with problems (${report.problems.length} problems). Nothing written (--dry-run).\n`);
  return rejected > 0 ? 1 : 0;
}

/** Runs `work` against the running Neo4j, or one started for it, after one line saying which. */
async function withDatabase<T>(work: (ingestion: import('./ingestion').Ingestion) => Promise<T>): Promise<T> {
  const { openCurationDatabase } = await import('../open-database');
  const { createIngestion } = await import('./ingestion');
  const { loadConfig } = await import('../config');
  const config = loadConfig();
  const database = await openCurationDatabase(config, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(`${database.used}\n`);
  // With REDIS_URL, what this run writes reaches the API's live subscribers as it commits, as an API write does.
  const { connectRedis } = await import('../shared-state/redis');
  const { createLiveBus } = await import('../shared-state/live-bus');
  const redis = config.redisUrl ? connectRedis(config.redisUrl, (line) => process.stderr.write(`${line}\n`)) : null;
  const live = redis ? createLiveBus(redis, database.db.bookmarkManager, { listen: false }) : null;
  try {
    return await work(createIngestion(database.db, { onCommitted: live?.publish }));
  } finally {
    await live?.settled();
    await redis?.close();
    await database.close();
  }
}

async function ingest(files: string[], quiet: boolean): Promise<number> {
  const { createProgress } = await import('./progress');
  return withDatabase(async (ingestion) => {
    const progress = createProgress(files.length, quiet);
    const reports: FileReport[] = [];
    for (const file of files) {
      reports.push(await ingestion.ingestFile(file));
      progress.tick(file);
    }
    progress.stop();
    printReports(reports);
    return reports.some((report) => report.status === 'REJECTED') ? 1 : 0;
  });
}

async function retract(articleId: string, reason: string | null): Promise<number> {
  return withDatabase(async (ingestion) => {
    const report = await ingestion.retract(articleId, reason);
    printReports([report]);
    return report.status === 'REJECTED' ? 1 : 0;
  });
}

function printReports(reports: FileReport[]): void {
  const counts: Record<string, number> = { CREATED: 0, UPDATED: 0, UNCHANGED: 0, REJECTED: 0, RETRACTED: 0 };
  for (const report of reports) {
    counts[report.status] += 1;
    if (report.status !== 'UNCHANGED') process.stdout.write(`${report.status.padEnd(9)} ${report.file}${report.articleId ? ` (${report.articleId})` : ''}\n`);
    for (const problem of report.problems) process.stdout.write(`  ${formatProblem(problem)}\n`);
  }
  const summary = Object.entries(counts)
    .filter(([status, n]) => n > 0 || status !== 'RETRACTED')
    .map(([status, n]) => `${n} ${status.toLowerCase()}`)
    .join(', ');
  process.stdout.write(`${reports.length} files: ${summary}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
