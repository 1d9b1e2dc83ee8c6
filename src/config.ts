/**
 * The one place environment variables are read. `loadConfig` validates every
 * variable and reports all problems at once, so a misconfigured deployment
 * fails on its first start with a complete list instead of one error per try.
 *
 * Defaults are documented here and in the README's "Configuration" table.
 */
import path from 'node:path';

export interface Config {
  /** HTTP port of the API. Default 4000. */
  port: number;
  /** Interface the API binds to. Default 127.0.0.1 (loopback only). */
  host: string;
  neo4j: {
    /** Bolt URI of an external Neo4j. Unset means: start the embedded one. */
    uri: string | null;
    username: string;
    password: string;
    database: string;
    /** Bolt port of the embedded Neo4j. Default 7687; 0 picks a free port. */
    embeddedPort: number;
    /** Store directory of the embedded Neo4j. Default ./data/neo4j. */
    embeddedDataDir: string;
    /** Restarts of a dying embedded Neo4j allowed within 10 minutes before it is left down. Default 5; 0 never restarts. */
    embeddedMaxRestarts: number;
    /** Driver: how long to wait for a pooled connection. Default 5000 ms. */
    acquireTimeoutMs: number;
    /** Driver: TCP connect timeout. Default 5000 ms. */
    connectTimeoutMs: number;
    /** Driver: total time managed transactions keep retrying. Default 10000 ms. */
    maxRetryTimeMs: number;
    /** Read transaction timeout sent to Neo4j. Default 5000 ms. */
    readTimeoutMs: number;
    /** Write (ingestion) transaction timeout sent to Neo4j. Default 15000 ms. */
    writeTimeoutMs: number;
  };
  /** Seed `seed/news` on start. Default: true with the embedded database, false otherwise. */
  seedOnStart: boolean;
  /** Bearer token for mutations. Unset disables mutations. */
  adminToken: string | null;
  /** Production mode turns off introspection and GraphiQL. */
  production: boolean;
  /** How long a client has to send its whole request (then 408). Default 10000 ms. */
  requestTimeoutMs: number;
  /** Maximum HTTP request body. Default 1 MB. */
  maxBodyBytes: number;
  /** Allowed CORS origins; empty means same-origin only. */
  corsOrigins: string[];
  /** Read API keys; empty means reads are open. */
  apiKeys: string[];
  /** Redis (REDIS_URL, redis:// or rediss://) shared by replicas: rate-limit counters, the response cache and its invalidations. Null: all in memory. */
  redisUrl: string | null;
  /** Requests per client (API key, or address when keys are off) per window; 0 turns the limit off. Default 1000 per 10 s. */
  rateLimit: { points: number; windowSeconds: number };
  /** Take the client address from the first X-Forwarded-For entry (only behind a proxy you run). Default false. */
  trustProxy: boolean;
  /** The response cache for reads: entries live `ttlMs` (0 turns it off; default 60000), at most `maxEntries` in memory. */
  responseCache: { ttlMs: number; maxEntries: number };
  /** OTLP/HTTP base address (OTEL_EXPORTER_OTLP_ENDPOINT): traces go to `<it>/v1/traces`. Unset: no traces exported. */
  otlpEndpoint: string | null;
  /** Request-shape limits enforced before execution (src/request-limits.ts). */
  limits: {
    /** Deepest real operation (the benchmark's 4-level hub traversal, depth 9) + 2. */
    depth: number;
    aliases: number;
    tokens: number;
    directives: number;
    /**
     * Estimated cost (src/request-limits.ts), page sizes priced as the resolvers will read them. The explorer's
     * dearest request, the deals table (100 deals, each with up to 20 parties), costs 86,234; an analyst's deals table
     * with its claims at first: 50 (test/helpers/analyst-queries.ts) costs 129,538, which 100,000 refused; 200,000
     * leaves both room and still refuses 100 organizations × 100 hires (245,638).
     */
    cost: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Parses and validates `env`. Throws one ConfigError listing every problem. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (/^(true|1|yes)$/i.test(raw)) return true;
    if (/^(false|0|no)$/i.test(raw)) return false;
    problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  };
  const str = (name: string, fallback: string): string => {
    const raw = env[name];
    return raw === undefined || raw === '' ? fallback : raw;
  };

