/**
 * GET /export/<list>.<csv|jsonl>: every row the list's GraphQL field answers for the filters given as query parameters,
 * streamed. `deals`, `sites` and `organizations` page through their connection (`first: 100`, then `after`); `hires`
 * is `talentFlow`'s hires (the group sizes, then the hires), `claims` one entity's `claims` (the entity, then its
 * claims). Every operation is the real GraphQL one, sent through the Yoga instance itself with the request's X-API-Key
 * and Authorization headers (graphql-call.ts), so the rows are what GraphQL answers and the export passes the same key
 * check, limits and validation as /graphql.
 */
import { stringify } from 'csv-stringify/sync';
import type { Plugin } from 'graphql-yoga';
import { refusal } from '../security';
import { CLAIM_COLUMNS, chooseEntity, EXPORT_CLAIMS_ENTITY_QUERY, EXPORT_CLAIMS_QUERY, toClaimRow, type ExportedClaim } from './claim-rows';
import { DEAL_COLUMNS, EXPORT_DEALS_QUERY, toDealRow, type ExportedDeal } from './deal-rows';
import { createCall, refusalFor, type Call, type Fetch, type FetchAPI } from './graphql-call';
import { EXPORT_HIRE_COUNTS_QUERY, EXPORT_HIRES_QUERY, HIRE_COLUMNS, HIRES_PER_CALL, hirePageSizes, toHireRow, type ExportedHire } from './hire-rows';
import { EXPORT_ORGANIZATIONS_QUERY, ORGANIZATION_COLUMNS, toOrganizationRow, type ExportedOrganization } from './organization-rows';
import { EXPORT_SITES_QUERY, SITE_COLUMNS, toSiteRow, type ExportedSite } from './site-rows';

export const EXPORT_PREFIX = '/export/';
export const EXPORT_PAGE_SIZE = 100;

type Row = Record<string, string | number | null>;
type ClientError = { status: number; code: string; message: string };

/** Some rows, and how to read the ones after them (null at the end); a Response ends the export with it. */
interface Chunk {
  nodes: unknown[];
  next: (() => Promise<Chunk | Response>) | null;
}
/** The first rows, how many there are in all, and how one becomes a CSV row. */
interface Loaded extends Chunk {
  total: number;
  toRow: (node: never) => Row;
}

/** The query parameters of one export: where each goes in the operation's variables, and how it is read. */
interface ExportParams {
  /** Fields of the `filter` variable, sent as given; enum values are checked by GraphQL. */
  filterStrings?: readonly string[];
  /** Fields of `filter` parsed as numbers here, range-checked by GraphQL. */
  filterNumbers?: readonly string[];
  /** Fields of `filter` that hold parties: `Oracle,OpenAI:BUYER` is `[{ party: "Oracle" }, { party: "OpenAI", role: BUYER }]`. */
  filterParties?: readonly string[];
  /** Top-level string variables. */
  strings?: readonly string[];
  /** Top-level Boolean variables: `true` or `false`. */
  booleans?: readonly string[];
  /** Parameters that must be given. */
  required?: readonly string[];
}

interface ExportSpec {
  params: ExportParams;
  columns: readonly string[];
  load: (call: Call, fetchAPI: FetchAPI, variables: Record<string, unknown>) => Promise<Loaded | Response>;
}

/** A connection read page by page: `first: EXPORT_PAGE_SIZE`, then `after` the last page's end cursor. */
function pages(query: string, field: string, toRow: (node: never) => Row): ExportSpec['load'] {
  return async (call, fetchAPI, variables) => {
    const read = async (after: string | null): Promise<(Chunk & { total: number }) | Response> => {
      const answer = await call(query, { ...variables, first: EXPORT_PAGE_SIZE, after });
      type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: unknown }> };
      const page = answer.data?.[field] as Page | null | undefined;
      if (answer.status !== 200 || answer.errors || !page) return refusalFor(fetchAPI, answer);
      const cursor = page.pageInfo.endCursor;
      return { total: page.totalCount, nodes: page.edges.map((e) => e.node), next: page.pageInfo.hasNextPage ? () => read(cursor) : null };
    };
    const first = await read(null);
    return first instanceof fetchAPI.Response ? first : { ...(first as Chunk & { total: number }), toRow };
  };
}

