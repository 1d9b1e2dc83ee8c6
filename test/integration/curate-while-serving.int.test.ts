/**
 * Curation while serving (issue 14): `npm run ingest` and `--retract` write through the Neo4j of a running
 * `npm start` instead of starting a second one on its store, and a store held by a process that does not answer Bolt
 * is one clear line with exit status 2. Real processes: a server, the CLI, launcher JVMs.
 */
import { spawn } from 'node:child_process';
import { startEmbeddedNeo4j } from '../../src/neo4j/embedded';
import { ENTITIES, FACTS, makeFixtureDir, newsDocument, writeNews } from '../helpers/news-fixtures';
import { busyPort, freePort, javaPids, killStartedServers, ROOT, startServing, tempDir } from '../helpers/processes';

afterAll(killStartedServers);

/** Runs the curation CLI as `npm run ingest` does, with `env` over ours; resolves with its exit status and output. */
function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, NEO4J_URI: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const ARTICLE_ID = 'fixture-curated-while-serving';

describe('npm run ingest while npm start serves', () => {
  it('writes through the running Neo4j, which the server then answers with, and retracts the same way', async () => {
    const port = await freePort();
    const env = { NEO4J_EMBEDDED_PORT: String(port), NEO4J_EMBEDDED_DATA: tempDir() };
    const { main, dataDir, base } = await startServing(env);
    const article = async () => {
      const body = JSON.stringify({ query: 'query ($id: ID!) { article(id: $id) { id title retractedAt } }', variables: { id: ARTICLE_ID } });
      const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      return (await response.json()).data.article;
    };
    try {
      expect(await article()).toBeNull();
      const file = writeNews(makeFixtureDir(), 'curated.yaml', newsDocument(ARTICLE_ID, '2025-01-02', [ENTITIES.ada, ENTITIES.northwind], [FACTS.employment('Director of Fixtures')]));

      const ingested = await runCli([file], env);
      expect(ingested).toMatchObject({ code: 0 });
      expect(ingested.stdout).toContain(`Using the running Neo4j at bolt://127.0.0.1:${port} (npm start).`);
      expect(ingested.stdout).toContain(`CREATED   ${file} (${ARTICLE_ID})`);
      expect(await article()).toEqual({ id: ARTICLE_ID, title: `Fixture article ${ARTICLE_ID}`, retractedAt: null });

      const retracted = await runCli(['--retract', ARTICLE_ID, '--reason', 'test'], env);
      expect(retracted).toMatchObject({ code: 0 });
      expect(retracted.stdout).toContain(`Using the running Neo4j at bolt://127.0.0.1:${port} (npm start).`);
      expect((await article()).retractedAt).toEqual(expect.any(String));
      // The server's JVM, and no other: the CLI never started its own.
      expect(javaPids(dataDir)).toHaveLength(1);
      expect(main.output()).not.toMatch(/exited unexpectedly/);
    } finally {
      main.child.kill('SIGINT');
    }
    expect(await main.exited).toBe(0);
  }, 90_000);
});

describe('npm run ingest when the embedded store is held by a process that does not answer Bolt', () => {
  const file = () => writeNews(makeFixtureDir(), 'never-written.yaml', newsDocument('fixture-never-written', null, [ENTITIES.ada], []));

  it('says the store is locked and how to proceed, in one line, with exit status 2', async () => {
    const dataDir = tempDir();
    // Holds the store while nothing answers on the port the CLI tries: like a server whose Bolt is gone.
    const holder = await startEmbeddedNeo4j({ port: 0, dataDir });
    try {
      const port = await freePort();
      const result = await runCli([file()], { NEO4J_EMBEDDED_PORT: String(port), NEO4J_EMBEDDED_DATA: dataDir });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(new RegExp(`^ingest failed: Cannot start the embedded Neo4j: its store ${dataDir} is locked by another process, and no Neo4j answered at bolt://127\\.0\\.0\\.1:${port} .*Stop that process .* or set NEO4J_URI to a Neo4j that is running\\.$`)),
      ]);
      expect(javaPids(dataDir)).toEqual([holder.pid]);
    } finally {
      await holder.stop();
    }
  }, 60_000);

  it('says the port is taken and how to proceed, in one line, with exit status 2', async () => {
    // Accepts connections and never answers, like a server that hangs.
    const squatter = await busyPort();
    const port = (squatter.address() as { port: number }).port;
    try {
      const result = await runCli([file()], { NEO4J_EMBEDDED_PORT: String(port), NEO4J_EMBEDDED_DATA: tempDir() });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(new RegExp(`^ingest failed: Cannot start the embedded Neo4j: port ${port} on 127\\.0\\.0\\.1 is taken by another process, and no Neo4j answered .*: no answer within 2000 ms\\. Stop that process`)),
      ]);
    } finally {
      squatter.close();
    }
  }, 60_000);
});
