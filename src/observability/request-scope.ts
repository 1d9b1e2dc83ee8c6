/**
 * The request id, carried through everything one HTTP request does: the node:http handler runs the request inside
 * `requestScope`, so the resolvers, the masked-error log and the self-fetches of exports and saved questions all see
 * the same id without passing it around. A caller's own `X-Request-Id` is kept when it is a short plain token, so an
 * id from a load balancer or a client survives into our logs.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

const CALLER_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export const requestScope = new AsyncLocalStorage<{ id: string }>();

/** The caller's id when it is a plain token of at most 64 characters, else a new UUID. */
export function requestIdFrom(header: string | string[] | null | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && CALLER_ID.test(value) ? value : randomUUID();
}

/** The id of the request this code runs for, if any (in-process `yoga.fetch` calls have none). */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.id;
}