/** `talentFlow`'s hires, every group's: the group sizes, then the hires; refused when one operation cannot hold them all. */
const loadHires: ExportSpec['load'] = async (call, fetchAPI, variables) => {
  const sized = await call(EXPORT_HIRE_COUNTS_QUERY, { ...variables, groups: HIRES_PER_CALL });
  const counts = (sized.data?.talentFlow as Array<{ count: number }> | null | undefined)?.map((g) => g.count);
  if (sized.status !== 200 || sized.errors || !counts) return refusalFor(fetchAPI, sized);
  const sizes = hirePageSizes(counts);
  if (!sizes) return refusal(fetchAPI, 400, 'BAD_USER_INPUT', `More hires than one export holds (${HIRES_PER_CALL - 1} previous employers of ${HIRES_PER_CALL} hires each); narrow it with from or since.`);
  const toRow = (hire: ExportedHire) => toHireRow(hire);
  if (sizes.groups === 0) return { total: 0, nodes: [], next: null, toRow };
  const answer = await call(EXPORT_HIRES_QUERY, { ...variables, ...sizes });
  const groups = answer.data?.talentFlow as Array<{ hires: ExportedHire[] }> | null | undefined;
  if (answer.status !== 200 || answer.errors || !groups) return refusalFor(fetchAPI, answer);
  const hires = groups.flatMap((g) => g.hires);
  return { total: hires.length, nodes: hires, next: null, toRow };
};

/** The entity named by `entity` (404 NOT_FOUND with the closest names when none), then its claims. */
const loadClaims: ExportSpec['load'] = async (call, fetchAPI, variables) => {
  const entity = String(variables.entity);
  const lookup = await call(EXPORT_CLAIMS_ENTITY_QUERY, { id: entity, name: entity });
  // The typed lookups that find nothing answer NOT_FOUND; any other error (a key, a limit) is the answer.
  if (lookup.status !== 200 || (lookup.errors ?? []).some((e) => e.extensions?.code !== 'NOT_FOUND')) return refusalFor(fetchAPI, lookup);
  const choice = chooseEntity(entity, lookup as Parameters<typeof chooseEntity>[1]);
  if ('notFound' in choice) {
    const { message, ...extensions } = choice.notFound;
    return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'NOT_FOUND', parameter: 'entity', ...extensions } }] }), {
      status: 404,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  }
  const answer = await call(EXPORT_CLAIMS_QUERY, { id: choice.id, field: variables.field ?? null, includeRetracted: variables.includeRetracted ?? false });
  const claims = (answer.data?.node as { claims?: ExportedClaim[] } | null | undefined)?.claims;
  if (answer.status !== 200 || answer.errors || !claims) return refusalFor(fetchAPI, answer);
  return { total: claims.length, nodes: claims, next: null, toRow: (claim: ExportedClaim) => toClaimRow(choice.id, claim) };
};

const EXPORTS: Record<string, ExportSpec> = {
  deals: {
    params: {
      filterStrings: ['party', 'role', 'kind', 'status', 'project', 'announcedFrom', 'announcedTo', 'startsFrom', 'startsTo'],
      filterNumbers: ['minAnnualizedUsd', 'maxAnnualizedUsd', 'minTotalUsd', 'maxTotalUsd'],
      filterParties: ['parties'],
      strings: ['orderBy'],
    },
    columns: DEAL_COLUMNS,
    load: pages(EXPORT_DEALS_QUERY, 'deals', (node: ExportedDeal) => toDealRow(node)),
  },
  sites: {
    params: { filterStrings: ['country', 'status', 'project', 'organization'] },
    columns: SITE_COLUMNS,
    load: pages(EXPORT_SITES_QUERY, 'sites', (node: ExportedSite) => toSiteRow(node)),
  },
  organizations: {
    params: { filterStrings: ['kind', 'country', 'nameContains'] },
    columns: ORGANIZATION_COLUMNS,
    load: pages(EXPORT_ORGANIZATIONS_QUERY, 'organizations', (node: ExportedOrganization) => toOrganizationRow(node)),
  },
  hires: {
    params: { strings: ['to', 'from', 'since'], required: ['to'] },
    columns: HIRE_COLUMNS,
    load: loadHires,
  },
  claims: {
    params: { strings: ['entity', 'field'], booleans: ['includeRetracted'], required: ['entity'] },
    columns: CLAIM_COLUMNS,
    load: loadClaims,
  },
};

/**
 * The operation's variables from the query string (`filter` holds the filter fields), or the first problem: an
 * unknown, repeated or missing parameter, a number or a Boolean that does not parse. Each message names the
 * parameter. Range and enum checks are left to GraphQL, so they answer with its very messages.
 */
