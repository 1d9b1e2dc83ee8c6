/**
 * A real Redis (Debian's redis-server) for the tests that need one, on a free loopback port, with no persistence, in
 * its own temp dir; stopped by `stop()`. Without redis-server the suite is skipped with one warning, except in CI
 * (CI=true), where it fails: `.ci/run` installs it. KB_REDIS_SERVER overrides the executable.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { freePort, tempDir, waitFor } from './processes';

const REDIS_SERVER = process.env.KB_REDIS_SERVER ?? '/usr/bin/redis-server';
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

export function describeWithRedis(what: string): jest.Describe {
  if (fs.existsSync(REDIS_SERVER) || IN_CI) return describe;
  process.stderr.write(`Skipping the ${what} tests: no redis-server at ${REDIS_SERVER} (apt-get install -y redis-server, or set KB_REDIS_SERVER).\n`);
  return describe.skip;
}

export interface TestRedis {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const dir = tempDir();
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (!(await waitFor(() => output.includes('Ready to accept connections'), 15_000))) {
    child.kill('SIGKILL');
    throw new Error(`redis-server did not start on 127.0.0.1:${port}:\n${output}`);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    process: child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
