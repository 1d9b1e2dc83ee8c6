/**
 * The API as scripts/load.ts measures it: its own process (so the load generator
 * does not share its CPU time or heap), an embedded Neo4j in a temporary store
 * seeded with seed/news, HTTP on 127.0.0.1 with a free port. Talks to its parent
 * over IPC: `ready` once listening, `memory` samples on request (after a forced
 * GC when run with --expose-gc). Stops, and stops Neo4j, when the parent says
 * `stop` or goes away.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { createIngestion } from '../src/ingest/ingestion';
import { listNewsFiles } from '../src/ingest/read-file';
import { openDatabase, type OpenDatabase } from '../src/open-database';
import { createHttpServer } from '../src/http-server';
import { createServer } from '../src/server';

export type ServerMessage =
  | { type: 'ready'; port: number; jvmPid: number | null; seedMs: number; seeded: Record<string, number> }
  | { type: 'memory'; usage: NodeJS.MemoryUsage; gc: boolean; maskedErrors: number };
export type ParentMessage = { type: 'memory'; gc: boolean } | { type: 'stop' };

const SEED_DIR = path.resolve(__dirname, '..', 'seed', 'news');
const log = (line: string) => process.stderr.write(`[server] ${line}\n`);
const send = (message: ServerMessage) => process.send?.(message);

let database: OpenDatabase | null = null;
let server: http.Server | null = null;
let stopping: Promise<void> | null = null;
let maskedErrors = 0;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-load-'));

function stop(): Promise<void> {
  stopping ??= (async () => {
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server!.close(() => resolve(undefined)));
    }
    await database?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  })();
  return stopping;
}

async function main(): Promise<void> {
  // The cache and the rate limit off unless asked for: the load test repeats the same operations from one address.
  const config = loadConfig({ KB_RESPONSE_CACHE_TTL_MS: '0', KB_RATE_LIMIT: '0', ...process.env, NEO4J_URI: '', NEO4J_EMBEDDED_PORT: '0', NEO4J_EMBEDDED_DATA: dataDir, KB_SEED_ON_START: 'true' });
  database = await openDatabase(config, log);
  const seedStarted = Date.now();
  const ingestion = createIngestion(database.db);
  const seeded: Record<string, number> = {};
  for (const file of listNewsFiles([SEED_DIR])) {
    const report = await ingestion.ingestFile(file);
    seeded[report.status] = (seeded[report.status] ?? 0) + 1;
  }
  const seedMs = Date.now() - seedStarted;
  const yoga = createServer({
    db: database.db,
    config,
    // The server's JSON log: one line per request (dropped here, the load generator counts them) and one per
    // unexpected error (counted, the first few shown).
    log: (line) => {
      if (!line.includes('"msg":"unexpected error"')) return;
      maskedErrors += 1;
      if (maskedErrors <= 5) log(line.slice(0, 500));
    },
  });
  server = createHttpServer(yoga, config.requestTimeoutMs);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  send({ type: 'ready', port: (server.address() as AddressInfo).port, jvmPid: database.embedded?.pid ?? null, seedMs, seeded });
}

process.on('message', (message: ParentMessage) => {
  if (message.type === 'memory') {
    const collect = (globalThis as { gc?: () => void }).gc;
    if (message.gc && collect) {
      collect();
      collect();
    }
    send({ type: 'memory', usage: process.memoryUsage(), gc: Boolean(message.gc && collect), maskedErrors });
  } else if (message.type === 'stop') {
    void stop().then(() => process.exit(0));
  }
});
// The parent went away (even killed): stop Neo4j and go.
process.on('disconnect', () => void stop().then(() => process.exit(0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop().then(() => process.exit(0)));

main().catch(async (error: unknown) => {
  log(`failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await stop().catch(() => undefined);
  process.exit(1);
});
