/**
 * One GraphQL operation sent through the server's own Yoga instance with the caller's key headers, so an export passes
 * the same key check, limits and validation as /graphql, and the answer turned into the response an export sends
 * when it cannot go on.
 */

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;
export type FetchAPI = { Response: typeof Response; ReadableStream: typeof ReadableStream };

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLAnswer {
  status: number;
  challenge: string | null;
  data: Record<string, unknown> | null;
  errors: GraphQLError[] | null;
}

/** Runs one operation; never throws for a GraphQL or HTTP error, which come back in the answer. */
export type Call = (query: string, variables: Record<string, unknown>) => Promise<GraphQLAnswer>;

export function createCall(fetch: Fetch, headers: Headers): Call {
  const forwarded: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  for (const name of ['x-api-key', 'authorization']) {
    const value = headers.get(name);
    if (value !== null) forwarded[name] = value;
  }
  return async (query, variables) => {
    const response = await fetch('http://export.internal/graphql', { method: 'POST', headers: forwarded, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
    return { status: response.status, challenge: response.headers.get('www-authenticate'), data: body.data ?? null, errors: body.errors ?? null };
  };
}

/** HTTP status of an error code an export answers with where GraphQL itself answered 200. */
const STATUS_BY_CODE: Record<string, number> = { NOT_FOUND: 404, INTERNAL_SERVER_ERROR: 500 };

/**
 * The response for an answer the export cannot use: GraphQL's errors as the body (a missing code reads
 * BAD_USER_INPUT), with GraphQL's status when it was not 200, else 404 for NOT_FOUND, 500 for an unexpected error and
 * 400 for any other client mistake. The key challenge header is passed on.
 */
export function refusalFor(fetchAPI: FetchAPI, answer: Pick<GraphQLAnswer, 'status' | 'challenge' | 'errors'>): Response {
  const errors = (answer.errors ?? []).map((e) => ({ ...e, extensions: { ...e.extensions, code: e.extensions?.code ?? 'BAD_USER_INPUT' } }));
  const codes = errors.map((e) => e.extensions.code);
  const worst = codes.includes('INTERNAL_SERVER_ERROR') ? 'INTERNAL_SERVER_ERROR' : codes.find((code) => code in STATUS_BY_CODE);
  const status = answer.status !== 200 ? answer.status : worst ? STATUS_BY_CODE[worst] : 400;
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (answer.challenge) headers['www-authenticate'] = answer.challenge;
  return new fetchAPI.Response(JSON.stringify({ errors }), { status, headers });
}
