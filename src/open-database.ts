/**
 * Opens the database the config points at: NEO4J_URI when set, otherwise the
 * embedded Neo4j. Verifies connectivity and creates the schema.
 */
import type { Config } from './config';
import { createDriver, type Db } from './neo4j/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './neo4j/embedded';
import { ensureSchema } from './stores/schema-store';

export interface OpenDatabase {
  db: Db;
  embedded: EmbeddedNeo4j | null;
  /** Closes the driver, then stops the embedded Neo4j if we started it. */
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<OpenDatabase> {
  let embedded: EmbeddedNeo4j | null = null;
  let uri = config.neo4j.uri;
  if (uri === null) {
    log(`NEO4J_URI is unset: starting the embedded Neo4j (data in ${config.neo4j.embeddedDataDir})...`);
    embedded = await startEmbeddedNeo4j({ port: config.neo4j.embeddedPort, dataDir: config.neo4j.embeddedDataDir, log });
    uri = embedded.uri;
    log(`Embedded Neo4j ready at ${uri}`);
  }
  const driver = createDriver(config.neo4j, uri);
  const db: Db = { driver, database: config.neo4j.database, readTimeoutMs: config.neo4j.readTimeoutMs, writeTimeoutMs: config.neo4j.writeTimeoutMs };
  const close = async () => {
    await driver.close();
    await embedded?.stop();
  };
  try {
    await driver.verifyConnectivity({ database: db.database });
    await ensureSchema(db);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, embedded, close };
}
