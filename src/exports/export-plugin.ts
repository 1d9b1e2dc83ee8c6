/**
 * GET /export/deals.csv and /export/deals.jsonl: every deal that `deals(filter:)` returns for the filter given as
 * query parameters, streamed page by page (`first: 100`, then `after`). Each page is the real GraphQL operation,
 * sent through the Yoga instance itself with the request's X-API-Key and Authorization headers, so the rows are what
 * GraphQL answers and the export passes the same key check, limits and validation as /graphql.
 */
import { stringify } from 'csv-stringify/sync';
import type { Plugin } from 'graphql-yoga';
import { refusal } from '../security';
import { DEAL_COLUMNS, EXPORT_DEALS_QUERY, toDealRow, type ExportedDeal } from './deal-rows';

export const EXPORT_PREFIX = '/export/';
export const EXPORT_PAGE_SIZE = 100;

const STRING_PARAMS = ['party', 'role', 'kind', 'status', 'project'] as const;
const NUMBER_PARAMS = ['minAnnualizedUsd', 'maxAnnualizedUsd'] as const;
const ALL_PARAMS = [...STRING_PARAMS, ...NUMBER_PARAMS, 'orderBy'];

type Fetch = (url: string, init: RequestInit) => Promise<Response>;
type FetchAPI = { Response: typeof Response; ReadableStream: typeof ReadableStream };
type ClientError = { status: number; code: string; message: string };
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: ExportedDeal }>;
}

/**
 * The `filter` and `orderBy` variables from the query string, or the first problem: an unknown or repeated parameter,
 * a number that does not parse. Range and enum checks are left to GraphQL, so they answer with its very messages.
 */
export function parseDealParams(params: URLSearchParams): { variables: Record<string, unknown> } | ClientError {
  const filter: Record<string, unknown> = {};
  const variables: Record<string, unknown> = { filter };
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    const bad = (message: string): ClientError => ({ status: 400, code: 'BAD_USER_INPUT', message });
    if (!ALL_PARAMS.includes(key)) return bad(`Unknown parameter ${JSON.stringify(key)}; the parameters are ${ALL_PARAMS.join(', ')}.`);
    if (values.length > 1) return bad(`${key} may be given once.`);
    const value = values[0];
    if ((NUMBER_PARAMS as readonly string[]).includes(key)) {
      const number = value.trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(number)) return bad(`${key} must be a number between 0 and 1000000000000000; got ${JSON.stringify(value)}.`);
      filter[key] = number;
    } else if (key === 'orderBy') variables.orderBy = value;
    else filter[key] = value;
  }
  return { variables };
}

/** Runs one page through Yoga; a non-200 answer or any GraphQL error is returned as the response to send instead. */
async function fetchPage(fetchAPI: FetchAPI, fetch: Fetch, headers: Headers, variables: Record<string, unknown>, after: string | null): Promise<{ page: Page } | { refusal: Response }> {
  const forwarded: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  for (const name of ['x-api-key', 'authorization']) {
    const value = headers.get(name);
    if (value !== null) forwarded[name] = value;
  }
  const response = await fetch('http://export.internal/graphql', {
    method: 'POST',
    headers: forwarded,
    body: JSON.stringify({ query: EXPORT_DEALS_QUERY, variables: { ...variables, first: EXPORT_PAGE_SIZE, after } }),
  });
  const body = (await response.json()) as { data?: { deals: Page | null } | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (response.status === 200 && !body.errors && body.data?.deals) return { page: body.data.deals };
  const errors = (body.errors ?? []).map((e) => ({ ...e, extensions: { ...e.extensions, code: e.extensions?.code ?? 'BAD_USER_INPUT' } }));
  // A client's mistake (a bad value, a key) keeps its status, or becomes a 400 where GraphQL answered 200 with a field error.
  const unexpected = errors.some((e) => e.extensions.code === 'INTERNAL_SERVER_ERROR');
  const status = response.status !== 200 ? response.status : unexpected ? 500 : 400;
  const out: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  const challenge = response.headers.get('www-authenticate');
  if (challenge) out['www-authenticate'] = challenge;
  return { refusal: new fetchAPI.Response(JSON.stringify({ errors }), { status, headers: out }) };
}

const FORMATS: Record<string, { type: string; encode: (deals: ExportedDeal[], first: boolean) => string }> = {
  'deals.csv': {
    type: 'text/csv; charset=utf-8',
    encode: (deals, first) => stringify(deals.map(toDealRow), { header: first, columns: [...DEAL_COLUMNS] }),
  },
  'deals.jsonl': {
    type: 'application/x-ndjson; charset=utf-8',
    encode: (deals) => deals.map((deal) => `${JSON.stringify(deal)}\n`).join(''),
  },
};

/**
 * Answers /export/<name>: 404 for a name it does not know, 405 for a method other than GET, 400 BAD_USER_INPUT for a
 * bad parameter, 401 without a valid key when keys are configured; otherwise 200 with the rows streamed. The first
 * page is fetched before the status is sent; a later page that fails ends the stream with an error.
 */
export function exportPlugin(getFetch: () => Fetch): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(EXPORT_PREFIX)) return;
      const format = FORMATS[url.pathname.slice(EXPORT_PREFIX.length)];
      if (!format) return endResponse(new fetchAPI.Response(null, { status: 404 }));
      if (request.method !== 'GET') return endResponse(refusal(fetchAPI, 405, 'BAD_REQUEST', 'Exports answer GET only.', { allow: 'GET' }));
      const parsed = parseDealParams(url.searchParams);
      if (!('variables' in parsed)) return endResponse(refusal(fetchAPI, parsed.status, parsed.code, parsed.message));
      const api = fetchAPI as unknown as FetchAPI;
      const fetch = getFetch();
      const first = await fetchPage(api, fetch, request.headers, parsed.variables, null);
      if ('refusal' in first) return endResponse(first.refusal);
      const body = streamPages(api, fetch, request.headers, parsed.variables, first.page, format.encode);
      endResponse(new fetchAPI.Response(body, {
        status: 200,
        headers: { 'content-type': format.type, 'content-disposition': `attachment; filename="${url.pathname.slice(EXPORT_PREFIX.length)}"`, 'x-total-count': String(first.page.totalCount) },
      }));
    },
  };
}

function streamPages(fetchAPI: FetchAPI, fetch: Fetch, headers: Headers, variables: Record<string, unknown>, firstPage: Page, encode: (deals: ExportedDeal[], first: boolean) => string) {
  let page: Page | null = firstPage;
  let isFirst = true;
  const encoder = new TextEncoder();
  return new fetchAPI.ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!page) return controller.close();
      controller.enqueue(encoder.encode(encode(page.edges.map((e) => e.node), isFirst)));
      isFirst = false;
      if (!page.pageInfo.hasNextPage) {
        page = null;
        return;
      }
      const next = await fetchPage(fetchAPI, fetch, headers, variables, page.pageInfo.endCursor);
      if ('refusal' in next) return controller.error(new Error(`export page failed with HTTP ${next.refusal.status}`));
      page = next.page;
    },
  });
}
