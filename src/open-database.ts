/**
 * Opens the database the config points at: NEO4J_URI when set, otherwise the
 * embedded Neo4j, supervised (restarted when it dies). Verifies connectivity
 * and creates the schema.
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
