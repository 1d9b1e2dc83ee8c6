/**
 * npm run start:replicas -- --replicas N: N identical API processes on one Neo4j, behind one port.
 *
 * The primary opens the database as `npm start` does (NEO4J_URI, or the embedded Neo4j, supervised), seeds it once,
 * then forks N workers with node:cluster. Each worker is a whole API process (src/main.ts, seeding off, pointed at
 * that Neo4j) and shares nothing in memory with the others; node:cluster's primary accepts the connections on PORT
 * and hands them to the workers round robin (its documented default on Linux): the load balancer of this setup. With
 * REDIS_URL the workers share rate-limit counters, the response cache and bookmarks through Redis; without it each
 * counts and caches on its own. A worker that dies is replaced. SIGINT/SIGTERM drain the workers, then stop Neo4j.
 *
 * In production, put any reverse proxy (nginx, HAProxy, a cloud load balancer) in front of replicas started with
 * `npm start` and NEO4J_URI; docs/scaling.md says what changes. This script is for one machine.
 */
import cluster, { type Worker } from 'node:cluster';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config';
import { createIngestion } from '../src/ingest/ingestion';
import { listNewsFiles } from '../src/ingest/read-file';
import { seedFiles } from '../src/ingest/seed';
import { openDatabase, type OpenDatabase } from '../src/open-database';

const ROOT = path.resolve(__dirname, '..');
const log = (line: string) => process.stderr.write(`[replicas] ${line}\n`);

function replicaCount(): number {
  const { values } = parseArgs({ options: { replicas: { type: 'string', default: '2' } }, allowPositionals: false });
  const n = Number(values.replicas);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new ConfigError([`--replicas must be a whole number from 1 to 64, got "${values.replicas}"`]);
  return n;
}

async function main(): Promise<void> {
  const replicas = replicaCount();
  const config = loadConfig();
  const database: OpenDatabase = await openDatabase(config, log);
  const uri = database.embedded?.uri ?? config.neo4j.uri!;
  if (config.seedOnStart) {
    const outcome = await seedFiles(createIngestion(database.db), listNewsFiles([path.join(ROOT, 'seed', 'news')]), { log, writeTimeoutMs: config.neo4j.writeTimeoutMs });
    log(`Seeded seed/news: ${Object.entries(outcome.counts).map(([status, n]) => `${n} ${status.toLowerCase()}`).join(', ')}`);
  }
  // Built once here: N workers building explorer/dist at the same time would trip over each other.
  await import('../src/explorer/build').then(({ ensureExplorerBuilt }) => ensureExplorerBuilt(log));
  // The primary keeps its driver only to have opened (and seeded) the database; the workers read and write.
  await database.db.driver.close();

  cluster.setupPrimary({ exec: path.join(ROOT, 'src', 'main.ts'), execArgv: ['--import', 'tsx'] });
  const env = { ...process.env, NEO4J_URI: uri, KB_SEED_ON_START: 'false' };
  let stopping = false;
  let ready = 0;
  const fork = (index: number): Worker => {
    const worker = cluster.fork({ ...env, KB_REPLICA: String(index) });
    worker.once('listening', (address) => {
      ready += 1;
      if (ready === replicas) log(`${replicas} replica${replicas === 1 ? '' : 's'} serving at http://${config.host}:${address.port}/graphql (Neo4j at ${uri})`);
    });
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      log(`replica ${index} (pid ${worker.process.pid}) exited (${signal ?? `code ${code}`}); starting another`);
      fork(index);
    });
    return worker;
  };
  const workers = Array.from({ length: replicas }, (_, index) => fork(index + 1));

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: draining the replicas, then stopping Neo4j...`);
    let left = workers.length;
    const done = async () => {
      await database.close();
      log('Stopped.');
      process.exit(0);
    };
    for (const worker of Object.values(cluster.workers ?? {})) {
      worker?.once('exit', () => {
        left -= 1;
        if (left <= 0) void done();
      });
      worker?.process.kill('SIGTERM');
    }
    setTimeout(() => void done(), 15_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  log(error instanceof ConfigError ? error.message : `failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
