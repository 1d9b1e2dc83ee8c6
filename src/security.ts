/**
 * Access control and transport rules, as Yoga plugins (the request-shape
 * limits are in request-limits.ts). Numbers come from config.
 *
 * - one root mutation field per operation;
 * - one body rule for every content type and transfer encoding: a cap (413)
 *   and malformed JSON as a small 400;
 * - GraphQL on exactly one path, and optional read API keys checked for every
 *   request Yoga would execute;
 * - CSRF: requests a browser sends without a preflight need a custom header.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError, Kind, type ASTVisitor, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from './config';
import { isAdminToken } from './context';
import { BEARER_CHALLENGE } from './errors';

/** Counts the root fields a mutation selects, fragments included. */
function rootFieldCount(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += (selection as FieldNode).name.value === '__typename' ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFieldCount(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      seen.add(selection.name.value);
      count += rootFieldCount(fragments[selection.name.value].selectionSet, fragments, seen);
    }
  }
  return count;
}

/** Validation rule: a mutation operation selects at most one root field (aliases count). */
export function singleMutationRule(context: ValidationContext): ASTVisitor {
  const fragments = Object.fromEntries(
    context
      .getDocument()
      .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return {
    OperationDefinition(node) {
      if (node.operation === 'mutation' && rootFieldCount(node.selectionSet, fragments) > 1) {
        context.reportError(new GraphQLError('A request may run at most one mutation field.', { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } }));
      }
    },
  };
}

export function singleMutationPlugin(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(singleMutationRule);
    },
  };
}

class BodyTooLarge extends Error {}

/** Reads a body stream, failing as soon as it passes `max` bytes. */
async function readCapped(body: ReadableStream<Uint8Array>, max: number): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Ours, or Yoga's own maxRequestBodySize (set to the same cap), which errors the stream before we see the byte. */
function isTooLarge(error: unknown): boolean {
  return error instanceof BodyTooLarge || (error as { extensions?: { http?: { status?: number } } } | null)?.extensions?.http?.status === 413;
}

/** The content types Yoga's JSON parser takes (graphql-yoga's isPOSTJsonRequest). */
function isJsonRequest(request: Request): boolean {
  const type = (request.headers.get('content-type') ?? '').split(',')[0];
  return ['application/json', 'application/graphql+json'].some((json) => type === json || type.startsWith(`${json};`));
}

/**
 * One rule for every body, whatever its content type or transfer encoding: the parser Yoga chose (JSON, GraphQL
 * string, form) gets the body only after it has been read with the cap, so a chunked body is cut at `max` bytes
 * like a declared one (413 PAYLOAD_TOO_LARGE). JSON anywhere in the request (a JSON body, GET or form `variables`
 * and `extensions`) that does not parse is one small 400 BAD_REQUEST: Yoga's own answer echoes the parser's message,
 * which quotes the body. A POST no parser takes is a 415 with a code instead of Yoga's empty one.
 */
