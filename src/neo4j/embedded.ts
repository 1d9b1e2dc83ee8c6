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
  /** Shuts the database down cleanly; resolves when the Java process has exited. */
  stop(): Promise<void>;
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

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
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
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const uri = await waitForReady(child, exited, options.startTimeoutMs ?? 120_000);

  let stopping: Promise<void> | null = null;
  return {
    uri,
    pid: child.pid!,
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

function waitForReady(child: ChildProcess, exited: Promise<number | null>, timeoutMs: number): Promise<string> {
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
    void exited.then((code) => {
      clearTimeout(timer);
      const detail = reason ?? (stderrTail.join('\n') || 'no output');
      reject(new EmbeddedNeo4jError(`Embedded Neo4j exited with code ${code}: ${detail}`));
    });
  });
}
