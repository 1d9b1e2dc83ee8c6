/**
 * npm run chaos: 75 seconds of steady reads against the API while its Neo4j is
 * killed and restarted, frozen, then killed and left to the supervisor that
 * `npm start` runs it under. Everything stays on 127.0.0.1 and in a temporary
 * store; every child process is stopped on exit, Ctrl-C included.
 *
 *   t = 5 s    SIGKILL the Neo4j JVM (a crash)
 *   t = 6 s    restart it on the same store and port (a cold JVM, store recovery), as
 *              npm start does: supervised (src/neo4j/embedded.ts, superviseEmbeddedNeo4j)
 *   then       2 s after the API answers again: SIGSTOP it for 10 s (a stall: sockets stay
 *              open, nothing answers), then SIGCONT; skipped (and the run fails) if that
 *              would end less than 8 s before the end
 *   then       2 s after the API answers again: SIGKILL it and restart nothing: the supervisor
 *              notices and restarts it; skipped (and the run fails) with less than 25 s left
 *
 * One line per second: completed requests ok/failed, p50/p99 latency, /readyz, events.
 * Exits non-zero if the API never recovers after a fault, if /healthz stops answering,
 * or if the process sees an uncaught exception or an unhandled rejection.
 *
 * Driver limits come from the environment like `npm start` (defaults: 5 s reads), so
 * `KB_READ_TIMEOUT_MS=1500 npm run chaos` shows the same run with tighter limits.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { createDriver, writeTransaction, type Db } from '../src/neo4j/driver';
import { startEmbeddedNeo4j, superviseEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/neo4j/embedded';
import { ensureSchema } from '../src/stores/schema-store';
import { createHttpServer } from '../src/http-server';
import { createServer } from '../src/server';

const DURATION_MS = 75_000;
// A cold JVM warms up faster with C1 only (the tests do the same); peak speed is not what this run measures.
process.env.KB_NEO4J_JVM_FLAGS ??= '-XX:TieredStopAtLevel=1';
const CONCURRENCY = 10;
const KILL_AT = 5_000;
const RESTART_AT = 6_000;
const STOP_FOR = 10_000;
/** The stall starts this long after the API has recovered from the crash... */
const STOP_AFTER_RECOVERY = 2_000;
/** ...and needs this much run left after SIGCONT to show recovery. */
const AFTER_CONT_MIN = 8_000;
/** The unattended kill needs this much run left: the supervisor's restart (a cold JVM) and the recovery after it. */
const SUPERVISED_KILL_MIN = 25_000;
const REQUEST_TIMEOUT_MS = 15_000;
const QUERY = JSON.stringify({ query: '{ stats { nodes relationships } }' });

// ---------------------------------------------------------------- state

interface Sample {
  end: number;
  ms: number;
  ok: boolean;
}
interface Event {
  at: number;
  name: string;
}

/** Time zero of the timeline: reset when the load starts, after Neo4j and the API are up. */
let t0 = Date.now();
const now = () => Date.now() - t0;
const samples: Sample[] = [];
const events: Event[] = [];
const crashes: string[] = [];
const errorKinds = new Map<string, number>();
let readyz = '---';
let healthzFailures = 0;
let driverLogLines = 0;
let running = true;

let neo4j: EmbeddedNeo4j | null = null;
let jvmStopped = false;
/** True once every JVM we started has been stopped or has died. */
let jvmGone = false;
let dataDir = '';
let cleanup: Promise<void> | null = null;

const out = (line: string) => process.stdout.write(`${line}\n`);
const mark = (name: string) => events.push({ at: now(), name });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The driver reports every broken connection on stderr; during chaos that is expected, so count instead of print.
const stderrWrite = process.stderr.write.bind(process.stderr);
process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  if (String(chunk).startsWith('[neo4j-driver]')) {
    driverLogLines += 1;
    return true;
  }
  return (stderrWrite as (...args: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stderr.write;

process.on('uncaughtException', (error) => crashes.push(`uncaughtException: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => crashes.push(`unhandledRejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

/** Last resort on any exit: a stopped JVM would ignore its closed stdin forever, so wake it and kill it. */
process.on('exit', () => {
  if (neo4j && !jvmGone) {
    for (const signal of ['SIGCONT', 'SIGKILL'] as const) {
      try {
        process.kill(neo4j.pid, signal);
      } catch {
        // already gone
      }
    }
  }
});

let interrupted = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted += 1;
    if (interrupted > 1) process.exit(130); // the exit hook kills the JVM
    out(`\n${signal}: stopping the load, the API and Neo4j...`);
    void shutdown().then(() => process.exit(130));
  });
}

// ---------------------------------------------------------------- statistics

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value: number) => (Number.isNaN(value) ? '     -' : `${Math.round(value).toString().padStart(4)}ms`);

