/**
 * OpenTelemetry traces: a span per HTTP request (http-server.ts), per DataLoader batch and per Cypher statement
 * (driver.ts), named by the statement's `/* store.method *\/` name and never carrying its parameters. Code reaches
 * the API only (`@opentelemetry/api`), which does nothing until a provider is registered: `startTracing` registers
 * one, exporting over OTLP/HTTP, when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-node';

export const SERVICE_NAME = 'ai-infra-kb';

export const tracer = trace.getTracer(SERVICE_NAME);

export interface Tracing {
  /** Flushes the spans not yet exported, then stops. */
  shutdown(): Promise<void>;
}

/** Registers the global tracer provider; `processor` overrides the OTLP exporter (tests read spans in memory). */
export function startTracing(otlpEndpoint: string | null, processor?: SpanProcessor): Tracing | null {
  if (!otlpEndpoint && !processor) return null;
  const spanProcessor = processor ?? new BatchSpanProcessor(new OTLPTraceExporter({ url: `${otlpEndpoint}/v1/traces` }));
  const provider = new NodeTracerProvider({ resource: resourceFromAttributes({ 'service.name': SERVICE_NAME }), spanProcessors: [spanProcessor] });
  // The async-hooks context manager and the W3C propagator: spans nest through awaits, and a caller's traceparent is honoured.
  provider.register();
  return { shutdown: () => provider.shutdown() };
}

/** Runs `work` in a span that ends when it settles, marked as an error when it throws. */
export async function inSpan<T>(name: string, attributes: Record<string, string | number>, work: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { kind: SpanKind.INTERNAL, attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Starts the server span of one HTTP request, a child of the caller's trace when it sent a traceparent. */
export function startRequestSpan(method: string, path: string, headers: Record<string, string | string[] | undefined>, requestId: string): { span: Span; run<T>(work: () => T): T } {
  const parent = propagation.extract(context.active(), headers);
  const span = tracer.startSpan(`${method} ${path}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'url.path': path, 'kb.request_id': requestId } }, parent);
  return { span, run: (work) => context.with(trace.setSpan(parent, span), work) };
}

/** A DataLoader batch function that runs in a `loader <name>` span, with how many keys the batch holds. */
export function batched<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): (keys: readonly K[]) => Promise<ArrayLike<V | Error>> {
  return (keys) => inSpan(`loader ${name}`, { 'kb.loader.keys': keys.length }, () => batch(keys));
}
