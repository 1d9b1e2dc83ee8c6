/**
 * Starts the project's own embedded Neo4j (the Java launcher in `neo4j/`) and
 * hands back a Bolt URI, so the same driver code runs against it as against a
 * Neo4j server, Aura or a cluster.
 *
 * The launcher watches its stdin: it shuts down when the pipe we hold closes.
 * That is what guarantees no Java process outlives us, even when this process
 * is killed with SIGKILL and no handler of ours runs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const LAUNCHER_DIR = path.join(REPO_ROOT, 'neo4j');
const CLASSES_DIR = path.join(LAUNCHER_DIR, 'target', 'classes');
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, 'target', 'classpath.txt');
const BUILD_SCRIPT = path.join(REPO_ROOT, 'scripts', 'neo4j-build.sh');
const READY = /^NEO4J_READY (bolt:\/\/\S+)/;
const FAILED = /^NEO4J_ERROR (.*)/;

export interface EmbeddedNeo4j {
  uri: string;
  /** Process id of the launcher JVM (the chaos script signals it). */
  pid: number;
  /** Resolves when the Java process exits, for whatever reason: `stop()`, a crash, a signal from outside. */
  exited: Promise<Neo4jExit>;
  /** Shuts the database down cleanly; resolves when the Java process has exited. */
  stop(): Promise<void>;
}

export interface Neo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface EmbeddedOptions {
  /** Bolt port; 0 picks a free one. Default 7687. */
  port?: number;
  /** Store directory. Default ./data/neo4j. */
  dataDir?: string;
  /** Load APOC and allow apoc.* (benchmark only). */
  allowApoc?: boolean;
  /** Plugin directory (jars, also put on the class path); with allowApoc and none given, the launcher uses <dataDir>/../plugins if present. */
  pluginsDir?: string;
  /** Neo4j's own transaction timeout, the backstop behind the driver's. Default 30 s. */
  txTimeoutSeconds?: number;
  /** Where launcher progress goes (build output, notices). Default stderr. */
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

/** Why a launcher could not start, where it is one another process can cause: its port or its store is taken. */
export type EmbeddedFailure = 'PORT_IN_USE' | 'STORE_LOCKED';

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
  /** PORT_IN_USE or STORE_LOCKED when the launcher said so; null for any other failure. */
  readonly failure: EmbeddedFailure | null;
  constructor(message: string, failure: EmbeddedFailure | null = null) {
    super(message);
    this.failure = failure;
  }
}

/** The launcher reports these only as text (its NEO4J_ERROR line, or Neo4j's own message), so this is the one place that reads it. */
function classifyFailure(detail: string): EmbeddedFailure | null {
  if (/port \d+ on \S+ is already in use/.test(detail)) return 'PORT_IN_USE';
  if (/Lock file has been locked by another process/.test(detail)) return 'STORE_LOCKED';
  return null;
}

const MISSING_TOOLS =
  'To run the embedded Neo4j, install a JDK 17+ and Maven (java and mvn on PATH); ' +
  'or run `docker compose up -d neo4j` and set NEO4J_URI=bolt://localhost:7687.';

function hasCommand(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.status === 0;
}

function isBuilt(): boolean {
  // scripts/neo4j-build.sh touches the stamp after a successful build.
  const stamp = path.join(LAUNCHER_DIR, 'target', '.built');
  if (![stamp, CLASSPATH_FILE, path.join(CLASSES_DIR, 'kb', 'EmbeddedNeo4j.class')].every((file) => fs.existsSync(file))) return false;
  const builtAt = fs.statSync(stamp).mtimeMs;
  const sources = [path.join(LAUNCHER_DIR, 'pom.xml'), path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'kb', 'EmbeddedNeo4j.java')];
  return sources.every((file) => fs.statSync(file).mtimeMs <= builtAt);
}

/**
 * Resolves the launcher's jars through Maven once and caches its class path.
 * A no-op when the build is up to date, so later starts need no network.
 */