  const uri = env.NEO4J_URI ? env.NEO4J_URI : null;
  if (uri !== null && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
    problems.push(`NEO4J_URI must start with bolt://, neo4j://, bolt+s:// or neo4j+s://, got "${uri}"`);
  }
  const adminToken = env.KB_ADMIN_TOKEN ? env.KB_ADMIN_TOKEN : null;
  if (adminToken !== null && adminToken.length < 16) {
    problems.push('KB_ADMIN_TOKEN must be at least 16 characters long');
  }
  const corsOrigins = str('KB_CORS_ORIGINS', '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const key of (env.KB_API_KEYS ?? '').split(',').map((k) => k.trim()).filter(Boolean)) {
    if (key.length < 16) problems.push('KB_API_KEYS entries must be at least 16 characters long');
  }
  for (const origin of corsOrigins) {
    if (origin === '*' || !/^https?:\/\/[^/]+$/.test(origin)) {
      problems.push(`KB_CORS_ORIGINS entries must be origins like https://example.org, got "${origin}"`);
    }
  }

  const otlpEndpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT ? env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '') : null;
  if (otlpEndpoint !== null && !/^https?:\/\/[^/\s]+(\/\S*)?$/.test(otlpEndpoint)) {
    problems.push(`OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) address like http://127.0.0.1:4318, got "${otlpEndpoint}"`);
  }

  const redisUrl = env.REDIS_URL ? env.REDIS_URL : null;
  if (redisUrl !== null && !/^rediss?:\/\/\S+$/.test(redisUrl)) problems.push(`REDIS_URL must start with redis:// or rediss://, got "${redisUrl}"`);

  const config: Config = {
    port: int('PORT', 4000, 0, 65535),
    host: str('HOST', '127.0.0.1'),
    neo4j: {
      uri,
      username: str('NEO4J_USERNAME', 'neo4j'),
      password: str('NEO4J_PASSWORD', ''),
      database: str('NEO4J_DATABASE', 'neo4j'),
      embeddedPort: int('NEO4J_EMBEDDED_PORT', 7687, 0, 65535),
      embeddedDataDir: path.resolve(str('NEO4J_EMBEDDED_DATA', './data/neo4j')),
      embeddedMaxRestarts: int('NEO4J_EMBEDDED_MAX_RESTARTS', 5, 0, 100),
      acquireTimeoutMs: int('NEO4J_ACQUIRE_TIMEOUT_MS', 5000, 100, 600000),
      connectTimeoutMs: int('NEO4J_CONNECT_TIMEOUT_MS', 5000, 100, 600000),
      maxRetryTimeMs: int('NEO4J_MAX_RETRY_MS', 10000, 0, 600000),
      readTimeoutMs: int('KB_READ_TIMEOUT_MS', 5000, 100, 600000),
      writeTimeoutMs: int('KB_WRITE_TIMEOUT_MS', 15000, 100, 600000),
    },
    seedOnStart: bool('KB_SEED_ON_START', uri === null),
    adminToken,
    production: bool('KB_PRODUCTION', env.NODE_ENV === 'production'),
    requestTimeoutMs: int('KB_REQUEST_TIMEOUT_MS', 10000, 100, 600000),
    maxBodyBytes: int('KB_MAX_BODY_BYTES', 1_000_000, 1024, 100_000_000),
    corsOrigins,
    apiKeys: str('KB_API_KEYS', '')
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean),
    otlpEndpoint,
    redisUrl,
    rateLimit: { points: int('KB_RATE_LIMIT', 1000, 0, 10_000_000), windowSeconds: int('KB_RATE_LIMIT_WINDOW_S', 10, 1, 86_400) },
    trustProxy: bool('KB_TRUST_PROXY', false),
    responseCache: { ttlMs: int('KB_RESPONSE_CACHE_TTL_MS', 60_000, 0, 86_400_000), maxEntries: int('KB_RESPONSE_CACHE_MAX', 1000, 1, 1_000_000) },
    limits: {
      depth: int('KB_MAX_DEPTH', 11, 1, 100),
      aliases: int('KB_MAX_ALIASES', 15, 0, 1000),
      tokens: int('KB_MAX_TOKENS', 2000, 10, 100000),
      directives: int('KB_MAX_DIRECTIVES', 50, 0, 1000),
      cost: int('KB_MAX_COST', 200_000, 10, 10_000_000),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
