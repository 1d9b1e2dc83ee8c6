/**
 * Opens the database the config points at: NEO4J_URI when set, otherwise the
 * embedded Neo4j, supervised (restarted when it dies). Verifies connectivity
 * and creates the schema. `connectToRunningDatabase` only connects, to read.
 */
import type { Config } from './config';
import { createDriver, type Db } from './neo4j/driver';
import { superviseEmbeddedNeo4j, type SupervisedNeo4j } from './neo4j/embedded';
import { ensureSchema } from './stores/schema-store';

export interface OpenDatabase {
  db: Db;
  embedded: SupervisedNeo4j | null;
  /** Closes the driver, then stops the embedded Neo4j if we started it. */
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<OpenDatabase> {
  let embedded: SupervisedNeo4j | null = null;
  let uri = config.neo4j.uri;
  // Filled in below; a restart of the embedded Neo4j on another port (its own was taken) repoints it.
  let db: Db | null = null;
  if (uri === null) {
    log(`NEO4J_URI is unset: starting the embedded Neo4j (data in ${config.neo4j.embeddedDataDir})...`);
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
    log(`Embedded Neo4j ready at ${uri}`);
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
