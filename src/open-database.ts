/**
 * Opens the database the config points at: NEO4J_URI when set, otherwise the
 * embedded Neo4j, supervised (restarted when it dies). Verifies connectivity
 * and creates the schema. `connectToRunningDatabase` only connects, to read;
 * `openCurationDatabase` joins the Neo4j of a running `npm start` before it
 * would start one.
 */
import path from 'node:path';
import type { Config } from './config';
import { createDriver, type Db } from './neo4j/driver';
import { EmbeddedNeo4jError, superviseEmbeddedNeo4j, type SupervisedNeo4j } from './neo4j/embedded';
import { ensureSchema } from './stores/schema-store';

export interface OpenDatabase {
  db: Db;
  embedded: SupervisedNeo4j | null;
  /** Closes the driver, then stops the embedded Neo4j if we started it. */
  close(): Promise<void>;
}

/** `announce: false` leaves out the two lines about starting the embedded Neo4j (the caller says which database it used). */
export async function openDatabase(
  config: Config,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  { announce = true }: { announce?: boolean } = {},
): Promise<OpenDatabase> {
  let embedded: SupervisedNeo4j | null = null;
  let uri = config.neo4j.uri;
  // Filled in below; a restart of the embedded Neo4j on another port (its own was taken) repoints it.
  let db: Db | null = null;
  if (uri === null) {
    if (announce) log(`NEO4J_URI is unset: starting the embedded Neo4j (data in ${config.neo4j.embeddedDataDir})...`);
    embedded = await superviseEmbeddedNeo4j({
      port: config.neo4j.embeddedPort,
      dataDir: config.neo4j.embeddedDataDir,
      log,
      maxRestarts: config.neo4j.embeddedMaxRestarts,
      onUriChange(newUri) {
        if (!db) return;
        log(`Pointing the driver at ${newUri}.`);
        // Everything reads db.driver when it runs a statement (each request copies db), so the swap is enough.
        const old = db.driver;
        db.driver = createDriver(config.neo4j, newUri);
        void old.close().catch(() => undefined);
      },
    });
    uri = embedded.uri;
    if (announce) log(`Embedded Neo4j ready at ${uri}`);
  }
  db = { driver: createDriver(config.neo4j, uri), database: config.neo4j.database, readTimeoutMs: config.neo4j.readTimeoutMs, writeTimeoutMs: config.neo4j.writeTimeoutMs };
  const opened: Db = db;
  const close = async () => {
    await opened.driver.close();
    await embedded?.stop();
  };
  try {
    await opened.driver.verifyConnectivity({ database: opened.database });
    await ensureSchema(opened);
  } catch (error) {
    await close();
    throw error;
  }
  return { db: opened, embedded, close };
}

/** The database a curation command writes to, with the one line that says which it is. */
export interface CurationDatabase extends OpenDatabase {
  /** `Using the running Neo4j at bolt://127.0.0.1:7687 (npm start).`, `Started the embedded Neo4j on ./data/neo4j.`, ... */
  used: string;
}

/** The embedded Neo4j's store or port is held by a process that does not answer Bolt; the message says what to do. */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';
}

/**
 * Opens the database for `npm run ingest`, `npm run seed` and `--retract`, so that they work while `npm start` serves:
 * 1. NEO4J_URI, when set;
 * 2. else the embedded Neo4j of a running `npm start`, when Bolt answers on 127.0.0.1:NEO4J_EMBEDDED_PORT within
 *    `probeTimeoutMs`; the same driver code then writes to it, and it is left running at `close()`;
 * 3. else the embedded Neo4j, started here as `npm start` would and stopped at `close()`.
 * Rejects with DatabaseBusyError when step 3 finds the store locked or the port taken by a process that did not answer
 * in step 2 (a stuck server); with the driver's error when NEO4J_URI does not answer.
 */
export async function openCurationDatabase(config: Config, log: (line: string) => void, probeTimeoutMs = 2000): Promise<CurationDatabase> {
  if (config.neo4j.uri !== null) {
    const database = await openDatabase(config, log);
    return { ...database, used: `Using the Neo4j at ${config.neo4j.uri} (NEO4J_URI).` };
  }
  const running = await connectToRunningDatabase(config, probeTimeoutMs);
  if (running.ok) {
    await running.close();
    const database = await openDatabase({ ...config, neo4j: { ...config.neo4j, uri: running.uri } }, log);
    return { ...database, used: `Using the running Neo4j at ${running.uri} (npm start).` };
  }
  const store = displayPath(config.neo4j.embeddedDataDir);
  try {
    const database = await openDatabase(config, log, { announce: false });
    return { ...database, used: `Started the embedded Neo4j on ${store}.` };
  } catch (error) {
    if (!(error instanceof EmbeddedNeo4jError) || error.failure === null) throw error;
    const held = error.failure === 'STORE_LOCKED' ? `its store ${store} is locked` : `port ${config.neo4j.embeddedPort} on 127.0.0.1 is taken`;
    const message =
      `Cannot start the embedded Neo4j: ${held} by another process, and ${running.reason}. ` +
      'Stop that process (a stuck npm start?) and run this again, or set NEO4J_URI to a Neo4j that is running.';
    throw new DatabaseBusyError(message.replace(/\s+/g, ' '));
  }
}

/** `./data/neo4j` for a directory under the working directory, the absolute path otherwise. */
function displayPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? dir : `./${relative}`;
}

/** A Neo4j that was already running, opened for reads only; or why there is none. */
export type RunningDatabase = { ok: true; db: Db; uri: string; close(): Promise<void> } | { ok: false; uri: string | null; reason: string };

/**
 * Connects to a Neo4j that is already running, for read-only checks (`--dry-run`): NEO4J_URI, or else the embedded
 * Neo4j's port on this machine, where `npm start` serves it. Never starts a Neo4j and creates no schema. Resolves,
 * never rejects: when nothing answers within `timeoutMs` (refused, unreachable, wrong credentials), with the reason.
 */
export async function connectToRunningDatabase(config: Config, timeoutMs = 2000): Promise<RunningDatabase> {
  const port = config.neo4j.embeddedPort;
  const uri = config.neo4j.uri ?? (port === 0 ? null : `bolt://127.0.0.1:${port}`);
  if (uri === null) return { ok: false, uri, reason: 'NEO4J_URI is unset and the embedded Neo4j has no fixed port (NEO4J_EMBEDDED_PORT=0)' };
  const quick = { ...config.neo4j, connectTimeoutMs: Math.min(config.neo4j.connectTimeoutMs, timeoutMs), acquireTimeoutMs: Math.min(config.neo4j.acquireTimeoutMs, timeoutMs) };
  const db: Db = { driver: createDriver(quick, uri), database: config.neo4j.database, readTimeoutMs: config.neo4j.readTimeoutMs, writeTimeoutMs: config.neo4j.writeTimeoutMs };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([db.driver.verifyConnectivity({ database: db.database }), deadline]);
    return { ok: true, db, uri, close: () => db.driver.close() };
  } catch (error) {
    void db.driver.close().catch(() => undefined);
    const tried = config.neo4j.uri === null ? ' (NEO4J_URI is unset: tried the embedded Neo4j of npm start)' : '';
    return { ok: false, uri, reason: `no Neo4j answered at ${uri}${tried}: ${describeFailure(error)}` };
  } finally {
    clearTimeout(timer);
  }
}

/** A connection failure in a few words, for a person to read (never to decide on): the driver's code and its cause. */
function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = /Caused by: (.+)$/.exec(message)?.[1] ?? message.split(/\.\s/)[0];
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code !== 'N/A' ? `${cause} [${code}]` : cause;
}