export function ensureLauncherBuilt(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
  if (!hasCommand('java', ['-version'])) throw new EmbeddedNeo4jError(`Java was not found. ${MISSING_TOOLS}`);
  if (isBuilt()) return;
  if (!hasCommand('mvn', ['-v'])) throw new EmbeddedNeo4jError(`Maven was not found. ${MISSING_TOOLS}`);
  log('Building the embedded Neo4j launcher (first run: Maven resolves Neo4j 5.26 into ~/.m2, about a minute)...');
  const result = spawnSync('bash', [BUILD_SCRIPT], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new EmbeddedNeo4jError(`Building the Neo4j launcher failed (exit ${result.status}). ${MISSING_TOOLS}`);
}

/** Builds the launcher if needed, starts it, and resolves once Bolt accepts connections. */
export async function startEmbeddedNeo4j(options: EmbeddedOptions = {}): Promise<EmbeddedNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  ensureLauncherBuilt(log);
  let classpath = `${CLASSES_DIR}${path.delimiter}${fs.readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  // Embedded, plugin jars must also be on the class path: APOC registers its kernel extension through ServiceLoader.
  if (options.pluginsDir) classpath += `${path.delimiter}${path.join(path.resolve(options.pluginsDir), '*')}`;
  const args = [
    '-Xms256m',
    '-Xmx1g',
    '-XX:+UseSerialGC',
    // Lets Neo4j's page cache use direct I/O instead of its fallback mode.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    // Extra JVM flags, e.g. -XX:TieredStopAtLevel=1, which the tests use for a faster warm-up.
    ...(process.env.KB_NEO4J_JVM_FLAGS ?? '').split(' ').filter(Boolean),
    '-cp',
    classpath,
    'kb.EmbeddedNeo4j',
    '--port',
    String(options.port ?? 7687),
    '--data',
    path.resolve(options.dataDir ?? path.join(REPO_ROOT, 'data', 'neo4j')),
    '--tx-timeout',
    String(options.txTimeoutSeconds ?? 30),
  ];
  if (options.allowApoc) args.push('--allow-apoc');
  if (options.pluginsDir) args.push('--plugins', path.resolve(options.pluginsDir));

  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<Neo4jExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let uri: string;
  try {
    uri = await waitForReady(child, exited, options.startTimeoutMs ?? 120_000);
  } catch (error) {
    // A launcher that failed to start has exited (or been killed); its pipes would still hold our event loop open.
    child.stdin?.destroy();
    child.stdout?.destroy();
    child.stderr?.destroy();
    throw error;
  }

  let stopping: Promise<void> | null = null;
  return {
    uri,
    pid: child.pid!,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
          await exited;
          clearTimeout(timer);
        }
        child.stdin?.destroy();
      })();
      return stopping;
    },
  };
}

function waitForReady(child: ChildProcess, exited: Promise<Neo4jExit>, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let reason: string | null = null;
    const stderrTail: string[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(`Neo4j did not become ready within ${timeoutMs} ms`));
    }, timeoutMs);

    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = READY.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    });
    readline.createInterface({ input: child.stderr! }).on('line', (line) => {
      const failed = FAILED.exec(line);
      if (failed) reason = failed[1];
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
    });
    void exited.then((exit) => {
      clearTimeout(timer);
      const detail = reason ?? (stderrTail.join('\n') || 'no output');
      reject(new EmbeddedNeo4jError(`Embedded Neo4j exited with ${describeExit(exit)}: ${detail}`, classifyFailure(detail)));
    });
  });
}

function describeExit(exit: Neo4jExit): string {
  return exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
}

export interface SupervisorOptions {
  /** Restarts allowed within `windowMs`; one more exit in that window and it is left down. Default 5; 0 never restarts. */
  maxRestarts?: number;
  /** Default 10 minutes. */
  windowMs?: number;
  /** Pause before the first restart of a window, doubled before each next one, at most 30 s. Default 500 ms. */
  backoffMs?: number;
  /** Told the new Bolt URI when a restart could not have the old port back (someone else took it). */
  onUriChange?: (uri: string) => void;
  /** Told after each successful restart (the chaos script marks it). */
  onRestart?: (neo4j: { uri: string; pid: number; downMs: number }) => void;
}

export interface SupervisedNeo4j extends EmbeddedNeo4j {
  /** running; restarting after an unexpected exit; down for good after too many; stopped by `stop()`. */
  readonly state: 'running' | 'restarting' | 'gave-up' | 'stopped';
}

const MAX_BACKOFF_MS = 30_000;

/**
 * The embedded Neo4j, watched: when its JVM exits without our asking (a crash, the OOM killer, a SIGKILL), it is
 * started again on the same store and, when free, the same port, so the driver (which knows only the URI) reconnects
 * by itself. Restarts back off (0.5, 1, 2, ... s) and are bounded: more than `maxRestarts` exits within `windowMs` is a
 * crash loop, which is reported once, clearly, and left alone. `uri`, `pid` and `exited` follow the current JVM.
 */
export async function superviseEmbeddedNeo4j(options: EmbeddedOptions & SupervisorOptions = {}): Promise<SupervisedNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const maxRestarts = options.maxRestarts ?? 5;
  const windowMs = options.windowMs ?? 10 * 60_000;
  const backoffMs = options.backoffMs ?? 500;
  const dataDir = path.resolve(options.dataDir ?? path.join(REPO_ROOT, 'data', 'neo4j'));

  let current = await startEmbeddedNeo4j(options);
  const portOf = (uri: string) => Number(new URL(uri.replace(/^bolt/, 'http')).port);
  let state: SupervisedNeo4j['state'] = 'running';
  let restartsAt: number[] = [];
  let starting: Promise<EmbeddedNeo4j> | null = null;
  let wake: (() => void) | null = null;
  // A function, not a comparison, so the checks after an await see what stop() may have set meanwhile.
  const stopped = () => state === 'stopped';

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (wake = null));

  const watch = (instance: EmbeddedNeo4j) => {
    void instance.exited.then((exit) => {
      if (stopped() || instance !== current) return;
      void instance.stop(); // releases the stdin pipe of the dead JVM
      void recover(exit);
    });
  };

  async function recover(exit: Neo4jExit): Promise<void> {
    const downAt = Date.now();
    const previousUri = current.uri;
    state = 'restarting';
    log(`Embedded Neo4j exited unexpectedly (${describeExit(exit)}); queries fail and /readyz answers 503 until it is back.`);
    let lastFailure = describeExit(exit);
    // The port it had (the driver's URI names it); 0 once someone else has taken it.
    const port = portOf(previousUri);
    let tryPort = port;
    for (;;) {
      restartsAt = restartsAt.filter((at) => downAt - at < windowMs);
      if (restartsAt.length >= maxRestarts) {
        state = 'gave-up';
        log(
          `Embedded Neo4j keeps exiting: restarted ${restartsAt.length === 1 ? 'once' : `${restartsAt.length} times`} in the last ${Math.round(windowMs / 60_000)} min ` +
            `(NEO4J_EMBEDDED_MAX_RESTARTS=${maxRestarts}), so it is not restarted again. Last failure: ${lastFailure}. ` +
            `The API stays up, but /readyz answers 503 and every query fails until npm start is restarted. ` +
            `Look at the Neo4j lines above and at ${path.join(dataDir, 'logs')} (memory, disk space, a damaged store), then restart npm start.`,
        );
        return;
      }
      const delay = Math.min(MAX_BACKOFF_MS, backoffMs * 2 ** restartsAt.length);
      restartsAt.push(Date.now());
      log(`Restarting the embedded Neo4j on the same store${tryPort === port ? ` and port ${port}` : ''} in ${delay} ms (restart ${restartsAt.length} of at most ${maxRestarts} in ${Math.round(windowMs / 60_000)} min)...`);
      await pause(delay);
      if (stopped()) return;
      try {
        starting = startEmbeddedNeo4j({ ...options, port: tryPort });
        const next = await starting;
        if (stopped()) {
          await next.stop();
          return;
        }
        current = next;
        state = 'running';
        watch(next);
        const downMs = Date.now() - downAt;
        log(`Embedded Neo4j restarted at ${next.uri} (pid ${next.pid}), ${(downMs / 1000).toFixed(1)} s after it exited.`);
        if (next.uri !== previousUri) options.onUriChange?.(next.uri);
        options.onRestart?.({ uri: next.uri, pid: next.pid, downMs });
        return;
      } catch (error) {
        lastFailure = (error as Error).message;
        log(`Restarting the embedded Neo4j failed: ${lastFailure}`);
        // Port taken meanwhile: any free port, and the driver is pointed at it (onUriChange).
        if (error instanceof EmbeddedNeo4jError && error.failure === 'PORT_IN_USE') tryPort = 0;
      } finally {
        starting = null;
      }
    }
  }

  watch(current);
  return {
    get uri() {
      return current.uri;
    },
    get pid() {
      return current.pid;
    },
    get exited() {
      return current.exited;
    },
    get state() {
      return state;
    },
    async stop() {
      state = 'stopped';
      wake?.();
      await starting?.then((instance) => instance.stop()).catch(() => undefined);
      await current.stop();
    },
  };
}
