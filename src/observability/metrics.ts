/**
 * The service's Prometheus metrics, in one registry per server (so tests that build several servers do not share
 * counters): Yoga's Prometheus plugin for requests and their latency per operation name, and ours for what it cannot
 * see: errors by code, Neo4j statements by name (never their parameters), ingestions by status, and the seed state.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DbTelemetry } from '../neo4j/driver';

export interface Metrics extends DbTelemetry {
  registry: Registry;
  /** Counts one GraphQL error by its `extensions.code` (INTERNAL_SERVER_ERROR for a masked one). */
  error(code: string): void;
  /** The outcome of seeding seed/news at start: complete or not, and how many files were not written. */
  seed(complete: boolean, failedFiles: number): void;
}

/** Buckets in seconds, from a sub-millisecond read to a slow ingestion. */
const STATEMENT_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const errors = new Counter({ name: 'kb_graphql_errors_total', help: 'GraphQL errors in answers, by extensions.code.', labelNames: ['code'], registers: [registry] });
  const statements = new Counter({ name: 'kb_neo4j_statements_total', help: 'Cypher statements sent to Neo4j (round trips), by statement name and outcome.', labelNames: ['statement', 'outcome'], registers: [registry] });
  const statementSeconds = new Histogram({ name: 'kb_neo4j_statement_duration_seconds', help: 'Time from sending a Cypher statement to its last record, by statement name.', labelNames: ['statement'], buckets: STATEMENT_BUCKETS, registers: [registry] });
  const ingestions = new Counter({ name: 'kb_ingestions_total', help: 'Ingestions and retractions by status (CREATED, UPDATED, UNCHANGED, REJECTED, RETRACTED, FAILED).', labelNames: ['status'], registers: [registry] });
  const seedComplete = new Gauge({ name: 'kb_seed_complete', help: '1 when every seed/news file went in at start, 0 when some did not; absent when the seed did not run.', registers: [registry] });
  const seedFailed = new Gauge({ name: 'kb_seed_failed_files', help: 'Seed files that could not be written at start.', registers: [registry] });
  return {
    registry,
    error: (code) => errors.inc({ code }),
    statement(name, seconds, failed) {
      statements.inc({ statement: name, outcome: failed ? 'error' : 'ok' });
      statementSeconds.observe({ statement: name }, seconds);
    },
    ingestion: (status) => ingestions.inc({ status }),
    seed(complete, failedFiles) {
      seedComplete.set(complete ? 1 : 0);
      seedFailed.set(failedFiles);
    },
  };
}
