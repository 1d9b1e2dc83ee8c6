/**
 * GET /export/<deals|sites>.<csv|jsonl>: every deal (site) that `deals(filter:)` (`sites(filter:)`) returns for the
 * filter given as query parameters, streamed page by page (`first: 100`, then `after`). Each page is the real GraphQL operation,
 * sent through the Yoga instance itself with the request's X-API-Key and Authorization headers, so the rows are what
 * GraphQL answers and the export passes the same key check, limits and validation as /graphql.
 */
import { stringify } from 'csv-stringify/sync';
import type { Plugin } from 'graphql-yoga';
import { refusal } from '../security';
import { DEAL_COLUMNS, EXPORT_DEALS_QUERY, toDealRow, type ExportedDeal } from './deal-rows';
import { EXPORT_SITES_QUERY, SITE_COLUMNS, toSiteRow, type ExportedSite } from './site-rows';

export const EXPORT_PREFIX = '/export/';
export const EXPORT_PAGE_SIZE = 100;

/** One exported list: its operation, its root field, the filter fields it takes, and its CSV row. */
interface ExportSpec {
  query: string;
  field: string;
  /** Filter fields sent as given; enum values are checked by GraphQL. */
  strings: readonly string[];
  /** Filter fields parsed as numbers here, range-checked by GraphQL. */
  numbers: readonly string[];
  /** Top-level variables besides `filter` (deals' orderBy). */
  top: readonly string[];
  columns: readonly string[];
  toRow: (node: never) => Record<string, string | number | null>;
}

const EXPORTS: Record<string, ExportSpec> = {
  deals: {
    query: EXPORT_DEALS_QUERY,
    field: 'deals',
    strings: ['party', 'role', 'kind', 'status', 'project'],
    numbers: ['minAnnualizedUsd', 'maxAnnualizedUsd'],
    top: ['orderBy'],
    columns: DEAL_COLUMNS,
    toRow: (node: ExportedDeal) => toDealRow(node),
  },
  sites: {
    query: EXPORT_SITES_QUERY,
    field: 'sites',
    strings: ['country', 'status', 'project', 'organization'],
    numbers: [],
    top: [],
    columns: SITE_COLUMNS,
    toRow: (node: ExportedSite) => toSiteRow(node),
  },
};

type Fetch = (url: string, init: RequestInit) => Promise<Response>;
type FetchAPI = { Response: typeof Response; ReadableStream: typeof ReadableStream };
type ClientError = { status: number; code: string; message: string };
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: never }>;
}

/**
 * The `filter` and `orderBy` variables from the query string, or the first problem: an unknown or repeated parameter,
 * a number that does not parse. Range and enum checks are left to GraphQL, so they answer with its very messages.
 */
export function parseExportParams(spec: ExportSpec, params: URLSearchParams): { variables: Record<string, unknown> } | ClientError {
  const all = [...spec.strings, ...spec.numbers, ...spec.top];
  const filter: Record<string, unknown> = {};
  const variables: Record<string, unknown> = { filter };
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    const bad = (message: string): ClientError => ({ status: 400, code: 'BAD_USER_INPUT', message });
    if (!all.includes(key)) return bad(`Unknown parameter ${JSON.stringify(key)}; the parameters are ${all.join(', ')}.`);
    if (values.length > 1) return bad(`${key} may be given once.`);
    const value = values[0];
    if (spec.numbers.includes(key)) {
      const number = value.trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(number)) return bad(`${key} must be a number between 0 and 1000000000000000; got ${JSON.stringify(value)}.`);
      filter[key] = number;
    } else if (spec.top.includes(key)) variables[key] = value;
    else filter[key] = value;
  }
  return { variables };
}