function window(from: number, to: number) {
  const inWindow = samples.filter((s) => s.end >= from && s.end < to);
  const sorted = inWindow.map((s) => s.ms).sort((a, b) => a - b);
  return { ok: inWindow.filter((s) => s.ok).length, failed: inWindow.filter((s) => !s.ok).length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

// ---------------------------------------------------------------- load

async function loadLoop(url: string): Promise<void> {
  while (running && now() < DURATION_MS) {
    const started = Date.now();
    let ok = false;
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      const body = (await response.json()) as { data?: { stats?: unknown }; errors?: unknown[] };
      ok = response.status === 200 && !body.errors && body.data?.stats != null;
    } catch {
      ok = false;
    }
    samples.push({ end: now(), ms: Date.now() - started, ok });
    if (!ok) await sleep(50); // no hot loop if something fails instantly
  }
}

async function probeLoop(base: string): Promise<void> {
  while (running && now() < DURATION_MS) {
    const started = Date.now();
    try {
      const health = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (health.status !== 200) healthzFailures += 1;
    } catch {
      healthzFailures += 1;
    }
    try {
      const response = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(5000) });
      readyz = String(response.status);
    } catch {
      readyz = 'ERR';
    }
    await sleep(Math.max(0, 1000 - (Date.now() - started)));
  }
}

// ---------------------------------------------------------------- faults

/** Starts Neo4j on the chaos store; `supervised`, as npm start runs it, it is restarted when it dies. */
async function startNeo4j(port: number, supervised = false): Promise<EmbeddedNeo4j> {
  const log = (line: string) => out(`  neo4j: ${line}`);
  // After SIGKILL the port is free at once on Linux; retry a little in case it is not.
  for (let attempt = 1; ; attempt += 1) {
    try {
      if (!supervised) return await startEmbeddedNeo4j({ port, dataDir, startTimeoutMs: 60_000, log });
      return await superviseEmbeddedNeo4j({
        port,
        dataDir,
        startTimeoutMs: 60_000,
        log,
        onRestart: ({ pid, downMs }) => mark(`supervisor restarted neo4j (pid ${pid}, ${downMs} ms after the kill)`),
      });
    } catch (error) {
      if (attempt >= 3 || !running) throw error;
      out(`  restart attempt ${attempt} failed: ${(error as Error).message}; retrying`);
      await sleep(1000);
    }
  }
}

/**
 * When the next fault may start: once a request sent after `since` has succeeded (the API recovered from the last
 * fault), plus STOP_AFTER_RECOVERY, so two recoveries are measured apart; null when that would be after `latest`
 * (or the run is ending).
 */
async function nextFaultAt(since: number, latest: number): Promise<number | null> {
  const recovered = () => samples.find((sample) => sample.ok && sample.end >= since);
  while (running && now() < latest && !recovered()) await sleep(100);
  const at = recovered();
  const start = at ? at.end + STOP_AFTER_RECOVERY : Infinity;
  return running && start <= latest ? start : null;
}

async function faults(port: number): Promise<void> {
  await sleep(KILL_AT - now());
  if (!running) return;
  const killed = neo4j!;
  mark(`SIGKILL neo4j (pid ${killed.pid})`);
  process.kill(killed.pid, 'SIGKILL');
  await killed.stop(); // already dead: releases the stdin pipe
  jvmGone = true;

  await sleep(RESTART_AT - now());
  if (!running) return;
  mark('restart neo4j (same store and port)');
  neo4j = await startNeo4j(port, true);
  jvmGone = false;
  mark(`neo4j ready again (pid ${neo4j.pid})`);

  // Stall only once the API answers again, so the two recoveries are measured apart.
  const stopAt = await nextFaultAt(now(), DURATION_MS - STOP_FOR - AFTER_CONT_MIN);
  if (!running) return;
  if (stopAt === null) {
    mark('SIGSTOP skipped: the API had not recovered from the crash in time to leave room for it');
    return;
  }
  await sleep(stopAt - now());
  if (!running) return;
  mark(`SIGSTOP neo4j for ${STOP_FOR / 1000} s`);
  jvmStopped = true;
  process.kill(neo4j.pid, 'SIGSTOP');
  await sleep(STOP_FOR);
  process.kill(neo4j.pid, 'SIGCONT');
  jvmStopped = false;
  mark('SIGCONT neo4j');

  // A crash nobody attends to: only the supervisor brings Neo4j back.
  const killAt = await nextFaultAt(now(), DURATION_MS - SUPERVISED_KILL_MIN);
  if (!running) return;
  if (killAt === null) {
    mark('unattended SIGKILL skipped: the API had not recovered from the stall in time to leave room for it');
    return;
  }
  await sleep(killAt - now());
  if (!running) return;
  mark(`SIGKILL neo4j without restarting it (pid ${neo4j.pid})`);
  process.kill(neo4j.pid, 'SIGKILL');
}