export function parseExportParams(params: ExportParams, query: URLSearchParams): { variables: Record<string, unknown> } | ClientError {
  const { filterStrings = [], filterNumbers = [], filterParties = [], strings = [], booleans = [], required = [] } = params;
  const all = [...filterStrings, ...filterNumbers, ...filterParties, ...strings, ...booleans];
  const filter: Record<string, unknown> = {};
  const variables: Record<string, unknown> = filterStrings.length + filterNumbers.length + filterParties.length > 0 ? { filter } : {};
  const bad = (message: string): ClientError => ({ status: 400, code: 'BAD_USER_INPUT', message });
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    if (!all.includes(key)) return bad(`Unknown parameter ${JSON.stringify(key)}; the parameters are ${all.join(', ')}.`);
    if (values.length > 1) return bad(`${key} may be given once.`);
    const value = values[0];
    if (filterNumbers.includes(key)) {
      const number = value.trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(number)) return bad(`${key} must be a number between 0 and 1000000000000000; got ${JSON.stringify(value)}.`);
      filter[key] = number;
    } else if (filterParties.includes(key)) {
      const parties = value.split(',').map((item) => item.trim()).filter(Boolean).map((item) => {
        const colon = item.lastIndexOf(':');
        return colon > 0 ? { party: item.slice(0, colon).trim(), role: item.slice(colon + 1).trim() } : { party: item };
      });
      if (parties.length === 0) return bad(`${key} must name at least one party, e.g. Oracle,OpenAI:BUYER.`);
      filter[key] = parties;
    } else if (booleans.includes(key)) {
      if (value !== 'true' && value !== 'false') return bad(`${key} must be true or false; got ${JSON.stringify(value)}.`);
      variables[key] = value === 'true';
    } else if (strings.includes(key)) variables[key] = value;
    else filter[key] = value;
  }
  const missing = required.find((key) => !query.has(key) || query.get(key) === '');
  if (missing) return bad(`${missing} is required.`);
  return { variables };
}

type Encode = (spec: ExportSpec, toRow: Loaded['toRow'], nodes: unknown[], first: boolean) => string;

const FORMATS: Record<string, { type: string; encode: Encode }> = {
  csv: {
    type: 'text/csv; charset=utf-8',
    encode: (spec, toRow, nodes, first) => stringify(nodes.map((node) => toRow(node as never)), { header: first, columns: [...spec.columns] }),
  },
  jsonl: {
    type: 'application/x-ndjson; charset=utf-8',
    encode: (_, __, nodes) => nodes.map((node) => `${JSON.stringify(node)}\n`).join(''),
  },
};

/**
 * Answers /export/<name>: 404 for a name it does not know, 405 for a method other than GET, 400 BAD_USER_INPUT for a
 * bad parameter, 401 without a valid key when keys are configured, 404 NOT_FOUND for a claims entity that matches
 * nothing; otherwise 200 with the rows streamed and their number in `X-Total-Count`. The first page is fetched before
 * the status is sent; a later page that fails ends the stream with an error.
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
      const parsed = parseExportParams(spec.params, url.searchParams);
      if (!('variables' in parsed)) return endResponse(refusal(fetchAPI, parsed.status, parsed.code, parsed.message));
      const api = fetchAPI as unknown as FetchAPI;
      const loaded = await spec.load(createCall(getFetch(), request.headers), api, parsed.variables);
      if (loaded instanceof fetchAPI.Response) return endResponse(loaded);
      const body = stream(api, spec, loaded as Loaded, format.encode);
      endResponse(new fetchAPI.Response(body, {
        status: 200,
        headers: { 'content-type': format.type, 'content-disposition': `attachment; filename="${file}"`, 'x-total-count': String((loaded as Loaded).total) },
      }));
    },
  };
}

function stream(fetchAPI: FetchAPI, spec: ExportSpec, loaded: Loaded, encode: Encode) {
  let chunk: Chunk | null = loaded;
  let isFirst = true;
  const encoder = new TextEncoder();
  return new fetchAPI.ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!chunk) return controller.close();
      controller.enqueue(encoder.encode(encode(spec, loaded.toRow, chunk.nodes, isFirst)));
      isFirst = false;
      if (!chunk.next) {
        chunk = null;
        return;
      }
      const next = await chunk.next();
      if (next instanceof fetchAPI.Response) return controller.error(new Error(`export page failed with HTTP ${next.status}`));
      chunk = next as Chunk;
    },
  });
}
