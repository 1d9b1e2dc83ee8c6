/**
 * Process lifecycle of `npm start` and the embedded Neo4j: no Java process is
 * ever left behind, and a busy port is a one-line error. These start real
 * JVMs, so each test takes a few seconds.
 */
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { prepareFile } from '../../src/ingest/prepare';
import { listNewsFiles } from '../../src/ingest/read-file';
import { loadConfig } from '../../src/config';
import { isReachable } from '../../src/neo4j/driver';
import { startEmbeddedNeo4j } from '../../src/neo4j/embedded';
import { openDatabase } from '../../src/open-database';
import { busyPort, javaPids, killStartedServers, ROOT, startMain, startServing, tempDir, timeUntil, waitFor } from '../helpers/processes';

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

describe('the supervised embedded Neo4j', () => {
  it('restarts on another port when its own was taken meanwhile, and the driver follows it there', async () => {
    const lines: string[] = [];
    const database = await openDatabase(loadConfig({ NEO4J_EMBEDDED_PORT: '0', NEO4J_EMBEDDED_DATA: tempDir() }), (line) => lines.push(line));
    // Accepts and never answers, like whatever took the port; its sockets are closed at the end.
    const accepted = new Set<net.Socket>();
    const squatter = net.createServer((socket) => accepted.add(socket));
    try {
      const oldUri = database.embedded!.uri;
      const oldPort = Number(new URL(oldUri.replace(/^bolt/, 'http')).port);
      process.kill(database.embedded!.pid, 'SIGKILL');
      // Take the port before the first restart (0.5 s later); the kernel frees it as the JVM dies.
      await timeUntil(() => new Promise((resolve) => squatter.once('error', () => resolve(false)).listen(oldPort, '127.0.0.1', () => resolve(true))), 2000);
      expect(squatter.listening).toBe(true);
      expect(await timeUntil(() => isReachable(database.db, 2000), 60_000)).not.toBeNull();
      expect(database.embedded!.uri).not.toBe(oldUri);
      expect(lines.join('\n')).toContain(`port ${oldPort} on 127.0.0.1 is already in use`);
      expect(lines.join('\n')).toContain(`Pointing the driver at ${database.embedded!.uri}`);
    } finally {
      squatter.close();
      for (const socket of accepted) socket.destroy();
      await database.close();
    }
  }, 120_000);
});

afterAll(killStartedServers);

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

describe('npm start supervising its embedded Neo4j', () => {
  it('restarts it after a SIGKILL, on the same store, and /readyz is 200 again within 15 s with no intervention', async () => {
    const { main, dataDir, base, status } = await startServing();
    try {
      expect(await status('/readyz')).toBe(200);
      const [pid] = javaPids(dataDir);
      process.kill(pid, 'SIGKILL');
      const recovered = await timeUntil(async () => (await status('/readyz')) === 200 && !javaPids(dataDir).includes(pid), 15_000);
      process.stderr.write(`\nSIGKILLed embedded Neo4j: /readyz 200 again after ${recovered} ms\n`);
      expect(recovered).not.toBeNull();
      expect(main.output()).toContain('Embedded Neo4j exited unexpectedly (signal SIGKILL)');
      expect(main.output()).toMatch(/Embedded Neo4j restarted at bolt:\/\/127\.0\.0\.1:\d+ \(pid \d+\)/);
      expect(javaPids(dataDir)).toHaveLength(1);
      // The same store: what was written before the kill is still there.
      const stats = await (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { nodes } }"}' })).json();
      expect(stats.errors).toBeUndefined();
    } finally {
      main.child.kill('SIGINT');
    }
    expect(await main.exited).toBe(0);
    expect(await waitFor(() => javaPids(dataDir).length === 0, 10_000)).toBe(true);
  }, 180_000);

  it('stops restarting a Neo4j that keeps dying, with one clear message, and stays up answering 503 on /readyz', async () => {
    const { main, dataDir, status } = await startServing({ NEO4J_EMBEDDED_MAX_RESTARTS: '1' });
    try {
      process.kill(javaPids(dataDir)[0], 'SIGKILL');
      expect(await timeUntil(async () => (await status('/readyz')) === 200, 60_000)).not.toBeNull();
      process.kill(javaPids(dataDir)[0], 'SIGKILL');
      expect(await waitFor(() => main.output().includes('Embedded Neo4j keeps exiting'), 10_000)).toBe(true);
      expect(main.output()).toMatch(/restarted once in the last 10 min \(NEO4J_EMBEDDED_MAX_RESTARTS=1\), so it is not restarted again/);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(javaPids(dataDir)).toEqual([]);
      expect(await status('/readyz')).toBe(503);
      expect(await status('/healthz')).toBe(200);
    } finally {
      main.child.kill('SIGINT');
    }
    expect(await main.exited).toBe(0);
  }, 180_000);
});

describe('npm start seeding', () => {
  it('starts when a seed write keeps timing out: it retries, names the file and KB_WRITE_TIMEOUT_MS, and /readyz reports the seed incomplete', async () => {
    // The last seed file, whose article this test locks before the seed gets to it (the seed takes tens of seconds).
    const file = listNewsFiles([path.join(ROOT, 'seed', 'news')]).at(-1)!;
    const prepared = prepareFile(file);
    if (!prepared.ok) throw new Error(`${file} does not prepare`);
    // 5 s: the first seed files on a cold JVM (their statements not yet planned) must still fit, so only the locked file fails.
    const main = startMain({ PORT: '0', NEO4J_EMBEDDED_DATA: tempDir(), KB_SEED_ON_START: 'true', KB_WRITE_TIMEOUT_MS: '5000' });
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
      expect(output).toMatch(new RegExp(`gave up on ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} after 4 attempts: .*KB_WRITE_TIMEOUT_MS \\(now 5000 ms\\)`));
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