/** Runs one page through Yoga; a non-200 answer or any GraphQL error is returned as the response to send instead. */
async function fetchPage(fetchAPI: FetchAPI, fetch: Fetch, headers: Headers, spec: ExportSpec, variables: Record<string, unknown>, after: string | null): Promise<{ page: Page } | { refusal: Response }> {
  const forwarded: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  for (const name of ['x-api-key', 'authorization']) {
    const value = headers.get(name);
    if (value !== null) forwarded[name] = value;
  }
  const response = await fetch('http://export.internal/graphql', {
    method: 'POST',
    headers: forwarded,
    body: JSON.stringify({ query: spec.query, variables: { ...variables, first: EXPORT_PAGE_SIZE, after } }),
  });
  const body = (await response.json()) as { data?: Record<string, Page | null> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  const page = body.data?.[spec.field];
  if (response.status === 200 && !body.errors && page) return { page };
  const errors = (body.errors ?? []).map((e) => ({ ...e, extensions: { ...e.extensions, code: e.extensions?.code ?? 'BAD_USER_INPUT' } }));
  // A client's mistake (a bad value, a key) keeps its status, or becomes a 400 where GraphQL answered 200 with a field error.
  const unexpected = errors.some((e) => e.extensions.code === 'INTERNAL_SERVER_ERROR');
  const status = response.status !== 200 ? response.status : unexpected ? 500 : 400;
  const out: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  const challenge = response.headers.get('www-authenticate');
  if (challenge) out['www-authenticate'] = challenge;
  return { refusal: new fetchAPI.Response(JSON.stringify({ errors }), { status, headers: out }) };
}

type Encode = (spec: ExportSpec, nodes: never[], first: boolean) => string;

const FORMATS: Record<string, { type: string; encode: Encode }> = {
  csv: {
    type: 'text/csv; charset=utf-8',
    encode: (spec, nodes, first) => stringify(nodes.map(spec.toRow), { header: first, columns: [...spec.columns] }),
  },
  jsonl: {
    type: 'application/x-ndjson; charset=utf-8',
    encode: (_, nodes) => nodes.map((node) => `${JSON.stringify(node)}\n`).join(''),
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
      const file = url.pathname.slice(EXPORT_PREFIX.length);
      const [list, extension, ...rest] = file.split('.');
      const spec = Object.prototype.hasOwnProperty.call(EXPORTS, list) ? EXPORTS[list] : undefined;
      const format = Object.prototype.hasOwnProperty.call(FORMATS, extension) ? FORMATS[extension] : undefined;
      if (!spec || !format || rest.length > 0) return endResponse(new fetchAPI.Response(null, { status: 404 }));
      if (request.method !== 'GET') return endResponse(refusal(fetchAPI, 405, 'BAD_REQUEST', 'Exports answer GET only.', { allow: 'GET' }));
      const parsed = parseExportParams(spec, url.searchParams);
      if (!('variables' in parsed)) return endResponse(refusal(fetchAPI, parsed.status, parsed.code, parsed.message));
      const api = fetchAPI as unknown as FetchAPI;
      const fetch = getFetch();
      const first = await fetchPage(api, fetch, request.headers, spec, parsed.variables, null);
      if ('refusal' in first) return endResponse(first.refusal);
      const body = streamPages(api, fetch, request.headers, spec, parsed.variables, first.page, format.encode);
      endResponse(new fetchAPI.Response(body, {
        status: 200,
        headers: { 'content-type': format.type, 'content-disposition': `attachment; filename="${file}"`, 'x-total-count': String(first.page.totalCount) },
      }));
    },
  };
}

function streamPages(fetchAPI: FetchAPI, fetch: Fetch, headers: Headers, spec: ExportSpec, variables: Record<string, unknown>, firstPage: Page, encode: Encode) {
  let page: Page | null = firstPage;
  let isFirst = true;
  const encoder = new TextEncoder();
  return new fetchAPI.ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!page) return controller.close();
      controller.enqueue(encoder.encode(encode(spec, page.edges.map((e) => e.node), isFirst)));
      isFirst = false;
      if (!page.pageInfo.hasNextPage) {
        page = null;
        return;
      }
      const next = await fetchPage(fetchAPI, fetch, headers, spec, variables, page.pageInfo.endCursor);
      if ('refusal' in next) return controller.error(new Error(`export page failed with HTTP ${next.refusal.status}`));
      page = next.page;
    },
  });
}
