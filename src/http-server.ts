/**
 * The node:http server around the Yoga handler, for npm start and the scripts that serve the API.
 */
import http from 'node:http';

/** How often Node sweeps connections for requests past their deadline: the most a deadline can overrun. */
export const CONNECTIONS_CHECK_MS = 500;

/**
 * A client has `requestTimeoutMs` to send its whole request, headers and body (then 408, connection closed), so a
 * slow sender cannot hold a connection open. Node enforces that deadline (and the headers' one, the same here) only
 * when it sweeps its connections, every 30 s by default, which let a 10 s timeout fire after 30 to 40 s: sweeping
 * every half second (a walk over the open connections) keeps it within half a second of what is configured.
 */
export function createHttpServer(handler: http.RequestListener, requestTimeoutMs: number): http.Server {
  return http.createServer({ requestTimeout: requestTimeoutMs, connectionsCheckingInterval: Math.min(CONNECTIONS_CHECK_MS, requestTimeoutMs) }, handler);
}
