/**
 * createServer({ db, config }) → a Yoga instance that never listens, so tests
 * call `yoga.fetch(...)` in-process and main.ts wraps it in node:http.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createGraphQLError, createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import type { Config } from './config';
import { createContext, type Context } from './context';
import { isReachable, type Db } from './neo4j/driver';
import { resolvers } from './resolvers';
import { explorerPlugin } from './explorer/serve';
import { exportPlugin } from './exports/export-plugin';
import { questionPlugin } from './questions/question-plugin';
import { SAVED_QUESTIONS } from './questions/saved-questions';
import { requestLimitPlugins } from './request-limits';
import { enumErrorsPlugin } from './enum-errors';
import { asOfPlugin } from './as-of-plugin';
import { hideSuggestionsPlugin } from './hide-suggestions';
import { apiKeyPlugin, bodyPlugin, CSRF_HEADER, csrfPlugin, singleEndpointPlugin, singleMutationPlugin } from './security';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createLogger, type Logger } from './observability/logger';
import { createMetrics, type Metrics } from './observability/metrics';
import { observabilityPlugins } from './observability/plugins';
import { currentRequestId } from './observability/request-scope';
import { createRateLimiter, rateLimitPlugin } from './shared-state/rate-limit';
import { connectRedis, type SharedRedis } from './shared-state/redis';
import { createResponseCache } from './shared-state/response-cache';
import { BOOKMARKS_HEADER } from './shared-state/bookmarks-header';
import { createWriteBroadcast, writeBroadcastPlugin } from './shared-state/write-broadcast';
import { createLiveBus, type LiveBus } from './shared-state/live-bus';

export const SCHEMA_PATH = path.resolve(__dirname, '..', 'schema.graphql');
/** The one path that serves GraphQL (and GraphiQL in development). */
export const GRAPHQL_PATH = '/graphql';

export interface ServerOptions {
  db: Db;
  config: Config;
  /** Where the JSON log lines go when no `logger` is given (one per request and per unexpected error). Default stderr. */
  log?: (line: string) => void;
  /** The structured log; default a pino logger writing to `log`. */
  logger?: Logger;
  /** The Prometheus registry served at /metrics; default a fresh one. Neo4j statements and ingestions are counted in it when `db.telemetry` is this same object (main.ts sets it). */
  metrics?: Metrics;
  /** The Redis connections for shared state; default: connect to REDIS_URL when set (closed by `yoga.dispose()`). */
  redis?: SharedRedis | null;
  /** The bus that committed writes are announced on and subscriptions listen to; default one over `redis`, or in memory. */
  live?: LiveBus;
  /** Adds `extensions.roundTrips` to every result (tests and the benchmark). */
  exposeRoundTrips?: boolean;
  /** More of the state of the service for the /readyz body when Neo4j answers, e.g. whether the seed is complete. */
  readiness?: () => Record<string, unknown>;
}

export type KbServer = YogaServerInstance<Record<string, never>, Context>;

export function createSchema() {
  return makeExecutableSchema({ typeDefs: fs.readFileSync(SCHEMA_PATH, 'utf8'), resolvers });
}

/**
 * /healthz: the process is up. /readyz: Neo4j answers (503 with an empty body when it does not), with `readiness()`
 * in the body: an incomplete seed still answers 200, since what went in is served, but says so.
 */
function healthPlugin(db: Db, readiness: () => Record<string, unknown>): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/healthz') {
        endResponse(new fetchAPI.Response('{"status":"ok"}', { status: 200, headers: { 'content-type': 'application/json' } }));
      } else if (url.pathname === '/readyz') {
        const ready = await isReachable(db, Math.min(db.readTimeoutMs, 2000));
        const body = () => JSON.stringify({ status: 'ready', ...readiness() });
        endResponse(ready ? new fetchAPI.Response(body(), { status: 200, headers: { 'content-type': 'application/json' } }) : new fetchAPI.Response(null, { status: 503 }));
      }
    },
  };
}

function roundTripsPlugin(): Plugin<Context> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (result && !(Symbol.asyncIterator in result)) {
            setResult({ ...result, extensions: { ...result.extensions, roundTrips: args.contextValue.roundTrips.count } });
          }
        },
      };
    },
  };
}

