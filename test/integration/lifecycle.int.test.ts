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
