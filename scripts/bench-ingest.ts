/**
 * `npm run bench:ingest [-- --files 1000] [--seed 42] [--concurrency 1]`
 *
 * Ingestion at news scale, through the real pipeline (read, validate, normalize, plan, one write transaction per
 * file): on a fresh embedded Neo4j it ingests
 *   1. the seed corpus cold (a new JVM, an empty store);
 *   2. the seed corpus warm (same JVM, the store emptied first);
 *   3. N synthetic curated files in the real YAML format, written by a deterministic generator (the benchmark's
 *      mulberry32 stream): valid, with the entity overlap of real news (a few organizations in most files, people
 *      and deals in a few), so later files update entities earlier ones declared;
 *   4. the same N files again, every one UNCHANGED (what a restart over a grown corpus costs).
 * It reports files/s and facts/s per phase and the statements each file sent, on the machine it names. Nothing is
 * timed in `npm test`: this is the measurement.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { createDriver, type Db } from '../src/neo4j/driver';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded';
import { ensureSchema } from '../src/stores/schema-store';
import { createIngestion, type Ingestion } from '../src/ingest/ingestion';
import type { FileStatus } from '../src/ingest/report';
import { prng } from '../bench/generate';

const log = (line: string) => process.stderr.write(`${line}\n`);
const SEED_DIR = path.resolve(__dirname, '..', 'seed', 'news');
const DATA = path.resolve(__dirname, '..', 'bench', '.data', 'ingest');

const KINDS = ['AI_LAB', 'CLOUD_PROVIDER', 'NEOCLOUD', 'TECH_COMPANY', 'INVESTOR'] as const;

/** A power-law pick in [0, n): small indexes (the hubs) come up far more often. */
const powerPick = (random: () => number, n: number) => Math.min(n - 1, Math.floor(n * random() ** 3));

/** One synthetic article as the curated YAML a curator writes, and how many facts it states. */
export function syntheticFile(index: number, files: number, random: () => number): { name: string; text: string; facts: number } {
  const organizations = Math.max(20, Math.ceil(files / 5));
  const people = Math.max(40, files);
  const orgs = [...new Set([powerPick(random, organizations), powerPick(random, organizations), powerPick(random, organizations)])];
  for (let candidate = orgs[0] + 1; orgs.length < 3; candidate++) if (!orgs.includes(candidate % organizations)) orgs.push(candidate % organizations);
  const [buyer, provider, previous] = orgs;
  const person = Math.floor(random() * people);
  const deal = Math.floor(random() * Math.ceil(files / 2));
  const year = 2023 + Math.floor(random() * 3);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const amount = (1 + Math.floor(random() * 50)) * 1_000_000_000;
  const org = (n: number) =>
    `  - { id: syn-org-${n}, type: Organization, name: Synthetic Organization ${n}, kind: ${KINDS[n % KINDS.length]}, country: US }`;
  const text = `# Synthetic file ${index} of ${files}, written by scripts/bench-ingest.ts (not news).
article:
  id: syn-article-${index}
  title: Synthetic Organization ${buyer} signs with Synthetic Organization ${provider}
  titleOrigin: CURATOR
  url: https://example.com/synthetic/${index}
  publisher: Synthetic Wire
  publishedAt: "${year}-${month}-${day}"
  language: en
  reliability: NORMAL
  summary: >-
    A generated article for the ingestion benchmark: one hire, one employment and one deal between
    generated organizations.

entities:
${orgs.map(org).join('\n')}
  - { id: syn-person-${person}, type: Person, name: Synthetic Person ${person} }
  - { id: syn-deal-${deal}, type: Deal, name: Synthetic deal ${deal} }

facts:
  - type: hire
    person: syn-person-${person}
    org: syn-org-${buyer}
    from: syn-org-${previous}
    date:
      value: "${year}-${month}"
      quote: "joined in ${year}"
    title:
      value: head of data centers
      quote: "as head of data centers"
    evidence:
      quote: "Synthetic Organization ${buyer} hired Synthetic Person ${person}"

  - type: employment
    person: syn-person-${person}
    org: syn-org-${previous}
    current: false
    evidence:
      quote: "formerly at Synthetic Organization ${previous}"

  - type: deal
    deal: syn-deal-${deal}
    kind: CLOUD_CAPACITY
    status: SIGNED
    parties:
      - { org: syn-org-${buyer}, roles: [BUYER] }
      - { org: syn-org-${provider}, roles: [PROVIDER] }
    value:
      amount: ${amount}
      currency: USD
      period: TOTAL
      qualifier: ABOUT
      text: "about $${amount / 1_000_000_000}B"
      quote: "a deal worth about $${amount / 1_000_000_000}B"
    evidence:
      quote: "signed a cloud agreement"
`;
  return { name: `${String(index).padStart(6, '0')}-synthetic.yaml`, text, facts: 3 };
}

