/**
 * npm run load:replicas: the load test through the load balancer of `npm run start:replicas`, on 1 then on 2
 * replicas (or `--replicas 1,2,4`), each on a fresh embedded Neo4j seeded with seed/news: 10 connections (autocannon)
 * round robin over the acceptance-contract operations, after a warm-up. Every body is checked (a GraphQL answer with
 * `errors` is an error). The response cache and the rate limit are off, as in `npm run load`: this measures the
 * engine, not the cache. Prints req/s, p50, p99 and errors per replica count.
 *
 *   node --import tsx scripts/load-replicas.ts [--replicas 1,2] [--duration 30] [--warmup 15] [--connections 10]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { OPERATIONS } from '../test/contract/operations';

const { values } = parseArgs({ options: { replicas: { type: 'string', default: '1,2' }, duration: { type: 'string', default: '30' }, warmup: { type: 'string', default: '15' }, connections: { type: 'string', default: '10' } } });
const REPLICAS = values.replicas.split(',').map(Number);
const DURATION_S = Number(values.duration);
const WARMUP_S = Number(values.warmup);
const CONNECTIONS = Number(values.connections);
const out = (line = '') => process.stdout.write(`${line}\n`);
const names = Object.keys(OPERATIONS) as Array<keyof typeof OPERATIONS>;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function startReplicas(n: number): Promise<{ child: ChildProcess; base: string; dataDir: string }> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-load-replicas-'));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'replicas.ts'), '--replicas', String(n)], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NEO4J_URI: '', NEO4J_EMBEDDED_PORT: '0', NEO4J_EMBEDDED_DATA: dataDir, KB_SEED_ON_START: 'true', KB_RESPONSE_CACHE_TTL_MS: '0', KB_RATE_LIMIT: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 180_000;
  while (!output.includes('serving at')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`start:replicas did not serve:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { child, base: `http://127.0.0.1:${port}`, dataDir };
}

function bodyError(status: number, body: string): boolean {
  if (status < 200 || status >= 300) return true;
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
    return Boolean(parsed.errors?.length) || parsed.data == null;
  } catch {
    return true;
  }
}

async function run(base: string, durationS: number) {
  let errors = 0;
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: durationS,
    timeout: 30,
    requests: names.map((name) => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: OPERATIONS[name] }),
      onResponse: (status: number, body: string) => void (bodyError(status, String(body)) && (errors += 1)),
    })),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total, errors: errors + result.errors + result.timeouts + result.non2xx };
}

async function main(): Promise<void> {
  out(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  out(`${CONNECTIONS} connections, ${WARMUP_S} s warm-up, ${DURATION_S} s measured, over ${names.length} contract operations`);
  out('');
  out('| replicas | req/s | p50 | p99 | requests | errors |');
  out('|---|---|---|---|---|---|');
  for (const n of REPLICAS) {
    const { child, base, dataDir } = await startReplicas(n);
    try {
      await run(base, WARMUP_S);
      const r = await run(base, DURATION_S);
      out(`| ${n} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${r.total} | ${r.errors} |`);
    } finally {
      child.kill('SIGINT');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
