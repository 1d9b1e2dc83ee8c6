/* eslint-disable @typescript-eslint/no-explicit-any -- benchmark harness: GraphQL JSON answers, driver proxies and autocannon (untyped) */
/**
 * `npm run bench [-- --scale S|M] [--duration 8] [--warmup 2] [--concurrency 1,8,32] [--repeat 3] [--queries a,b] [--systems ours,cypher]`
 *
 * One embedded Neo4j (APOC loaded, for @neo4j/graphql), the same data and
 * indexes for three systems, each in its own process: our server,
 * @neo4j/graphql 7, and hand-written Cypher behind a minimal HTTP handler.
 * Before timing it asserts the three give the same answers, counts round trips
 * and PROFILEs every statement one request sends (db hits). Then autocannon
 * drives every (query, system) cell at each concurrency; with `--repeat N` each cell runs N times, the rounds
 * interleaved with the other systems' (round 1 of all three, then round 2...), and the tables give each figure's median
 * with its spread, so a millisecond-level ratio can be told from the machine's drift. Writes
 * bench/results/<timestamp>.json and .md and prints the table.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- autocannon ships no types
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<AutocannonResult> & { on(event: string, fn: (...args: any[]) => void): void };
import { loadConfig } from '../src/config';
import { createDriver, type Db } from '../src/neo4j/driver';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded';
import { stableStringify } from '../src/domain/stable-json';
import { BENCH_DATA, generate, readMarker, specHash, writeMarker, type LoadStats, type Scale } from './generate';
import { queryMix, SYSTEMS, type BenchQuery, type System } from './queries';

interface AutocannonResult {
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}

const BENCH_DIR = __dirname;
const PLUGINS = path.join(BENCH_DATA, 'plugins');
const RESULTS = path.join(BENCH_DIR, 'results');
const log = (line: string) => process.stderr.write(`${line}\n`);

function ensureApoc(): string {
  const jar = () => (fs.existsSync(PLUGINS) && fs.readdirSync(PLUGINS).some((f) => /^apoc-common-.*\.jar$/.test(f)) ? fs.readdirSync(PLUGINS).find((f) => /^apoc-core-.*\.jar$/.test(f)) : undefined);
  if (!jar()) {
    log('Resolving APOC core into bench/.data/plugins (Maven)...');
    const result = spawnSync('mvn', ['-q', '-B', '-f', path.join(BENCH_DIR, 'apoc', 'pom.xml'), 'dependency:copy-dependencies'], { stdio: 'inherit' });
    if (result.status !== 0 || !jar()) throw new Error('could not resolve APOC core with Maven (bench/apoc/pom.xml)');
  }
  return jar()!;
}

interface Child {
  system: System;
  process: ChildProcess;
  port: number;
}

function startSystem(system: System, uri: string, scale: Scale): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(BENCH_DIR, 'server.ts'), '--system', system, '--uri', uri, '--scale', scale], { stdio: ['pipe', 'pipe', 'inherit'] });
    const timer = setTimeout(() => reject(new Error(`${system} did not start`)), 60_000);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^BENCH_LISTENING (\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve({ system, process: child, port: Number(match[1]) });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${system} exited with ${code}`));
    });
  });
}

function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

function requestFor(system: System, q: BenchQuery): { path: string; body: string } | null {
  if (system === 'cypher') return { path: '/', body: JSON.stringify({ name: q.name, params: q.cypher.params }) };
  const op = system === 'ours' ? q.ours : q.neo4jGraphql;
  return op ? { path: '/graphql', body: JSON.stringify(op) } : null;
}

/** Waits (up to 3 minutes) until the system has no session open: requests the client gave up on still run in Neo4j. */
async function settle(port: number): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const stats = (await (await fetch(`http://127.0.0.1:${port}/__stats`)).json()) as { openSessions: number };
    if (stats.openSessions <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  log('WARNING: sessions still open 3 minutes after a cell');
}