function writeFiles(files: number, seed: number): string[] {
  const dir = path.join(DATA, `files-${files}-seed-${seed}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const random = prng(seed);
  const paths: string[] = [];
  for (let i = 1; i <= files; i++) {
    const file = syntheticFile(i, files, random);
    const target = path.join(dir, file.name);
    fs.writeFileSync(target, file.text);
    paths.push(target);
  }
  return paths;
}

interface Phase {
  phase: string;
  files: number;
  seconds: number;
  filesPerSecond: number;
  factsPerSecond: number | null;
  statementsPerFile: number;
  statuses: Partial<Record<FileStatus, number>>;
}

async function ingestAll(ingestion: Ingestion, db: Db, files: string[], concurrency: number, facts: number | null, phase: string): Promise<Phase> {
  const statuses: Partial<Record<FileStatus, number>> = {};
  const before = db.counter?.count ?? 0;
  const started = process.hrtime.bigint();
  let next = 0;
  let done = 0;
  let lastLog = Date.now();
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const report = await ingestion.ingestFile(file);
      statuses[report.status] = (statuses[report.status] ?? 0) + 1;
      if (report.status === 'REJECTED') throw new Error(`${file} was rejected: ${JSON.stringify(report.problems).slice(0, 800)}`);
      done += 1;
      if (Date.now() - lastLog > 5000) {
        lastLog = Date.now();
        log(`  ${phase}: ${done}/${files.length} files`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const statements = (db.counter?.count ?? 0) - before;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    phase,
    files: files.length,
    seconds: round(seconds),
    filesPerSecond: round(files.length / seconds),
    factsPerSecond: facts === null ? null : round(facts / seconds),
    statementsPerFile: round(statements / files.length),
    statuses,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { files: { type: 'string', default: '1000' }, seed: { type: 'string', default: '42' }, concurrency: { type: 'string', default: '1' } },
  });
  const files = Number(values.files);
  const seed = Number(values.seed);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(files) || files < 1) throw new Error('--files must be a whole number of at least 1');
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('--concurrency must be a whole number of at least 1');
  const machine = `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average at start ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`;

  const synthetic = writeFiles(files, seed);
  log(`Wrote ${files} synthetic files to ${path.relative(process.cwd(), path.dirname(synthetic[0]))}.`);
  const seedFiles = fs.readdirSync(SEED_DIR).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => path.join(SEED_DIR, f));

  const dataDir = path.join(DATA, 'store');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const embedded = await startEmbeddedNeo4j({ port: 0, dataDir, log });
  const driver = createDriver(loadConfig({}).neo4j, embedded.uri);
  const counter = { count: 0 };
  // Seconds per statement name over the synthetic phase: where a file's time goes.
  const byStatement = new Map<string, { count: number; seconds: number }>();
  let recording = false;
  const telemetry = {
    statement(name: string, seconds: number) {
      if (!recording) return;
      const entry = byStatement.get(name) ?? { count: 0, seconds: 0 };
      entry.count += 1;
      entry.seconds += seconds;
      byStatement.set(name, entry);
    },
    ingestion() {},
  };
  const db: Db = { driver, database: 'neo4j', readTimeoutMs: 60_000, writeTimeoutMs: 120_000, counter, telemetry };
  const phases: Phase[] = [];
  try {
    await ensureSchema(db);
    const ingestion = createIngestion(db);
    const wipe = async () => {
      // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
      const session = driver.session({ database: 'neo4j' });
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      } finally {
        await session.close();
      }
    };
    log('Seed corpus, cold...');
    phases.push(await ingestAll(ingestion, db, seedFiles, 1, null, 'seed corpus, cold'));
    await wipe();
    log('Seed corpus, warm...');
    phases.push(await ingestAll(ingestion, db, seedFiles, 1, null, 'seed corpus, warm'));
    await wipe();
    log(`${files} synthetic files, concurrency ${concurrency}...`);
    recording = true;
    phases.push(await ingestAll(ingestion, db, synthetic, concurrency, files * 3, `${files} synthetic files`));
    recording = false;
    log(`The same ${files} files again...`);
    phases.push(await ingestAll(ingestion, db, synthetic, concurrency, null, `${files} synthetic files, again (UNCHANGED)`));
  } finally {
    await driver.close();
    await embedded.stop();
  }
  const lines = [
    `# Ingestion benchmark ${new Date().toISOString()}`,
    '',
    `Machine: ${machine}. Embedded Neo4j 5.26; one write transaction per file; concurrency ${concurrency}.`,
    '',
    '| phase | files | seconds | files/s | facts/s | statements/file | statuses |',
    '|---|---|---|---|---|---|---|',
    ...phases.map((p) => `| ${p.phase} | ${p.files} | ${p.seconds} | ${p.filesPerSecond} | ${p.factsPerSecond ?? ''} | ${p.statementsPerFile} | ${Object.entries(p.statuses).map(([k, v]) => `${k} ${v}`).join(', ')} |`),
  ];
  const total = [...byStatement.values()].reduce((sum, e) => sum + e.seconds, 0);
  lines.push('', `Where the synthetic phase's statement time went (${total.toFixed(1)} s in statements, commit excluded):`, '', '| statement | count | ms each | share |', '|---|---|---|---|');
  for (const [name, e] of [...byStatement].sort((a, b) => b[1].seconds - a[1].seconds)) {
    lines.push(`| ${name} | ${e.count} | ${((e.seconds / e.count) * 1000).toFixed(2)} | ${Math.round((e.seconds / total) * 100)}% |`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
