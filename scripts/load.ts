/**
 * npm run load (30 s) and npm run soak (10 min): autocannon against the
 * acceptance-contract operations, round robin, on 127.0.0.1.
 *
 * The API runs in its own process (scripts/load-server.ts, with --expose-gc)
 * over an embedded Neo4j seeded with seed/news, so the load generator does not
 * share its heap, and its memory is sampled after a forced GC. Every response
 * body is checked: GraphQL answers errors with HTTP 200, so a body with
 * `errors` (or without data) counts as an error, as does any non-2xx.
 *
 * Targets: no errors and p99 < 500 ms at 10 connections; for runs of 10 minutes
 * or more, heap growth < 50 MB between the end of the warm-up and the end.
 * Exits 1 when a target is missed.
 *
 *   node --import tsx scripts/load.ts [--duration 30] [--connections 10] [--warmup 30] [--trend 60]
 *   KB_LOAD_SERVER_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run load   # profile the API process
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { OPERATIONS } from '../test/contract/operations';
import type { ParentMessage, ServerMessage } from './load-server';

type Ready = Extract<ServerMessage, { type: 'ready' }>;
type Memory = Extract<ServerMessage, { type: 'memory' }>;

const P99_TARGET_MS = 500;
const HEAP_GROWTH_TARGET_MB = 50;
const SOAK_MIN_S = 600;
const MB = 1024 * 1024;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const DURATION_S = option('duration', 30);
const CONNECTIONS = option('connections', 10);
const WARMUP_S = option('warmup', 30);
/** Seconds between heap samples during the run (no GC forced); default 60 for soaks, none otherwise. */
const TREND_S = option('trend', DURATION_S >= 600 ? 60 : 0);
const out = (line = '') => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- the server process

let server: ChildProcess | null = null;
let running: autocannon.Instance | null = null;

