/**
 * Driver factory and the two ways the rest of the code runs Cypher: a read is
 * one auto-commit statement in READ mode, retried here on transient errors; a
 * write is a managed transaction, which the driver retries. Both have a
 * timeout; a round-trip counter serves tests and the benchmark.
 */
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Config } from '../config';
import { BadBookmarksError } from '../errors';
import { inSpan } from '../observability/tracing';

export function createDriver(config: Config['neo4j'], uri: string): Driver {
  // Without a password the driver sends no credentials: the embedded Neo4j runs with auth off.
  const auth = config.password ? neo4j.auth.basic(config.username, config.password) : undefined;
  return neo4j.driver(uri, auth, {
    connectionAcquisitionTimeout: config.acquireTimeoutMs,
    connectionTimeout: config.connectTimeoutMs,
    maxTransactionRetryTime: config.maxRetryTimeMs,
    disableLosslessIntegers: false,
    logging: { level: 'error', logger: (_level, message) => process.stderr.write(`[neo4j-driver] ${message}\n`) },
  });
}

/** Counts Cypher round trips; one per statement sent. */
export interface RoundTripCounter {
  count: number;
}

/**
 * What the process observes about its use of Neo4j (metrics, traces): a statement's name and duration, never its
 * parameters, and each ingestion's outcome. Absent in tests and scripts that do not serve.
 */
export interface DbTelemetry {
  statement(name: string, seconds: number, failed: boolean): void;
  ingestion(status: string): void;
}

export interface Db {
  driver: Driver;
  database: string;
  readTimeoutMs: number;
  writeTimeoutMs: number;
  counter?: RoundTripCounter;
  telemetry?: DbTelemetry;
  /**
   * The server's bookmarks (the driver's BookmarkManager): every read waits for the writes this server made, or
   * learnt of from other replicas (src/shared-state/bookmarks.ts), so a read after a write sees it on any member.
   */
  bookmarkManager?: BookmarkManager;
  /** This request's own bookmarks (X-KB-Bookmarks): its reads see at least those writes. */
  bookmarks?: string[];
}

/** The session options every statement runs with: database, mode and bookmarks. */
function sessionConfig(db: Db, mode: 'READ' | 'WRITE') {
  return { database: db.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, bookmarks: db.bookmarks, bookmarkManager: db.bookmarkManager };
}

/** A statement's name: its opening `/* store.method *\/` comment (every statement of src/ has one), else "unnamed". */
export function statementName(cypher: string): string {
  return /^\s*\/\*\s*([\w.-]+)\s*\*\//.exec(cypher)?.[1] ?? 'unnamed';
}

/** Runs `work` as one statement: in a trace span named after it, and timed when telemetry is on. */
function observed<T>(db: Pick<Db, 'telemetry'> & { database?: string }, cypher: string, work: () => Promise<T>): Promise<T> {
  const name = statementName(cypher);
  return inSpan(`cypher ${name}`, { 'db.system.name': 'neo4j', 'db.namespace': db.database ?? '', 'db.query.summary': name }, async () => {
    const telemetry = db.telemetry;
    if (!telemetry) return work();
    const started = process.hrtime.bigint();
    let failed = true;
    try {
      const result = await work();
      failed = false;
      return result;
    } finally {
      telemetry.statement(name, Number(process.hrtime.bigint() - started) / 1e9, failed);
    }
  });
}

/**
 * How long after its server-side timeout a read gives up on the client. The transaction timeout is enforced by Neo4j,
 * so it cannot fire when Neo4j never sees the query: a stopped process or a network partition leaves the socket open
 * and silent, and the driver (whose connection timeout covers only the TCP connect) would wait on it forever.
 */
export const CLIENT_DEADLINE_GRACE_MS = 1000;

/** A read that got no answer from Neo4j before its client-side deadline. Masked as "Unexpected error." by the server. */
export class DatabaseDeadlineError extends Error {
  override name = 'DatabaseDeadlineError';
}

/** Pause before retry `attempt` (0-based) of a read: 50, 100, 200 ... ms, at most 1 s. */
const retryDelayMs = (attempt: number) => Math.min(1000, 50 * 2 ** attempt);