export function bodyPlugin(max: number): Plugin {
  type FetchAPI = { Response: typeof Response; Request: typeof Request };
  const tooLarge = (fetchAPI: FetchAPI) => refusal(fetchAPI, 413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${max} bytes.`);
  const badJson = (fetchAPI: FetchAPI) => refusal(fetchAPI, 400, 'BAD_REQUEST', 'The request carries malformed JSON.');
  return {
    onRequestParse({ request, requestParser, setRequestParser, endResponse, fetchAPI }) {
      const declared = Number(request.headers.get('content-length') ?? 'NaN');
      if (Number.isFinite(declared) && declared > max) return endResponse(tooLarge(fetchAPI));
      if (!requestParser) {
        // Other methods go on to Yoga's 405.
        if (request.method === 'POST') endResponse(refusal(fetchAPI, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send application/json (or application/graphql+json, application/graphql, a form, or a GET).'));
        return;
      }
      const parse = requestParser;
      setRequestParser(async (req) => {
        try {
          if (req.method !== 'POST') return await parse(req);
          const text = req.body ? await readCapped(req.body, max) : '';
          if (isJsonRequest(req)) {
            const params: unknown = JSON.parse(text);
            // As Yoga's own JSON parser: the later checks expect an object (an array is refused as a batch).
            if (params === null || typeof params !== 'object') return refusal(fetchAPI, 400, 'BAD_REQUEST', 'The request body must be a JSON object.');
            return params as Record<string, unknown>;
          }
          const headers = new fetchAPI.Headers(req.headers);
          headers.delete('content-length');
          return await parse(new fetchAPI.Request(req.url, { method: req.method, headers, body: text }));
        } catch (error) {
          if (isTooLarge(error)) return tooLarge(fetchAPI);
          if (error instanceof SyntaxError) return badJson(fetchAPI);
          throw error;
        }
      });
    },
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** True when `presented` equals one of `keys`, comparing in constant time. */
export function isApiKey(presented: string | null, keys: readonly string[]): boolean {
  if (!presented) return false;
  const mine = digest(presented);
  return keys.reduce((found, key) => timingSafeEqual(mine, digest(key)) || found, false);
}

/** A refusal before any GraphQL processing: a small JSON error with a code, whatever the request's Accept header. */
export function refusal(fetchAPI: { Response: typeof Response }, status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/**
 * Yoga treats every URL that ends in its endpoint as GraphQL (`/x/graphql`, `//graphql`, `/graphql/`, even
 * `/foo?/graphql`), so anything keyed on the path could be sidestepped. This makes `endpoint` the only path that
 * reaches Yoga's GraphQL handling: every other path not answered by an earlier plugin is a 404.
 */
export function singleEndpointPlugin(endpoint: string): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) endResponse(new fetchAPI.Response(null, { status: 404 }));
    },
  };
}

/** The header a "simple" request must carry (any value); the explorer sends it with its JSON posts anyway. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * A browser sends a cross-site GET, or a POST with a form or text body, without a CORS preflight, so CORS cannot stop
 * it from running (only from being read). Such requests must carry CSRF_HEADER (any value), which a cross-site page
 * cannot add without a preflight. GET queries are included on purpose: they would otherwise let any page make its
 * visitors' browsers run queries against an API on their network (timing leaks, load). The same check as
 * @graphql-yoga/plugin-csrf-prevention, answered with a code and a message that names the header.
 */
export function csrfPlugin(): Plugin {
  return {
    onRequestParse({ request, endResponse, fetchAPI }) {
      const contentType = request.headers.get('content-type')?.toLowerCase();
      const preflighted = contentType !== undefined && !SIMPLE_CONTENT_TYPES.some((simple) => contentType.startsWith(simple));
      if (preflighted || request.headers.has(CSRF_HEADER)) return;
      endResponse(refusal(fetchAPI, 403, 'CSRF_HEADER_REQUIRED', `Requests without a JSON body (GET queries, forms, text) must carry the ${CSRF_HEADER} header, with any value.`));
    },
  };
}

/**
 * When read API keys are configured, every GraphQL request needs `X-API-Key` (or the admin bearer token). The check
 * runs in onRequestParse, which every request Yoga would execute goes through, whatever its path, method or headers;
 * the GraphiQL page (development only) is rendered earlier, in onRequest, and executes nothing.
 */
export function apiKeyPlugin(config: Config): Plugin {
  return {
    onRequestParse({ request, endResponse, fetchAPI }) {
      const refused = keyRefusal(request, config, fetchAPI);
      if (refused) endResponse(refused);
    },
  };
}

/**
 * The 401 for a request without a valid read key (or the admin token) while keys are configured, else null. Every
 * path that answers without reaching Yoga's parse (saved questions from their cache, /metrics) checks it too.
 */
export function keyRefusal(request: Request, config: Config, fetchAPI: { Response: typeof Response }): Response | null {
  if (config.apiKeys.length === 0) return null;
  if (isApiKey(request.headers.get('x-api-key'), config.apiKeys) || isAdminToken(request.headers.get('authorization'), config.adminToken)) return null;
  return refusal(fetchAPI, 401, 'UNAUTHENTICATED', 'A valid X-API-Key header is required.', { 'www-authenticate': `ApiKey header="X-API-Key", ${BEARER_CHALLENGE}` });
}