function startServer(): Promise<Ready> {
  server = fork(path.join(__dirname, 'load-server.ts'), [], {
    // KB_LOAD_SERVER_FLAGS adds Node flags to the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
    execArgv: ['--expose-gc', ...(process.env.KB_LOAD_SERVER_FLAGS ?? '').split(' ').filter(Boolean), '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server was not ready within 5 minutes')), 5 * 60_000);
    server!.on('message', (message: ServerMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(message);
      }
    });
    server!.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} before it was ready`));
    });
  });
}

function memory(gc: boolean): Promise<Memory> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no memory sample within 10 s')), 10_000);
    const onMessage = (message: ServerMessage) => {
      if (message.type !== 'memory') return;
      clearTimeout(timer);
      server!.off('message', onMessage);
      resolve(message);
    };
    server!.on('message', onMessage);
    server!.send({ type: 'memory', gc } satisfies ParentMessage);
  });
}

async function stopServer(): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.connected) child.send({ type: 'stop' } satisfies ParentMessage);
  else child.kill('SIGTERM');
  // The server stops Neo4j cleanly; after 40 s it is killed, and the JVM follows when its stdin pipe closes.
  const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
  await exited;
  clearTimeout(timer);
}

process.on('exit', () => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
});
let interrupted = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted += 1;
    if (interrupted > 1) process.exit(130);
    out(`\n${signal}: stopping the load and the server...`);
    running?.stop();
    void stopServer().then(() => process.exit(130));
  });
}

// ---------------------------------------------------------------- measurement

interface Run {
  result: autocannon.Result;
  latencies: number[];
  errorBodies: Record<string, number>;
  sampleErrors: string[];
  trend: Array<{ at: number; heapMB: number; rssMB: number }>;
}

const names = Object.keys(OPERATIONS) as Array<keyof typeof OPERATIONS>;

function bodyError(status: number, body: string): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: Array<{ message?: string }> };
    if (parsed.errors?.length) return parsed.errors.map((e) => e.message).join('; ');
    if (parsed.data == null) return 'no data';
    return null;
  } catch {
    return 'not JSON';
  }
}

async function load(base: string, durationS: number, trendEveryS = 0): Promise<Run> {
  const latencies: number[] = [];
  const errorBodies: Record<string, number> = {};
  const sampleErrors: string[] = [];
  const trend: Run['trend'] = [];
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: durationS,
    timeout: 30,
    renderProgressBar: false,
    renderResultsTable: false,
    requests: names.map((name) => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: OPERATIONS[name] }),
      onResponse: (status: number, body: string) => {
        const error = bodyError(status, String(body));
        if (error === null) return;
        errorBodies[name] = (errorBodies[name] ?? 0) + 1;
        if (sampleErrors.length < 5) sampleErrors.push(`${name}: ${error.slice(0, 200)}`);
      },
    })),
  });
  running = instance;
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const started = Date.now();
  // Heap and RSS every `trendEveryS` seconds while the load runs (no GC forced): the shape of the curve.
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  let sampling = true;
  const sampler = (async () => {
    if (!trendEveryS) return;
    while (sampling) {
      await Promise.race([sleep(trendEveryS * 1000), finished]);
      if (!sampling) break;
      const { usage } = await memory(false);
      const point = { at: Math.round((Date.now() - started) / 1000), heapMB: usage.heapUsed / MB, rssMB: usage.rss / MB };
      trend.push(point);
      out(`  ${String(point.at).padStart(4)} s: heap ${point.heapMB.toFixed(1)} MB, rss ${point.rssMB.toFixed(1)} MB (no GC forced)`);
    }
  })();
  const result = await instance;
  sampling = false;
  finish();
  await sampler;
  running = null;
  return { result, latencies, errorBodies, sampleErrors, trend };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number | null | undefined): number | null {
  if (!pid) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return null;
  }
}

/** Median latency of each operation alone, one request at a time: where the time goes. */
async function perOperation(base: string, rounds: number): Promise<Array<[string, number]>> {
  const medians: Array<[string, number]> = [];
  for (const name of names) {
    const times: number[] = [];
    for (let i = 0; i < rounds; i += 1) {
      const started = performance.now();
      const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: OPERATIONS[name] }), signal: AbortSignal.timeout(30_000) });
      await response.text();
      times.push(performance.now() - started);
    }
    medians.push([name, percentile(times.sort((a, b) => a - b), 50)]);
  }
  return medians.sort((a, b) => b[1] - a[1]);
}

function jvmRssMB(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const soak = DURATION_S >= SOAK_MIN_S;
  out(`Machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB, Node ${process.version}`);
  out(`Load average before: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on the machine skews every number below)`);
  out('Starting the API in its own process (embedded Neo4j, seeding seed/news; a minute or two on a cold JVM)...');
  const ready = await startServer();
  const base = `http://127.0.0.1:${ready.port}`;
  out(`API at ${base}; seeded in ${(ready.seedMs / 1000).toFixed(1)} s: ${JSON.stringify(ready.seeded)}`);

  // Every operation answers without errors before any load, or the numbers mean nothing.
  for (const name of names) {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: OPERATIONS[name] }), signal: AbortSignal.timeout(30_000) });
    const error = bodyError(response.status, await response.text());
    if (error) throw new Error(`${name} fails before any load: ${error}`);
  }

  out(`Warm-up: ${WARMUP_S} s at ${CONNECTIONS} connections (not measured)...`);
  await load(base, WARMUP_S);
  if (interrupted) return;
  const before = await memory(true);
  const jvmBefore = jvmRssMB(ready.jvmPid);
  out(`After warm-up (GC forced: ${before.gc}): heap ${(before.usage.heapUsed / MB).toFixed(1)} MB, rss ${(before.usage.rss / MB).toFixed(1)} MB; Neo4j JVM rss ${jvmBefore?.toFixed(0) ?? '?'} MB`);

  out(`Measuring: ${DURATION_S} s at ${CONNECTIONS} connections, round robin over ${names.length} contract operations...`);
  const cpu = { server: cpuSeconds(server?.pid), jvm: cpuSeconds(ready.jvmPid), generator: process.cpuUsage() };
  const run = await load(base, DURATION_S, TREND_S);
  if (interrupted) return;
  const cpuUsed = {
    server: (cpuSeconds(server?.pid) ?? NaN) - (cpu.server ?? NaN),
    jvm: (cpuSeconds(ready.jvmPid) ?? NaN) - (cpu.jvm ?? NaN),
    generator: (() => {
      const used = process.cpuUsage(cpu.generator);
      return (used.user + used.system) / 1e6;
    })(),
  };
  const after = await memory(true);
  const jvmAfter = jvmRssMB(ready.jvmPid);
  const loadAfter = os.loadavg();

  const { result, latencies, errorBodies, sampleErrors } = run;
  const sorted = latencies.sort((a, b) => a - b);
  const p = (q: number) => percentile(sorted, q);
  const errorBodyCount = Object.values(errorBodies).reduce((a, b) => a + b, 0);
  const errors = result.non2xx + errorBodyCount + result.errors;
  const heapGrowthMB = (after.usage.heapUsed - before.usage.heapUsed) / MB;
  const rssGrowthMB = (after.usage.rss - before.usage.rss) / MB;

  out();
  out('Results');
  out(`  requests:     ${latencies.length} in ${result.duration} s = ${(latencies.length / result.duration).toFixed(1)} req/s (autocannon average ${result.requests.average.toFixed(1)}/s)`);
  out(`  latency:      p50 ${p(50).toFixed(1)} ms, p95 ${p(95).toFixed(1)} ms, p99 ${p(99).toFixed(1)} ms, max ${p(100).toFixed(1)} ms (autocannon p97.5 ${result.latency.p97_5} ms)`);
  out(`  non-2xx:      ${result.non2xx}`);
  out(`  error bodies: ${errorBodyCount}${errorBodyCount ? ` ${JSON.stringify(errorBodies)}` : ''}`);
  out(`  socket errors ${result.errors} (timeouts ${result.timeouts}); masked errors logged by the server ${after.maskedErrors}`);
  for (const line of sampleErrors) out(`    e.g. ${line}`);
  out(`  server heap:  ${(before.usage.heapUsed / MB).toFixed(1)} → ${(after.usage.heapUsed / MB).toFixed(1)} MB after GC (${heapGrowthMB >= 0 ? '+' : ''}${heapGrowthMB.toFixed(1)} MB); rss ${(before.usage.rss / MB).toFixed(1)} → ${(after.usage.rss / MB).toFixed(1)} MB (${rssGrowthMB >= 0 ? '+' : ''}${rssGrowthMB.toFixed(1)} MB)`);
  out(`  Neo4j JVM:    rss ${jvmBefore?.toFixed(0) ?? '?'} → ${jvmAfter?.toFixed(0) ?? '?'} MB`);
  const perRequest = (seconds: number) => `${((seconds / latencies.length) * 1000).toFixed(1)} ms/request`;
  out(`  CPU during the run: API ${cpuUsed.server.toFixed(1)} s (${perRequest(cpuUsed.server)}), Neo4j ${cpuUsed.jvm.toFixed(1)} s (${perRequest(cpuUsed.jvm)}), autocannon ${cpuUsed.generator.toFixed(1)} s, of ${(result.duration * os.cpus().length).toFixed(0)} CPU-s available`);
  out(`  load average after: ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
  out('  median latency of each operation alone (5 sequential requests each):');
  for (const [name, median] of await perOperation(base, 5)) out(`    ${median.toFixed(1).padStart(7)} ms  ${name}`);

  const targets: Array<[string, boolean]> = [
    ['no errors (non-2xx, error bodies, socket errors)', errors === 0],
    [`p99 < ${P99_TARGET_MS} ms`, p(99) < P99_TARGET_MS],
  ];
  if (soak) targets.push([`heap growth < ${HEAP_GROWTH_TARGET_MB} MB`, heapGrowthMB < HEAP_GROWTH_TARGET_MB]);
  out();
  for (const [name, met] of targets) out(`  ${met ? 'PASS' : 'FAIL'}  ${name}`);

  await stopServer();
  process.exit(targets.every(([, met]) => met) ? 0 : 1);
}

main().catch(async (error: unknown) => {
  if (interrupted) return; // the signal handler is stopping everything
  out(`load: ${error instanceof Error ? error.message : String(error)}`);
  running?.stop();
  await stopServer();
  process.exit(1);
});
