/**
 * Builds the explorer front end (explorer/ → explorer/dist/) when dist is
 * missing or older than its sources (explorer/, the graph model and the
 * claim ranking it imports). `npm start` calls it before listening, the browser test in beforeAll. Vite runs in a child process (it is ESM-only
 * and a dev dependency); the output goes to a temporary folder first and is
 * then renamed into place, so a concurrent reader never sees half a build.
 * It never throws: without Vite it says so and the server runs without /explore.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const EXPLORER_DIR = path.resolve(__dirname, '..', '..', 'explorer');
export const EXPLORER_DIST = path.join(EXPLORER_DIR, 'dist');
const CONFIG = path.join(EXPLORER_DIR, 'vite.config.mts');
const BUILD_TIMEOUT_MS = 180_000;

export type ExplorerBuildResult = 'fresh' | 'built' | 'unavailable';

/** The newest modification time among the explorer's sources (index.html, config, src/). */
function newestSourceMtime(dir = EXPLORER_DIR): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (dir === EXPLORER_DIR && (entry.name === 'dist' || entry.name.startsWith('.dist-') || entry.name === 'node_modules')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(full));
    else if (entry.isFile()) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Sources outside explorer/ that the bundle imports: the graph model, for the relation names it draws, and the claim
 * ranking (src/domain/claims.ts and what it imports), for the sentence saying why a claim is displayed.
 */
const SHARED_SOURCES = [
  path.resolve(__dirname, '..', 'model', 'graph-model.ts'),
  ...['claims.ts', 'money.ts', 'names.ts'].map((file) => path.resolve(__dirname, '..', 'domain', file)),
];

/** True when explorer/dist/index.html is missing or older than a source file. */
export function explorerNeedsBuild(): boolean {
  let built: number;
  try {
    built = fs.statSync(path.join(EXPLORER_DIST, 'index.html')).mtimeMs;
  } catch {
    return true;
  }
  const shared = SHARED_SOURCES.map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0));
  return Math.max(newestSourceMtime(), ...shared) > built;
}

function viteBin(): string | null {
  try {
    const bin = path.join(path.dirname(require.resolve('vite/package.json', { paths: [EXPLORER_DIR] })), 'bin', 'vite.js');
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

function runVite(bin: string, outDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'build', '--config', CONFIG, '--outDir', outDir, '--emptyOutDir'], {
      cwd: path.dirname(EXPLORER_DIR),
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, output: `${output}${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

let inFlight: Promise<ExplorerBuildResult> | null = null;

/** Builds explorer/dist when needed; resolves to what it did. Concurrent calls share one build. */
export function ensureExplorerBuilt(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<ExplorerBuildResult> {
  inFlight ??= build(log).finally(() => (inFlight = null));
  return inFlight;
}

async function build(log: (line: string) => void): Promise<ExplorerBuildResult> {
  if (!fs.existsSync(path.join(EXPLORER_DIR, 'index.html'))) return 'unavailable';
  if (!explorerNeedsBuild()) return 'fresh';
  const bin = viteBin();
  if (!bin) {
    log('Explorer: Vite is not installed (a dev dependency: run `npm install`), so /explore is unavailable.');
    return 'unavailable';
  }
  const started = Date.now();
  log('Explorer: building the front end (explorer/ → explorer/dist/)...');
  const tmp = path.join(EXPLORER_DIR, `.dist-${process.pid}-${Date.now()}`);
  try {
    const { code, output } = await runVite(bin, tmp);
    if (code !== 0 || !fs.existsSync(path.join(tmp, 'index.html'))) {
      log(`Explorer: the build failed (exit ${code}); /explore is unavailable.\n${output.trim()}`);
      return 'unavailable';
    }
    fs.rmSync(EXPLORER_DIST, { recursive: true, force: true });
    try {
      fs.renameSync(tmp, EXPLORER_DIST);
    } catch (error) {
      // Another process renamed its own build into place first: keep that one.
      if (!fs.existsSync(path.join(EXPLORER_DIST, 'index.html'))) throw error;
    }
    log(`Explorer: built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 'built';
  } catch (error) {
    log(`Explorer: the build failed: ${error instanceof Error ? error.message : String(error)}`);
    return 'unavailable';
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