/**
 * Runs one read-only statement; returns its records as plain objects. It runs as an auto-commit transaction in READ
 * mode (Neo4j refuses writes in it): one network exchange (RUN and PULL together) where a managed transaction needs
 * two (BEGIN, RUN and PULL, then COMMIT), which is a third of a short read's latency. What a managed transaction would
 * add, retrying transient failures (a cluster leader change, a connection lost between statements), is done here.
 * Fails after `readTimeoutMs + CLIENT_DEADLINE_GRACE_MS` at the latest, retries included, even when Neo4j never answers.
 */
/** A request's bookmarks that Neo4j refused: the client's mistake, said as such. */
function refusedBookmarks(error: unknown): boolean {
  return String((error as { code?: unknown } | null)?.code ?? '').startsWith('Neo.ClientError.Transaction.InvalidBookmark');
}

export async function readQuery<T extends RecordShape>(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const deadlineAt = Date.now() + db.readTimeoutMs + CLIENT_DEADLINE_GRACE_MS;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await readOnce<T>(db, cypher, params, deadlineAt);
    } catch (error) {
      if (db.bookmarks && refusedBookmarks(error)) throw new BadBookmarksError();
      if (!neo4j.isRetriableError(error) || Date.now() + retryDelayMs(attempt) >= deadlineAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)));
    }
  }
}

async function readOnce<T extends RecordShape>(db: Db, cypher: string, params: Record<string, unknown>, deadlineAt: number): Promise<T[]> {
  const session = db.driver.session(sessionConfig(db, 'READ'));
  const remainingMs = Math.max(1, deadlineAt - Date.now());
  let timer: NodeJS.Timeout | undefined;
  let expired = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      expired = true;
      reject(new DatabaseDeadlineError(`Neo4j did not answer a read within ${db.readTimeoutMs + CLIENT_DEADLINE_GRACE_MS} ms`));
    }, remainingMs);
  });
  try {
    if (db.counter) db.counter.count += 1;
    const result = await observed(db, cypher, () => Promise.race([session.run<T>(cypher, params, { timeout: Math.min(db.readTimeoutMs, remainingMs) }), deadline]));
    return result.records.map((record) => record.toObject() as T);
  } finally {
    clearTimeout(timer);
    // After the deadline the session's connection may never answer: closing it (a RESET) would wait as long, so it
    // is closed in the background and the connection goes back to the pool, or is destroyed, once Neo4j answers or
    // the socket fails.
    if (expired) void session.close().catch(() => undefined);
    else await session.close();
  }
}

/**
 * Codes of a transaction that Neo4j stopped because it ran past its timeout: the client's (KB_WRITE_TIMEOUT_MS), the
 * server's, or while it waited for a lock (the driver reports the last two as ClientErrors, so it never retries them).
 */
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.Terminated',
]);

/** True when a transaction ran out of time (see TIMEOUT_CODES): worth a retry when the cause may be a slow moment. */
export function isTimeoutError(error: unknown): boolean {
  return TIMEOUT_CODES.has((error as { code?: unknown } | null)?.code as string);
}

/** True when a failed write may succeed if run again: a transient error (Neo4j restarting, a deadlock) or a timeout. */
export function isRetryableWriteError(error: unknown): boolean {
  return neo4j.isRetriableError(error) || isTimeoutError(error);
}

/**
 * Runs `work` in one WRITE transaction, retried as a whole on transient errors. With a bookmark manager, the
 * transaction's bookmark goes into it on commit, so this server's later reads (and, announced, every replica's) see it.
 */
export async function writeTransaction<T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session(sessionConfig(db, 'WRITE'));
  try {
    return await session.executeWrite(work, { timeout: db.writeTimeoutMs });
  } finally {
    await session.close();
  }
}

/** Runs one statement inside a transaction, counting it as a round trip. */
export function run<T extends RecordShape>(db: Pick<Db, 'counter' | 'telemetry'> & { database?: string }, tx: ManagedTransaction, cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult<T>> {
  if (db.counter) db.counter.count += 1;
  return observed(db, cypher, async () => tx.run<T>(cypher, params));
}

/** True when Neo4j answers a trivial query within `timeoutMs`. */
export async function isReachable(db: Db, timeoutMs = 2000): Promise<boolean> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  let timer: NodeJS.Timeout | undefined;
  try {
    const probe = session.run('/* health.ping */ RETURN 1', {}, { timeout: timeoutMs }).then(() => true);
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    return await Promise.race([probe, timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
    void session.close().catch(() => undefined);
  }
}
