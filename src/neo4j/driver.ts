/**
 * Driver factory and the two ways the rest of the code runs Cypher: `read` and
 * `write`, each a managed transaction (the only kind the driver retries) with a
 * timeout, READ routing for reads, and a round-trip counter for tests and the
 * benchmark.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Config } from '../config';

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

export interface Db {
  driver: Driver;
  database: string;
  readTimeoutMs: number;
  writeTimeoutMs: number;
  counter?: RoundTripCounter;
}

/** Runs one statement in a READ transaction; returns its records as plain objects. */
export async function readQuery<T extends RecordShape>(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => run<T>(db, tx, cypher, params), { timeout: db.readTimeoutMs });
    return result.records.map((record) => record.toObject() as T);
  } finally {
    await session.close();
  }
}

/** Runs `work` in one WRITE transaction, retried as a whole on transient errors. */
export async function writeTransaction<T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work, { timeout: db.writeTimeoutMs });
  } finally {
    await session.close();
  }
}

/** Runs one statement inside a transaction, counting it as a round trip. */
export function run<T extends RecordShape>(db: Pick<Db, 'counter'>, tx: ManagedTransaction, cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult<T>> {
  if (db.counter) db.counter.count += 1;
  return tx.run<T>(cypher, params);
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
