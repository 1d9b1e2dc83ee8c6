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
import { EmbeddedNeo4jError } from './neo4j/embedded';
import { openDatabase, type OpenDatabase } from './open-database';
import { createHttpServer } from './http-server';
import { createServer } from './server';

const SEED_DIR = path.resolve(__dirname, '..', 'seed', 'news');
const log = (line: string) => process.stderr.write(`${line}\n`);

async function seed(database: OpenDatabase): Promise<void> {
  const ingestion = createIngestion(database.db);
  const counts: Record<string, number> = {};
  for (const file of listNewsFiles([SEED_DIR])) {
    const report = await ingestion.ingestFile(file);
    counts[report.status] = (counts[report.status] ?? 0) + 1;
    if (report.status === 'REJECTED') log(`seed: rejected ${file}: ${report.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  }
  log(`Seeded seed/news: ${Object.entries(counts).map(([status, n]) => `${n} ${status.toLowerCase()}`).join(', ')}`);
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
  const database = await openDatabase(config, log);
  let server: http.Server | null = null;
  let closing = false;
  const stop = async () => {
    await database.close();
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

  if (config.seedOnStart) await seed(database);
  if (closing) return;
  await import('./explorer/build').then(({ ensureExplorerBuilt }) => ensureExplorerBuilt(log));
  const yoga = createServer({ db: database.db, config, log });
  server = createHttpServer(yoga, config.requestTimeoutMs);
  server.on('error', async (error: NodeJS.ErrnoException) => {
    log(portMessage(error, config.port, config.host));
    await database.close();
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    log(`Knowledge base ready: GraphiQL at http://${host}:${config.port}/graphql${config.production ? ' (disabled in production mode)' : ''}`);
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError) log(error.message);
  else log(`Startup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  // The embedded Neo4j exits by itself when our stdin pipe to it closes with this process.
  process.exit(1);
});