export function createServer({ db, config, log = (line) => process.stderr.write(`${line}\n`), logger = createLogger({ write: (line: string) => log(line.trimEnd()) }), metrics = createMetrics(), redis: givenRedis, live: givenLive, exposeRoundTrips = false, readiness = () => ({}) }: ServerOptions): KbServer {
  const redis = givenRedis !== undefined ? givenRedis : config.redisUrl ? connectRedis(config.redisUrl, log) : null;
  const broadcast = createWriteBroadcast(redis);
  const live = givenLive ?? createLiveBus(redis, broadcast.bookmarkManager);
  const responseCache = createResponseCache(config, db, redis, broadcast);
  const shared: Plugin = {
    async onDispose() {
      if (givenRedis === undefined) await redis?.close();
    },
  };
  // The exports run their pages through this very instance, so they pass the same key check, limits and validation.
  const self: { yoga?: KbServer } = {};
  const selfFetch = () => (url: string, init: RequestInit) => Promise.resolve(self.yoga!.fetch(url, init));
  const schema = createSchema();
  const plugins: Plugin[] = [
    ...observabilityPlugins(metrics, logger, config),
    shared,
    rateLimitPlugin(createRateLimiter(config, redis), config),
    writeBroadcastPlugin(broadcast),
    healthPlugin(db, readiness),
    explorerPlugin(),
    exportPlugin(selfFetch),
    questionPlugin(config, selfFetch, { generation: responseCache?.generation }),
    singleEndpointPlugin(GRAPHQL_PATH),
    apiKeyPlugin(config),
    csrfPlugin(),
    bodyPlugin(config.maxBodyBytes),
    ...requestLimitPlugins(config.limits),
    singleMutationPlugin(),
    enumErrorsPlugin(schema),
    asOfPlugin() as Plugin,
    hideSuggestionsPlugin(),
    // Last: a cached answer is served only to a request that passed the key check and every limit.
    ...(responseCache?.plugins ?? []),
  ];
  if (config.production) plugins.push(useDisableIntrospection());
  if (exposeRoundTrips) plugins.push(roundTripsPlugin() as Plugin);
  const yoga = createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    multipart: false,
    // Yoga's own cap (default 25 MB) at ours: it wraps whichever parser is chosen, behind bodyPlugin's.
    maxRequestBodySize: config.maxBodyBytes,
    batching: false,
    cors: config.corsOrigins.length > 0 ? { origin: config.corsOrigins, methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization', 'x-api-key', CSRF_HEADER, BOOKMARKS_HEADER, 'x-request-id'], exposedHeaders: ['x-request-id', 'retry-after', 'etag'], credentials: false } : false,
    landingPage: false,
    // The saved questions open as GraphiQL's first tabs (when no tabs are stored in the browser yet).
    graphiql: config.production ? false : { title: 'AI-infrastructure knowledge base', defaultTabs: Object.values(SAVED_QUESTIONS).map((query) => ({ query })) },
    renderGraphiQL,
    context: ({ request }) => createContext(db, config, request, broadcast.bookmarkManager, live),
    plugins,
    maskedErrors: {
      // Yoga's own masking (expected GraphQLErrors pass, everything else becomes "Unexpected error."), plus a request id and a log line.
      maskError(error, message) {
        const masked = maskError(error, message, false);
        if (masked === error) return masked;
        const requestId = currentRequestId() ?? randomUUID();
        const original = (error as { originalError?: unknown }).originalError ?? error;
        logger.error({ reqId: requestId, err: original instanceof Error ? original : { message: String(original) } }, 'unexpected error');
        const { nodes, source, positions, path, extensions } = masked as GraphQLError;
        return createGraphQLError(message, { nodes, source, positions, path, extensions: { ...extensions, requestId } });
      },
    },
    // Unexpected errors are logged once, with their request id, by maskError above.
    logging: { debug: () => undefined, info: () => undefined, warn: (...args: unknown[]) => logger.warn({ reqId: currentRequestId() }, `yoga: ${args.map(String).join(' ')}`), error: () => undefined },
  });
  self.yoga = yoga;
  return yoga;
}