// ---------------------------------------------------------------- lifecycle

let httpServer: http.Server | null = null;
let db: Db | null = null;

function shutdown(): Promise<void> {
  cleanup ??= (async () => {
    running = false;
    if (neo4j && jvmStopped) {
      process.kill(neo4j.pid, 'SIGCONT');
      jvmStopped = false;
    }
    if (httpServer) {
      httpServer.closeAllConnections();
      await new Promise((resolve) => httpServer!.close(() => resolve(undefined)));
    }
    if (db) await Promise.race([db.driver.close(), sleep(5000)]);
    if (neo4j && !jvmGone) {
      await neo4j.stop(); // SIGTERM, then SIGKILL after 30 s
      jvmGone = true;
    }
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  })();
  return cleanup;
}

function summary(): boolean {
  const clears = [
    { fault: 'SIGKILL', clear: events.find((e) => e.name.startsWith('neo4j ready again')), start: events.find((e) => e.name.startsWith('SIGKILL neo4j (')) },
    { fault: 'SIGSTOP', clear: events.find((e) => e.name === 'SIGCONT neo4j'), start: events.find((e) => e.name.startsWith('SIGSTOP neo4j')) },
    // Cleared by the supervisor, not by this script: its restart is the clearing event.
    { fault: 'SIGKILL without restart', clear: events.find((e) => e.name.startsWith('supervisor restarted neo4j')), start: events.find((e) => e.name.startsWith('SIGKILL neo4j without')) },
  ];
  let healthy = true;
  out('\nSummary');
  const total = window(0, Infinity);
  out(`  requests: ${total.ok} ok, ${total.failed} failed; p50 ${ms(total.p50).trim()}, p99 ${ms(total.p99).trim()} (concurrency ${CONCURRENCY})`);
  for (const [index, { fault, clear, start }] of clears.entries()) {
    // A fault's aftermath ends where the next fault starts.
    const until = clears[index + 1]?.start?.at ?? Infinity;
    if (!start) {
      out(`  ${fault}: did not happen`);
      healthy = false;
      continue;
    }
    if (!clear) {
      out(`  ${fault}: the fault never cleared`);
      healthy = false;
      continue;
    }
    const during = window(start.at, clear.at);
    const firstOk = samples.find((s) => s.ok && s.end >= clear.at && s.end < until);
    const failedAfter = samples.filter((s) => !s.ok && s.end >= clear.at && s.end < until);
    const lastFailure = failedAfter.length ? failedAfter[failedAfter.length - 1].end : null;
    const failedDuring = samples.filter((s) => !s.ok && s.end >= start.at && s.end < clear.at).map((s) => s.ms);
    out(`  ${fault} at ${(start.at / 1000).toFixed(1)} s, cleared at ${(clear.at / 1000).toFixed(1)} s: ${during.ok} ok / ${during.failed} failed meanwhile, slowest failure ${failedDuring.length ? Math.max(...failedDuring) : 0} ms`);
    if (!firstOk) {
      out(`    NEVER RECOVERED: no successful request after the fault cleared`);
      healthy = false;
    } else {
      out(`    first success ${firstOk.end - clear.at} ms after it cleared (${firstOk.end - start.at} ms after the fault); last failure ${lastFailure === null ? 'none after it' : `${lastFailure - clear.at} ms after it`}`);
      if (fault === 'SIGKILL without restart') out(`    recovery time, kill to first success with no intervention: ${firstOk.end - start.at} ms (the supervisor had Neo4j back after ${clear.at - start.at} ms)`);
    }
  }
  const tail = window(DURATION_MS - 3000, Infinity);
  out(`  last 3 s: ${tail.ok} ok, ${tail.failed} failed`);
  if (tail.ok === 0 || tail.failed > 0) healthy = false;
  out(`  /healthz failures: ${healthzFailures}; driver log lines suppressed: ${driverLogLines}`);
  if (healthzFailures > 0) healthy = false;
  const kinds = [...errorKinds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  if (kinds.length) out(`  masked errors logged by the API, by kind:\n${kinds.map(([kind, n]) => `    ${String(n).padStart(5)} × ${kind}`).join('\n')}`);
  if (crashes.length) {
    out(`  CRASHES (${crashes.length}):\n${crashes.slice(0, 5).map((c) => `    ${c.split('\n').slice(0, 3).join(' | ')}`).join('\n')}`);
    healthy = false;
  }
  out(healthy ? '\nPASS: the API recovered from every fault and stayed up.' : '\nFAIL: see above.');
  return healthy;
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    out('watchdog: the run overran by 90 s; killing everything');
    process.exit(2);
  }, DURATION_MS + 90_000);

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-chaos-'));
  out(`Starting the embedded Neo4j (store ${dataDir})...`);
  neo4j = await startNeo4j(0);
  const port = Number(new URL(neo4j.uri.replace(/^bolt/, 'http')).port);
  // No response cache: a cached answer would hide the faults this run injects.
  const config = loadConfig({ KB_RATE_LIMIT: '0', ...process.env, KB_RESPONSE_CACHE_TTL_MS: '0', NEO4J_URI: neo4j.uri, KB_SEED_ON_START: 'false' });
  const driver = createDriver(config.neo4j, neo4j.uri);
  db = { driver, database: config.neo4j.database, readTimeoutMs: config.neo4j.readTimeoutMs, writeTimeoutMs: config.neo4j.writeTimeoutMs };
  await ensureSchema(db);
  await writeTransaction(db, (tx) =>
    tx.run(`UNWIND range(1, 5) AS i CREATE (:Node:Entity:Organization {id: 'chaos-org-' + i, type: 'Organization', name: 'Chaos Org ' + i})`),
  );

  const yoga = createServer({
    db,
    config,
    log: (line) => {
      // The JSON log's unexpected errors, counted by their error's type and message (no request id, no stack).
      if (!line.includes('"msg":"unexpected error"')) return;
      const { err } = JSON.parse(line) as { err?: { type?: string; message?: string } };
      const kind = `${err?.type ?? 'Error'}: ${err?.message ?? ''}`.split('\n')[0].slice(0, 140);
      errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
    },
  });
  httpServer = createHttpServer(yoga, config.requestTimeoutMs);
  await new Promise<void>((resolve) => httpServer!.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  out(`API at ${base}, Neo4j at ${neo4j.uri} (pid ${neo4j.pid}); read timeout ${config.neo4j.readTimeoutMs} ms, acquire ${config.neo4j.acquireTimeoutMs} ms, retry ${config.neo4j.maxRetryTimeMs} ms`);
  out(`${CONCURRENCY} concurrent loops of { stats } for ${DURATION_MS / 1000} s\n`);

  // Warm up first: a cold JVM answers its first queries slowly, and that is not what this run measures.
  const warmUntil = Date.now() + 60_000;
  while (Date.now() < warmUntil) {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).catch(() => null);
    if (response?.status === 200 && !((await response.json()) as { errors?: unknown }).errors) break;
    await sleep(500);
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, () => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY }).then((r) => r.text()).catch(() => '')));
  out(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs\n`);
  t0 = Date.now();
  const loops = [...Array.from({ length: CONCURRENCY }, () => loadLoop(`${base}/graphql`)), probeLoop(base)];
  const chaos = faults(port).catch((error: Error) => {
    mark(`FAULT SCRIPT FAILED: ${error.message}`);
  });

  let printedEvents = 0;
  for (let second = 1; now() < DURATION_MS && running; second += 1) {
    await sleep(Math.max(0, second * 1000 - now()));
    const w = window((second - 1) * 1000, second * 1000);
    const fresh = events.slice(printedEvents).map((e) => e.name);
    printedEvents = events.length;
    out(`t=${String(second).padStart(2)}s  ok ${String(w.ok).padStart(4)}  failed ${String(w.failed).padStart(3)}  p50 ${ms(w.p50)}  p99 ${ms(w.p99)}  readyz ${readyz}${fresh.length ? `  << ${fresh.join('; ')}` : ''}`);
  }
  running = false;
  await Promise.race([Promise.all(loops), sleep(REQUEST_TIMEOUT_MS + 1000)]);
  await Promise.race([chaos, sleep(5000)]);
  const healthy = summary();
  out('\nStopping the API and Neo4j...');
  await shutdown();
  clearTimeout(watchdog);
  process.exit(healthy ? 0 : 1);
}

main().catch(async (error: unknown) => {
  out(`chaos: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await Promise.race([shutdown(), sleep(40_000)]);
  process.exit(1);
});
