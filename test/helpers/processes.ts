/**
 * Real processes for the lifecycle tests: `npm start` on temporary stores and free ports, the launcher JVMs they own,
 * and polling until something holds. `killStartedServers()` in an `afterAll` kills whatever a test left running.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kb-lifecycle-'));
}

/** PIDs of launcher JVMs using `dataDir`. */
export function javaPids(dataDir: string): number[] {
  const result = spawnSync('pgrep', ['-f', `kb.EmbeddedNeo4j.*${dataDir}`], { encoding: 'utf8' });
  return result.stdout.split('\n').filter(Boolean).map(Number);
}

export async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return check();
}

/** Polls `check` until it holds or `timeoutMs` passes; returns how long it took, or null. */
export async function timeUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

/** A listening server on a free loopback port, which accepts connections and never answers. */
export function busyPort(): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** A loopback port that was free a moment ago, for a process that needs a fixed one. */
export async function freePort(): Promise<number> {
  const server = await busyPort();
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const started: ChildProcess[] = [];

/** Kills (SIGKILL) every `startMain` process still running. */
export function killStartedServers(): void {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
}

export function startMain(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
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

/** Starts npm start on a fresh store and any free ports (unless `env` says otherwise); resolves once it serves, with its base URL. */
export async function startServing(env: Record<string, string> = {}) {
  const dataDir = env.NEO4J_EMBEDDED_DATA ?? tempDir();
  const main = startMain({ PORT: '0', NEO4J_EMBEDDED_DATA: dataDir, ...env });
  if (!(await waitFor(() => main.output().includes('Knowledge base ready'), 90_000))) throw new Error(`npm start did not become ready:\n${main.output()}`);
  const base = `http://127.0.0.1:${/http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(main.output())![1]}`;
  const status = (route: string) => fetch(`${base}${route}`, { signal: AbortSignal.timeout(3000) }).then((response) => response.status);
  return { main, dataDir, base, status };
}
