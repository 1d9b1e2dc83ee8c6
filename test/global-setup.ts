/**
 * Starts one embedded Neo4j for the whole run, on a free port with a fresh
 * temporary store, and points the tests at it through KB_TEST_NEO4J_URI.
 * Set KB_TEST_NEO4J_URI yourself to run the tests against another Neo4j
 * (its data will be deleted).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/neo4j/embedded';

declare global {
  var __KB_EMBEDDED__: { neo4j: EmbeddedNeo4j; dataDir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.KB_TEST_NEO4J_URI) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-test-neo4j-'));
  // A short-lived test JVM spends more time compiling than running; C1 only warms up faster.
  process.env.KB_NEO4J_JVM_FLAGS ??= '-XX:TieredStopAtLevel=1';
  const started = Date.now();
  const neo4j = await startEmbeddedNeo4j({ port: 0, dataDir, log: (line) => process.stderr.write(`\n${line}`) });
  process.stderr.write(`\nEmbedded Neo4j for tests at ${neo4j.uri} (started in ${Date.now() - started} ms)\n`);
  process.env.KB_TEST_NEO4J_URI = neo4j.uri;
  // Where openSeededDb (helpers/seed.ts) records the seeded graph's fingerprint for this run.
  process.env.KB_TEST_SEEDED_MARK = `${dataDir}.seeded.json`;
  globalThis.__KB_EMBEDDED__ = { neo4j, dataDir };
}
