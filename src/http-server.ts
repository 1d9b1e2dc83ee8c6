/**
 * The node:http server around the Yoga handler, for npm start and the scripts that serve the API.
 */
import http from 'node:http';
import { REQUEST_ID_HEADER, requestIdFrom, requestScope } from './observability/request-scope';
import { startRequestSpan } from './observability/tracing';

/** How often Node sweeps connections for requests past their deadline: the most a deadline can overrun. */
export const CONNECTIONS_CHECK_MS = 500;

/**
 * A client has `requestTimeoutMs` to send its whole request, headers and body (then 408, connection closed), so a
 * slow sender cannot hold a connection open. Node enforces that deadline (and the headers' one, the same here) only
 * when it sweeps its connections, every 30 s by default, which let a 10 s timeout fire after 30 to 40 s: sweeping
 * every half second (a walk over the open connections) keeps it within half a second of what is configured.
 */
export function createHttpServer(handler: http.RequestListener, requestTimeoutMs: number): http.Server {
  // Each request runs in its own scope, so its id reaches everything it causes (see request-scope.ts).
  // Its trace span covers the whole exchange (the path only: a GET query's variables stay out of traces).
  const scoped: http.RequestListener = (req, res) => {
    const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    const { span, run } = startRequestSpan(req.method ?? 'GET', new URL(req.url ?? '/', 'http://kb.local').pathname, req.headers, id);
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      span.end();
    });
    return requestScope.run({ id }, () => run(() => handler(req, res)));
  };
  return http.createServer({ requestTimeout: requestTimeoutMs, connectionsCheckingInterval: Math.min(CONNECTIONS_CHECK_MS, requestTimeoutMs) }, scoped);
}
