/**
 * GET /q/<name>: runs a saved question (saved-questions.ts) through the Yoga instance, its variables taken from the
 * query string, and answers its GraphQL JSON with an ETag (a hash of the body). A request whose If-None-Match names
 * that ETag gets a 304 with no body. Answers without errors are kept in a bounded in-memory cache until a mutation
 * (ingestArticle, retractArticle) runs on this server, until the response cache's generation moves (a write from
 * anywhere, seen within a second), and for at most `ttlMs`.
 */
import { createHash } from 'node:crypto';
import { getOperationAST, Kind, parse, type TypeNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config';
import { keyRefusal, refusal } from '../security';
import { isSavedQuestion, SAVED_QUESTIONS, type SavedQuestionName } from './saved-questions';

export const QUESTION_PREFIX = '/q/';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;
interface Answer {
  body: string;
  etag: string;
  at: number;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** Each question's variables and their scalar or enum type name, read from its document once. */
const VARIABLE_TYPES = Object.fromEntries(
  Object.entries(SAVED_QUESTIONS).map(([name, document]) => [
    name,
    Object.fromEntries((getOperationAST(parse(document))?.variableDefinitions ?? []).map((v) => [v.variable.name.value, namedType(v.type)])),
  ]),
) as Record<SavedQuestionName, Record<string, string>>;

/** The variables from the query string, or the message for the first unknown, repeated or unparsable one. */
export function parseQuestionVariables(name: SavedQuestionName, params: URLSearchParams): Record<string, unknown> | string {
  const types = VARIABLE_TYPES[name];
  const variables: Record<string, unknown> = {};
  for (const key of [...new Set(params.keys())].sort()) {
    const values = params.getAll(key);
    const type = types[key];
    if (!type) return `Unknown parameter ${JSON.stringify(key)} for ${name}; its variables are ${Object.keys(types).join(', ')}.`;
    if (values.length > 1) return `${key} may be given once.`;
    if (type === 'Int' || type === 'Float') {
      const number = values[0].trim() === '' ? NaN : Number(values[0]);
      if (!Number.isFinite(number)) return `${key} must be a number; got ${JSON.stringify(values[0])}.`;
      variables[key] = number;
    } else variables[key] = values[0];
  }
  return variables;
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');
}

export interface QuestionPluginOptions {
  /** Most answers kept; the oldest is dropped past it. */
  maxEntries?: number;
  /** How long an answer is kept at most, for writes this server does not see. */
  ttlMs?: number;
  /**
   * The response cache's generation (src/shared-state/response-cache.ts), which moves with every write from anywhere
   * within a second: answers are kept per generation, so the TTL only bounds memory. Absent when that cache is off.
   */
  generation?: () => Promise<string> | string;
  now?: () => number;
}

export function questionPlugin(config: Config, getFetch: () => Fetch, { maxEntries = 500, ttlMs = 60_000, generation = () => '', now = Date.now }: QuestionPluginOptions = {}): Plugin {
  const cache = new Map<string, Answer>();
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(QUESTION_PREFIX)) return;
      const name = url.pathname.slice(QUESTION_PREFIX.length);
      if (!isSavedQuestion(name)) return endResponse(new fetchAPI.Response(null, { status: 404 }));
      if (request.method !== 'GET') return endResponse(refusal(fetchAPI, 405, 'BAD_REQUEST', 'Saved questions answer GET only.', { allow: 'GET' }));
      // The key check of /graphql, here too because a cached answer never reaches Yoga.
      const refused = keyRefusal(request, config, fetchAPI);
      if (refused) return endResponse(refused);
      const variables = parseQuestionVariables(name, url.searchParams);
      if (typeof variables === 'string') return endResponse(refusal(fetchAPI, 400, 'BAD_USER_INPUT', variables));
      const key = `${await generation()} ${name} ${JSON.stringify(variables)}`;
      let answer = cache.get(key);
      if (answer && now() - answer.at > ttlMs) {
        cache.delete(key);
        answer = undefined;
      }
      let status = 200;
      if (!answer) {
        const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
        for (const header of ['x-api-key', 'authorization']) {
          const value = request.headers.get(header);
          if (value !== null) headers[header] = value;
        }
        const response = await getFetch()('http://question.internal/graphql', { method: 'POST', headers, body: JSON.stringify({ query: SAVED_QUESTIONS[name], variables }) });
        const body = await response.text();
        answer = { body, etag: etagOf(body), at: now() };
        status = response.status;
        const hasErrors = (JSON.parse(body) as { errors?: unknown[] }).errors !== undefined;
        // A field error (NOT_FOUND for a name that is none) is answered as /graphql answers it, but not kept.
        if (status === 200 && !hasErrors) {
          cache.set(key, answer);
          if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
        }
      }
      const headers = { etag: answer.etag, 'cache-control': 'no-cache' };
      if (status === 200 && matches(request.headers.get('if-none-match'), answer.etag)) return endResponse(new fetchAPI.Response(null, { status: 304, headers }));
      endResponse(new fetchAPI.Response(answer.body, { status, headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } }));
    },
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      return { onExecuteDone: () => cache.clear() };
    },
  };
}
