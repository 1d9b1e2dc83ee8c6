/* eslint-disable @typescript-eslint/no-explicit-any -- benchmark harness: GraphQL JSON answers, driver proxies and autocannon (untyped) */
/**
 * One benchmarked system in its own process (so its RSS is its own), on
 * 127.0.0.1 and a free port:
 *   ours          createServer({ db, config, exposeRoundTrips: true }) (graphql-yoga + DataLoader)
 *   neo4jGraphql  @neo4j/graphql 7 over bench/neo4j-graphql/typeDefs.graphql, served by graphql-yoga
 *   cypher        the mix's hand-written Cypher: POST {name, params} → JSON records
 *
 *   node --import tsx bench/server.ts --system ours --uri bolt://127.0.0.1:7687 --scale M
 *
 * Prints `BENCH_LISTENING <port>`. Profiling: a request with `x-bench-capture: 1`
 * records every statement the system sends (through a driver proxy, so the
 * system's own code is unchanged); `GET /__profile` then runs each recorded
 * statement once with PROFILE and answers {statements, dbHits}. `GET /__stats`
 * answers {graphqlErrors} counted since start.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { createYoga } from 'graphql-yoga';
import { loadConfig } from '../src/config';
import { createDriver, type Db } from '../src/neo4j/driver';
import { toNative } from '../src/neo4j/convert';
import { createServer } from '../src/server';
import { queryMix, type System } from './queries';
import type { Scale } from './generate';

interface Captured {
  query: string;
  params: Record<string, unknown>;
}

let capture: Captured[] | null = null;
let graphqlErrors = 0;
/** Sessions open now: after a load cell the runner waits for 0, so work abandoned by the client does not bleed into the next cell. */
let openSessions = 0;

/** A driver whose sessions record each statement while `capture` is on. */
function capturingDriver(driver: Driver): Driver {
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'run') {
          return (query: string, params?: Record<string, unknown>) => {
            capture?.push({ query, params: params ?? {} });
            return target.run(query, params);
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapSession = (session: Session): Session => {
    openSessions += 1;
    let closed = false;
    return new Proxy(session, {
      get(target, prop) {
        if (prop === 'close') {
          return async () => {
            try {
              return await target.close();
            } finally {
              if (!closed) openSessions -= 1;
              closed = true;
            }
          };
        }
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) => (target[prop] as any).call(target, (tx: ManagedTransaction) => work(wrapTx(tx)), config);
        }
        if (prop === 'run') {
          return (query: string, params?: Record<string, unknown>, config?: unknown) => {
            capture?.push({ query, params: params ?? {} });
            return (target.run as any).call(target, query, params, config);
          };
        }
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session') return (config?: unknown) => wrapSession((target.session as any).call(target, config));
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function sumDbHits(plan: { dbHits?: number; children?: unknown[] } | null | undefined): number {
  if (!plan) return 0;
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce<number>((sum, child) => sum + sumDbHits(child as typeof plan), 0);
}

/** PROFILE goes after any `CYPHER ...` options line. */
function profiled(query: string): string {
  const match = /^\s*(CYPHER[^\n]*\n)/.exec(query);
  return match ? `${match[1]}PROFILE ${query.slice(match[0].length)}` : `PROFILE ${query}`;
}

async function profileCaptured(driver: Driver, statements: Captured[]): Promise<{ statements: number; dbHits: number; queries: string[] }> {
  let dbHits = 0;
  for (const { query, params } of statements) {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(profiled(query), params));
      dbHits += sumDbHits(result.summary.profile as never);
    } finally {
      await session.close();
    }
  }
  return { statements: statements.length, dbHits, queries: statements.map((s) => s.query.replace(/\s+/g, ' ').slice(0, 400)) };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { system: { type: 'string' }, uri: { type: 'string' }, scale: { type: 'string', default: 'M' } } });
  const system = values.system as System;
  const uri = values.uri as string;
  // The hub traversal asks parties(first: 100) under deals(first: 5) and hires(first: 5): the cost estimate multiplies
  // page sizes (1,717,847 for it), so the production default (200,000) would refuse the question the benchmark measures.
  // No response cache and no rate limit: the benchmark measures the engine, on repeated identical queries.
  const config = loadConfig({ NEO4J_URI: uri, KB_READ_TIMEOUT_MS: '60000', KB_REQUEST_TIMEOUT_MS: '120000', NODE_ENV: 'production', KB_MAX_COST: '2000000', KB_RESPONSE_CACHE_TTL_MS: '0', KB_RATE_LIMIT: '0' });
  const rawDriver = createDriver(config.neo4j, uri);
  await rawDriver.verifyConnectivity();
  const driver = capturingDriver(rawDriver);

  let handler: http.RequestListener;
  if (system === 'ours') {
    const db: Db = { driver, database: config.neo4j.database, readTimeoutMs: config.neo4j.readTimeoutMs, writeTimeoutMs: config.neo4j.writeTimeoutMs };
    const yoga = createServer({ db, config, exposeRoundTrips: true, log: () => undefined });
    handler = yoga as unknown as http.RequestListener;
  } else if (system === 'neo4jGraphql') {
    const { Neo4jGraphQL } = await import('@neo4j/graphql');
    const typeDefs = fs.readFileSync(path.join(__dirname, 'neo4j-graphql', 'typeDefs.graphql'), 'utf8');
    const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
    const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, logging: false, maskedErrors: false });
    handler = yoga as unknown as http.RequestListener;
  } else if (system === 'cypher') {
    const statements = new Map(queryMix(values.scale as Scale).map((q) => [q.name, q.cypher.statement]));
    handler = async (req, res) => {
      try {
        const { name, params } = JSON.parse(await readBody(req)) as { name: string; params: Record<string, unknown> };
        const statement = statements.get(name);
        if (!statement) throw new Error(`unknown query ${name}`);
        const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.executeRead((tx) => tx.run(statement, params), { timeout: 60_000 });
          const body = JSON.stringify({ records: result.records.map((r) => toNative(r.toObject())) });
          res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        } finally {
          await session.close();
        }
      } catch (error) {
        graphqlErrors += 1;
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
      }
    };
  } else {
    throw new Error('--system must be ours, neo4jGraphql or cypher');
  }

  const server = http.createServer({ requestTimeout: 120_000, keepAliveTimeout: 60_000 }, (req, res) => {
    if (req.url === '/__profile') {
      const statements = capture ?? [];
      capture = null;
      void profileCaptured(rawDriver, statements).then(
        (result) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
        (error) => res.writeHead(500).end(String(error)),
      );
      return;
    }
    if (req.url === '/__stats') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ graphqlErrors, openSessions }));
      return;
    }
    if (req.headers['x-bench-capture'] === '1') capture = [];
    // Count answers carrying GraphQL errors (or Cypher failures): load runs must not time errors.
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
    let seen = false;
    const check = (chunk: unknown) => {
      if (!seen && chunk && (typeof chunk === 'string' || Buffer.isBuffer(chunk) || chunk instanceof Uint8Array) && Buffer.from(chunk as Uint8Array).includes('"errors":[')) {
        seen = true;
        graphqlErrors += 1;
      }
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => (check(chunk), write(chunk, ...rest))) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => (check(chunk), end(chunk, ...rest))) as typeof res.end;
    handler(req, res);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`BENCH_LISTENING ${typeof address === 'object' && address ? address.port : 0}\n`);
  });
  const stop = () => {
    server.close();
    void rawDriver.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Exit with the runner.
  process.stdin.on('end', stop);
  process.stdin.resume();
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
