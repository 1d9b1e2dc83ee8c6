/**
 * npm start: config → Neo4j (embedded unless NEO4J_URI is set) → seed → server → listen.
 * SIGTERM/SIGINT drain the HTTP server, close the driver, then stop the embedded Neo4j.
 */
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { ConfigError, loadConfig } from './config';
import { createIngestion } from './ingest/ingestion';
import { listNewsFiles } from './ingest/read-file';
import { seedFiles, type SeedOutcome } from './ingest/seed';
import { EmbeddedNeo4jError } from './neo4j/embedded';
import { openDatabase, type OpenDatabase } from './open-database';
import { createHttpServer } from './http-server';
import { createServer } from './server';
import { createLogger } from './observability/logger';
import { createMetrics } from './observability/metrics';
import { startTracing } from './observability/tracing';

const SEED_DIR = path.resolve(__dirname, '..', 'seed', 'news');
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Seeds seed/news; a file that cannot be written is logged and left out, never a failed start. */
async function seed(db: OpenDatabase['db'], writeTimeoutMs: number): Promise<SeedOutcome> {
  const outcome = await seedFiles(createIngestion(db), listNewsFiles([SEED_DIR]), { log, writeTimeoutMs });
  const counts = Object.entries(outcome.counts).map(([status, n]) => `${n} ${status.toLowerCase()}`);
  if (outcome.failed.length > 0) counts.push(`${outcome.failed.length} not written (the seed is incomplete: see above; /readyz says so)`);
  log(`Seeded seed/news: ${counts.join(', ')}`);
  return outcome;
}

/** What /readyz adds about the seed: nothing when it did not run. */
function seedReadiness(outcome: SeedOutcome | null): Record<string, unknown> {
  if (!outcome) return {};
  if (outcome.complete) return { seed: 'complete' };
  return { seed: 'incomplete', seedFailed: outcome.failed.map((failure) => path.basename(failure.file)) };
}

/** Fails before the slow Neo4j start when the HTTP port is already taken. */
function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(error));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function portMessage(error: NodeJS.ErrnoException, port: number, host: string): string {
  return error.code === 'EADDRINUSE' ? `Port ${port} on ${host} is already in use; set PORT to another port.` : `Cannot listen on ${host}:${port}: ${error.message}`;
}

async function main(): Promise<void> {
  const config = loadConfig();
  try {
    await assertPortFree(config.port, config.host);
  } catch (error) {
    log(portMessage(error as NodeJS.ErrnoException, config.port, config.host));
    process.exit(1);
  }
  const tracing = startTracing(config.otlpEndpoint);
  if (tracing) log(`Exporting traces over OTLP/HTTP to ${config.otlpEndpoint}/v1/traces`);
  const database = await openDatabase(config, log);
  let server: http.Server | null = null;
  let yoga: ReturnType<typeof createServer> | null = null;
  let closing = false;
  const stop = async () => {
    // Closes the Redis connections and the cache's poller, then Neo4j.
    await Promise.resolve(yoga?.dispose()).catch(() => undefined);
    await database.close();
    await tracing?.shutdown().catch(() => undefined);
    log('Stopped.');
    process.exit(0);
  };
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: draining requests, then closing Neo4j...`);
    if (!server) return void stop();
    server.close(() => void stop());
    server.closeIdleConnections();
    setTimeout(() => server?.closeAllConnections(), 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  // One registry for the process: the seed's statements and ingestions are counted like the API's.
  // Set on the shared object, not a copy: a restart of the embedded Neo4j swaps `db.driver` in place.
  const metrics = createMetrics();
  const db = database.db;
  db.telemetry = metrics;
  const seeded = config.seedOnStart ? await seed(db, config.neo4j.writeTimeoutMs) : null;
  if (seeded) metrics.seed(seeded.complete, seeded.failed.length);
  if (closing) return;
  await import('./explorer/build').then(({ ensureExplorerBuilt }) => ensureExplorerBuilt(log));
  yoga = createServer({ db, config, log, logger: createLogger(), metrics, readiness: () => seedReadiness(seeded) });
  if (config.redisUrl) log(`Sharing rate-limit counters and the response cache through Redis at ${new URL(config.redisUrl).host}`);
  server = createHttpServer(yoga, config.requestTimeoutMs);
  server.on('error', async (error: NodeJS.ErrnoException) => {
    log(portMessage(error, config.port, config.host));
    await database.close();
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    // The port actually bound, so PORT=0 (any free port) tells where it went.
    const { port } = server!.address() as net.AddressInfo;
    log(`Knowledge base ready: GraphiQL at http://${host}:${port}/graphql${config.production ? ' (disabled in production mode)' : ''}`);
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError) log(error.message);
  else log(`Startup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  // The embedded Neo4j exits by itself when our stdin pipe to it closes with this process.
  process.exit(1);
});
