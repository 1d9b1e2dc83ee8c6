/**
 * The Yoga plugins that let operators see the service: `/metrics` (Prometheus text), errors counted by code, and one
 * JSON log line per request carrying its request id, which the response returns in `X-Request-Id`.
 */
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { keyRefusal } from '../security';
import type { Metrics } from './metrics';
import { currentRequestId, REQUEST_ID_HEADER, requestIdFrom } from './request-scope';

export const METRICS_PATH = '/metrics';

/**
 * `GET /metrics`: the registry in Prometheus text format. When API keys are on it needs one (or the admin token),
 * like /graphql: the statement names and error counts describe how the service is used.
 */
function metricsEndpointPlugin(metrics: Metrics, config: Config): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== METRICS_PATH) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') return endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
      const refused = keyRefusal(request, config, fetchAPI);
      if (refused) return endResponse(refused);
      endResponse(new fetchAPI.Response(await metrics.registry.metrics(), { status: 200, headers: { 'content-type': metrics.registry.contentType } }));
    },
  };
}

/** Counts every error of every answer by its code; a masked error is INTERNAL_SERVER_ERROR. */
function errorCodePlugin(metrics: Metrics): Plugin {
  return {
    onResultProcess({ result }) {
      if (Symbol.asyncIterator in (result as object)) return;
      for (const one of Array.isArray(result) ? result : [result]) {
        for (const error of (one as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors ?? []) {
          metrics.error(typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR');
        }
      }
    },
  };
}

/** One line per request: id, method, path, operation name, status and duration; the id goes back in X-Request-Id. */
function accessLogPlugin(logger: Logger): Plugin {
  const started = new WeakMap<Request, { id: string; at: bigint; operationName?: string }>();
  return {
    onRequest({ request }) {
      // Outside node:http (in-process `yoga.fetch`) there is no scope: the id is the caller's header or a new one.
      started.set(request, { id: currentRequestId() ?? requestIdFrom(request.headers.get(REQUEST_ID_HEADER)), at: process.hrtime.bigint() });
    },
    onParams({ request, params }) {
      const entry = started.get(request);
      if (entry && typeof params.operationName === 'string') entry.operationName = params.operationName;
    },
    onResponse({ request, response }) {
      const entry = started.get(request);
      const id = entry?.id ?? currentRequestId();
      if (id && !response.headers.has(REQUEST_ID_HEADER)) response.headers.set(REQUEST_ID_HEADER, id);
      const ms = entry ? Number(process.hrtime.bigint() - entry.at) / 1e6 : undefined;
      logger.info({ reqId: id, method: request.method, path: new URL(request.url).pathname, operationName: entry?.operationName, status: response.status, ms: ms === undefined ? undefined : Math.round(ms * 10) / 10 }, 'request');
    },
  };
}

/** In order: the log first (it must time everything), then /metrics, then the counters of what Yoga executes. */
export function observabilityPlugins(metrics: Metrics, logger: Logger, config: Config): Plugin[] {
  return [
    accessLogPlugin(logger),
    metricsEndpointPlugin(metrics, config),
    usePrometheus({
      registry: metrics.registry,
      endpoint: false,
      // Requests and their latency per operation name, and errors by phase. Left out: the per-phase histograms
      // (the HTTP one covers the request) and deprecated-field counting, which walks every document with a TypeInfo
      // visitor: hooks that cost CPU on every millisecond read for little an operator needs.
      metrics: {
        graphql_yoga_http_duration: true,
        graphql_envelop_request: true,
        graphql_envelop_request_duration: false,
        graphql_envelop_error_result: true,
        graphql_envelop_phase_parse: false,
        graphql_envelop_phase_validate: false,
        graphql_envelop_phase_context: false,
        graphql_envelop_phase_execute: false,
        graphql_envelop_phase_subscribe: false,
        graphql_envelop_request_time_summary: false,
        graphql_envelop_deprecated_field: false,
        graphql_envelop_schema_change: false,
      },
      // The URL would carry GET queries' variables into the labels.
      labels: { url: false },
    }),
    errorCodePlugin(metrics),
  ];
}
