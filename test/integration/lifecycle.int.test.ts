/**
 * Process lifecycle of `npm start` and the embedded Neo4j: no Java process is
 * ever left behind, and a busy port is a one-line error. These start real
 * JVMs, so each test takes a few seconds.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { prepareFile } from '../../src/ingest/prepare';
import { listNewsFiles } from '../../src/ingest/read-file';
import { startEmbeddedNeo4j } from '../../src/neo4j/embedded';

const ROOT = path.resolve(__dirname, '..', '..');

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kb-lifecycle-'));
}

/** PIDs of launcher JVMs using `dataDir`. */
function javaPids(dataDir: string): number[] {
  const result = spawnSync('pgrep', ['-f', `kb.EmbeddedNeo4j.*${dataDir}`], { encoding: 'utf8' });
  return result.stdout.split('\n').filter(Boolean).map(Number);
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return check();
}

function busyPort(): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => resolve(server));
  });
}

function startMain(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  // The same command as `npm start`, so the process we signal is the one that owns the launcher.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', KB_SEED_ON_START: 'false', NEO4J_EMBEDDED_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  started.push(child);
  return { child, output: () => output, exited };
}

describe('the embedded Neo4j', () => {
  it('fails with a one-line reason when its port is busy', async () => {
    const server = await busyPort();
    const port = (server.address() as net.AddressInfo).port;
    try {
      await expect(startEmbeddedNeo4j({ port, dataDir: tempDir() })).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      server.close();
    }
  });

  it('stops cleanly and leaves no Java process', async () => {
    const dataDir = tempDir();
    const neo4j = await startEmbeddedNeo4j({ port: 0, dataDir });
    expect(javaPids(dataDir)).toHaveLength(1);
    await neo4j.stop();
    expect(await waitFor(() => javaPids(dataDir).length === 0, 10_000)).toBe(true);
  });
});

const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('npm start', () => {
  it('leaves no Java process after Ctrl-C', async () => {
    const dataDir = tempDir();
    const main = startMain({ PORT: '0', NEO4J_EMBEDDED_DATA: dataDir });
    expect(await waitFor(() => main.output().includes('Knowledge base ready'), 60_000)).toBe(true);
    main.child.kill('SIGINT');
    expect(await main.exited).toBe(0);
    expect(await waitFor(() => javaPids(dataDir).length === 0, 10_000)).toBe(true);
  });

  it('leaves no Java process when it is killed outright', async () => {
    const dataDir = tempDir();
    const main = startMain({ PORT: '0', NEO4J_EMBEDDED_DATA: dataDir });
    expect(await waitFor(() => javaPids(dataDir).length === 1, 30_000)).toBe(true);
    main.child.kill('SIGKILL');
    await main.exited;
    // The launcher sees its stdin pipe close and shuts down by itself.
    expect(await waitFor(() => javaPids(dataDir).length === 0, 20_000)).toBe(true);
  });

  it('names both ways out when Java is missing', async () => {
    const main = startMain({ PORT: '0', NEO4J_EMBEDDED_DATA: tempDir(), PATH: path.join(tempDir(), 'empty-bin') });
    expect(await main.exited).toBe(1);
    expect(main.output()).toContain('Java was not found');
    expect(main.output()).toContain('install a JDK 17+ and Maven');
    expect(main.output()).toContain('docker compose up -d neo4j');
  });

  it('stops with one clear line when its HTTP port is taken', async () => {
    const server = await busyPort();
    const port = (server.address() as net.AddressInfo).port;
    const dataDir = tempDir();
    try {
      const main = startMain({ PORT: String(port), NEO4J_EMBEDDED_DATA: dataDir });
      expect(await main.exited).toBe(1);
      expect(main.output()).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(await waitFor(() => javaPids(dataDir).length === 0, 10_000)).toBe(true);
    } finally {
      server.close();
    }
  });
});

describe('npm start seeding', () => {
  it('starts when a seed write keeps timing out: it retries, names the file and KB_WRITE_TIMEOUT_MS, and /readyz reports the seed incomplete', async () => {
    // The last seed file, whose article this test locks before the seed gets to it (the seed takes tens of seconds).
    const file = listNewsFiles([path.join(ROOT, 'seed', 'news')]).at(-1)!;
    const prepared = prepareFile(file);
    if (!prepared.ok) throw new Error(`${file} does not prepare`);
    const main = startMain({ PORT: '0', NEO4J_EMBEDDED_DATA: tempDir(), KB_SEED_ON_START: 'true', KB_WRITE_TIMEOUT_MS: '1000' });
    expect(await waitFor(() => /Embedded Neo4j ready at bolt:\/\/\S+/.test(main.output()), 60_000)).toBe(true);
    const uri = /Embedded Neo4j ready at (bolt:\/\/\S+)/.exec(main.output())![1];
    const driver = neo4j.driver(uri);
    const session = driver.session();
    // Longer than Neo4j's own 30 s transaction timeout, which would otherwise end the lock before the seed gets there.
    const tx = session.beginTransaction({ timeout: 300_000 });
    try {
      await tx.run('MERGE (n:Node {id: $id})', { id: prepared.plan.article.id });
      expect(await waitFor(() => /Knowledge base ready|Startup failed/.test(main.output()), 240_000)).toBe(true);
      const output = main.output();
      expect(output).toContain('Knowledge base ready');
      expect(output).toMatch(new RegExp(`gave up on ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} after 4 attempts: .*KB_WRITE_TIMEOUT_MS \\(now 1000 ms\\)`));
      const port = /http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(output)![1];
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', seed: 'incomplete', seedFailed: [path.basename(file)] });
      // Served: what went in is there.
      const stats = await (await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { labels { label count } } }"}' })).json();
      expect(stats.data.stats.labels).toEqual(expect.arrayContaining([{ label: 'Article', count: listNewsFiles([path.join(ROOT, 'seed', 'news')]).length - 1 }]));
    } finally {
      await tx.rollback().catch(() => undefined);
      await session.close();
      await driver.close();
      main.child.kill('SIGINT');
      await main.exited;
    }
  }, 300_000);
});