async function post(port: number, request: { path: string; body: string }, headers: Record<string, string> = {}): Promise<any> {
  const response = await fetch(`http://127.0.0.1:${port}${request.path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: request.body });
  return response.json();
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

interface Cell {
  concurrency: number;
  /** 1-based round of `--repeat`. */
  round: number;
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  rssMb: number;
}

async function load(port: number, request: { path: string; body: string }, connections: number, seconds: number, pid: number, round = 1): Promise<Cell> {
  const latencies: number[] = [];
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 250);
  const instance = autocannon({
    url: `http://127.0.0.1:${port}${request.path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    connections,
    duration: seconds,
    timeout: 60,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  clearInterval(sampler);
  latencies.sort((a, b) => a - b);
  const twoPlaces = (x: number) => Math.round(x * 100) / 100;
  return {
    concurrency: connections,
    round,
    requestsPerSecond: twoPlaces(latencies.length / seconds),
    requests: latencies.length,
    p50: twoPlaces(percentile(latencies, 50)),
    p95: twoPlaces(percentile(latencies, 95)),
    p99: twoPlaces(percentile(latencies, 99)),
    errors: result.errors + result.timeouts + result.non2xx,
    rssMb: Math.max(peakRss, rssMb(pid)),
  };
}

interface Row {
  query: string;
  system: System;
  expressible: boolean;
  note?: string;
  sameAnswer: boolean | null;
  roundTrips: number | null;
  statements: number | null;
  dbHits: number | null;
  depth: number;
  cells: Cell[];
  graphqlErrors?: number;
  /** The statements one request sent (first 400 characters each). */
  statementsSent?: string[];
  /** Latency of the first (capturing, unloaded) request. */
  firstRequestMs?: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One figure of a (row, concurrency) over its rounds: the median, and the lowest and highest round. */
interface Spread {
  median: number;
  min: number;
  max: number;
  rounds: number;
}

function spread(values: number[]): Spread | undefined {
  if (values.length === 0) return undefined;
  return { median: Math.round(median(values) * 100) / 100, min: Math.min(...values), max: Math.max(...values), rounds: values.length };
}

/** Median and spread of req/s and p50 of a row's cells at one concurrency (rounds where a request completed, for p50). */
function summarize(row: Row, concurrency: number): { rps?: Spread; p50?: Spread } {
  const cells = row.cells.filter((c) => c.concurrency === concurrency);
  return { rps: spread(cells.map((c) => c.requestsPerSecond)), p50: spread(cells.filter((c) => c.requests > 0).map((c) => c.p50)) };
}

const shown = (s: Spread | undefined): string => (s === undefined ? '' : s.rounds > 1 ? `${s.median} (${s.min}–${s.max})` : String(s.median));

function machine() {
  return { nproc: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', ramGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100) };
}

const SYSTEM_NAMES: Record<System, string> = { ours: 'ours', neo4jGraphql: '@neo4j/graphql', cypher: 'hand-written Cypher' };

function markdown(meta: Record<string, any>, rows: Row[], concurrencies: number[]): string {
  const lines: string[] = [];
  lines.push(`# Benchmark ${meta.timestamp}`, '');
  lines.push(`Scale ${meta.scale}: ${meta.data.nodes} nodes, ${meta.data.relationships} relationships (loaded in ${meta.data.seconds.toFixed(1)} s, ${Math.round(meta.data.nodesPerSecond)} nodes/s, ${Math.round(meta.data.relationshipsPerSecond)} relationships/s${meta.data.reused ? ', reused from an earlier run' : ''}).`);
  lines.push(`Machine: ${meta.machine.nproc} cores, ${meta.machine.cpu}, ${meta.machine.ramGb} GiB RAM, Node ${meta.machine.node}; load average at start ${meta.machine.loadAverage.join(' ')}. Neo4j 5.26 embedded (heap 1 GiB, page cache 512 MiB), APOC ${meta.apoc}.`);
  const rounds = meta.repeat > 1 ? ` Each cell ran ${meta.repeat} times, the rounds interleaved across systems; figures are medians, with the lowest and highest round in brackets, and ratios are ratios of medians.` : '';
  lines.push(`Load: autocannon over loopback; every (query, system) warmed for ${meta.warmup} s first, then ${meta.duration} s per cell, the three systems taking turns at each concurrency.${rounds} Latencies in ms. RT = Cypher statements sent per request; db hits = PROFILE total over them.`, '');
  const head = ['query', 'system', 'same answer', 'RT/req', 'depth', 'db hits/req', '1st req ms', ...concurrencies.map((c) => `c=${c} req/s`), ...concurrencies.map((c) => `c=${c} p50/p95/p99`), 'RSS MB', 'errors'];
  lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  for (const row of rows) {
    if (!row.expressible) {
      lines.push(`| ${row.query} | ${SYSTEM_NAMES[row.system]} | not expressible: ${row.note} |${' |'.repeat(head.length - 3)}`);
      continue;
    }
    const cells = concurrencies.map((c) => row.cells.filter((x) => x.concurrency === c));
    const summaries = concurrencies.map((c) => summarize(row, c));
    lines.push(
      `| ${[
        row.query,
        SYSTEM_NAMES[row.system],
        row.sameAnswer === null ? 'reference' : row.sameAnswer ? 'yes' : '**NO**',
        row.roundTrips ?? '',
        row.system === 'ours' ? row.depth : '',
        row.dbHits ?? '',
        row.firstRequestMs ?? '',
        ...summaries.map((s) => shown(s.rps)),
        ...cells.map((list, i) => {
          if (list.length === 0) return '';
          const completed = list.filter((c) => c.requests > 0);
          if (completed.length === 0) return 'none completed';
          // p95 and p99 of the round whose p50 is the median's nearest: one round's tail, not a mix of rounds.
          const p50 = summaries[i].p50!;
          const nearest = completed.reduce((best, c) => (Math.abs(c.p50 - p50.median) < Math.abs(best.p50 - p50.median) ? c : best));
          return `${shown(p50)}/${nearest.p95}/${nearest.p99}`;
        }),
        Math.max(0, ...row.cells.map((c) => c.rssMb)),
        row.cells.reduce((s, c) => s + c.errors, 0) + (row.graphqlErrors ?? 0),
      ].join(' | ')} |`,
    );
  }
  lines.push('', '## Ratios', '');
  lines.push('| query | ours ÷ @neo4j/graphql throughput (c=' + concurrencies.join(', ') + ') | @neo4j/graphql ÷ ours db hits | ours ÷ Cypher p50 at c=' + concurrencies[0] + ' | ours ÷ Cypher throughput (c=' + concurrencies.join(', ') + ') |');
  lines.push('|---|---|---|---|---|');
  const queries = [...new Set(rows.map((r) => r.query))];
  for (const query of queries) {
    const get = (s: System) => rows.find((r) => r.query === query && r.system === s && r.expressible);
    const ours = get('ours');
    const ng = get('neo4jGraphql');
    const cy = get('cypher');
    const tput = (a?: Row, b?: Row) => (a && b ? concurrencies.map((c) => ratio(summarize(a, c).rps?.median, summarize(b, c).rps?.median)).join(' / ') : 'n/a');
    const hits = ours && ng && ours.dbHits ? ratio(ng.dbHits ?? undefined, ours.dbHits) : 'n/a';
    const p50 = ours && cy ? ratio(summarize(ours, concurrencies[0]).p50?.median, summarize(cy, concurrencies[0]).p50?.median) : 'n/a';
    lines.push(`| ${query} | ${tput(ours, ng)} | ${hits} | ${p50} | ${tput(ours, cy)} |`);
  }
  if (meta.notes?.length) lines.push('', '## Notes', '', ...meta.notes.map((n: string) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}

function ratio(a: number | undefined | null, b: number | undefined | null): string {
  if (a && b === 0) return '∞ (other completed none)';
  if (!a || !b) return 'n/a';
  return `${(a / b).toFixed(2)}×`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'M' },
      seed: { type: 'string', default: '42' },
      duration: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '2' },
      concurrency: { type: 'string', default: '1,8,32' },
      queries: { type: 'string' },
      systems: { type: 'string' },
      repeat: { type: 'string', default: '1' },
      'no-load': { type: 'boolean', default: false },
    },
  });
  const scale = values.scale as Scale;
  if (!['XS', 'S', 'M'].includes(scale)) throw new Error('--scale must be XS, S or M');
  const seed = Number(values.seed);
  const duration = Number(values.duration);
  const warmup = Number(values.warmup);
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat must be a whole number of at least 1');
  const concurrencies = values.concurrency!.split(',').map(Number);
  const systems = (values.systems?.split(',') ?? SYSTEMS) as System[];
  const mix = queryMix(scale).filter((q) => !values.queries || values.queries.split(',').includes(q.name));
  const started = Date.now();
  // Before our own Neo4j and servers add to it.
  const machineAtStart = machine();
  const timestamp = new Date().toISOString().replace(/[:.]/g, '-');

  const apoc = ensureApoc();
  const dataDir = path.join(BENCH_DATA, scale);
  const hash = specHash(scale, seed);
  const marker = readMarker(dataDir);
  const reuse = marker !== null && marker.specHash === hash;
  if (!reuse && fs.existsSync(dataDir)) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });

  log(`Starting the embedded Neo4j on ${dataDir} with APOC (${apoc})...`);
  const embedded = await startEmbeddedNeo4j({ port: 0, dataDir, allowApoc: true, pluginsDir: PLUGINS, txTimeoutSeconds: 600, log });
  const driver = createDriver(loadConfig({}).neo4j, embedded.uri);
  const children: Child[] = [];
  try {
    const db: Db = { driver, database: 'neo4j', readTimeoutMs: 60_000, writeTimeoutMs: 600_000 };
    let data: LoadStats & { reused?: boolean };
    if (reuse) {
      data = { ...marker!, reused: true };
      log(`Reusing scale ${scale} data (${marker!.nodes} nodes, ${marker!.relationships} relationships).`);
    } else {
      log(`Generating scale ${scale} (seed ${seed})...`);
      const stats = await generate(db, scale, seed, log);
      writeMarker(dataDir, stats);
      data = stats;
      log(`Loaded ${stats.nodes} nodes, ${stats.relationships} relationships in ${stats.seconds.toFixed(1)} s (${Math.round(stats.nodesPerSecond)} nodes/s, ${Math.round(stats.relationshipsPerSecond)} relationships/s).`);
    }
    const apocVersion = (await driver.executeQuery('RETURN apoc.version() AS v')).records[0].get('v') as string;

    for (const system of systems) children.push(await startSystem(system, embedded.uri, scale));
    const port = (s: System) => children.find((c) => c.system === s)!.port;
    const pid = (s: System) => children.find((c) => c.system === s)!.process.pid!;

    // 1. Same answers, round trips, db hits.
    const rows: Row[] = [];
    const notes: string[] = [];
    for (const q of mix) {
      let reference: string | null = null;
      for (const system of systems) {
        const request = requestFor(system, q);
        const row: Row = { query: q.name, system, expressible: request !== null, note: request ? undefined : q.neo4jGraphqlNote, sameAnswer: null, roundTrips: null, statements: null, dbHits: null, depth: q.depth, cells: [] };
        rows.push(row);
        if (!request) continue;
        const t0 = process.hrtime.bigint();
        const answer = await post(port(system), request, { 'x-bench-capture': '1' });
        row.firstRequestMs = Math.round(Number(process.hrtime.bigint() - t0) / 1e5) / 10;
        const profile = (await (await fetch(`http://127.0.0.1:${port(system)}/__profile`)).json()) as { statements: number; dbHits: number; queries: string[] };
        row.statementsSent = profile.queries;
        if (answer.errors || answer.error) throw new Error(`${q.name} on ${system} failed: ${JSON.stringify(answer.errors ?? answer.error).slice(0, 2000)}`);
        const normalized = stableStringify(q.normalize[system](system === 'cypher' ? answer.records : answer.data));
        row.statements = profile.statements;
        row.dbHits = profile.dbHits;
        row.roundTrips = system === 'ours' ? (answer.extensions?.roundTrips ?? null) : profile.statements;
        if (system === 'ours' && row.roundTrips !== profile.statements) notes.push(`${q.name}: extensions.roundTrips ${row.roundTrips} but ${profile.statements} statements captured`);
        if (reference === null) {
          reference = normalized;
        } else {
          row.sameAnswer = normalized === reference;
          if (!row.sameAnswer) {
            const file = path.join(RESULTS, `${timestamp}.${q.name}.${system}.diff.json`);
            fs.mkdirSync(RESULTS, { recursive: true });
            fs.writeFileSync(file, JSON.stringify({ reference: JSON.parse(reference), answer: JSON.parse(normalized) }, null, 1));
            notes.push(`${q.name}: ${SYSTEM_NAMES[system]} answers differently from ${SYSTEM_NAMES[systems[0]]} (see ${path.relative(process.cwd(), file)})`);
          }
        }
        log(`${q.name.padEnd(18)} ${system.padEnd(13)} answer ${row.sameAnswer === null ? 'reference' : row.sameAnswer ? 'same' : 'DIFFERENT'}  ${normalized.length} chars  round trips ${row.roundTrips}  db hits ${row.dbHits}`);
      }
    }
    const mismatches = rows.filter((r) => r.sameAnswer === false);
    if (mismatches.length > 0) log(`WARNING: ${mismatches.length} answers differ; timing them anyway, the table marks them.`);

    // 2. Load. First every cell is warmed once (JIT of Neo4j and of each server, plan caches, page cache), so no system
    // pays for a cold JVM because it runs first; then, per query and concurrency, the systems take turns, so drift in
    // the machine's load spreads over all three.
    if (!values['no-load']) {
      const timed = rows.filter((row) => row.expressible);
      const requestOf = (row: Row) => requestFor(row.system, mix.find((x) => x.name === row.query)!)!;
      const errorCount = async (row: Row) => ((await (await fetch(`http://127.0.0.1:${port(row.system)}/__stats`)).json()) as { graphqlErrors: number }).graphqlErrors;
      // Cells run one at a time, so a system's error counter moves only for the cell running on it.
      const measured = async (row: Row, run: () => Promise<void>) => {
        const before = await errorCount(row);
        await run();
        await settle(port(row.system));
        row.graphqlErrors = (row.graphqlErrors ?? 0) + (await errorCount(row)) - before;
      };
      if (warmup > 0) {
        log(`Warming every (query, system) for ${warmup} s...`);
        for (const row of timed) await measured(row, async () => void (await load(port(row.system), requestOf(row), Math.max(...concurrencies.filter((c) => c <= 8)), warmup, pid(row.system))));
      }
      for (const q of mix) {
        for (const c of concurrencies) {
          for (let round = 1; round <= repeat; round++) {
            for (const row of timed.filter((r) => r.query === q.name)) {
              await measured(row, async () => {
                const cell = await load(port(row.system), requestOf(row), c, duration, pid(row.system), round);
                row.cells.push(cell);
                const of = repeat > 1 ? ` round ${round}/${repeat}` : '';
                log(`${row.query.padEnd(18)} ${row.system.padEnd(13)} c=${String(c).padEnd(3)}${of} ${String(cell.requestsPerSecond).padStart(8)} req/s  p50 ${cell.p50} p95 ${cell.p95} p99 ${cell.p99} ms  rss ${cell.rssMb} MB  errors ${cell.errors}`);
              });
            }
          }
        }
      }
    }

    if (scale !== 'S') notes.push('Synthetic data gives every hire a date, every employment a start and `current`, and every deal an annualized value, so the three systems order alike (@neo4j/graphql sorts cannot coalesce nulls).');
    notes.push('connections answers are compared by path count, hop counts and endpoints: which of several equally short paths a LIMIT keeps is up to the planner.');
    notes.push('Our dealsPage returns totalCount and the page in one statement (no extra round trip); see the RT column for @neo4j/graphql.');
    const meta = { timestamp, scale, seed, duration, warmup, repeat, concurrencies, apoc: apocVersion, data, machine: machineAtStart, totalSeconds: Math.round((Date.now() - started) / 1000), notes };
    const md = markdown(meta, rows, concurrencies);
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, `${timestamp}.json`), `${JSON.stringify({ ...meta, rows }, null, 2)}\n`);
    fs.writeFileSync(path.join(RESULTS, `${timestamp}.md`), md);
    process.stdout.write(md);
    log(`Wrote bench/results/${timestamp}.json and .md in ${meta.totalSeconds} s.`);
  } finally {
    for (const child of children) child.process.kill('SIGTERM');
    await driver.close();
    await embedded.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
