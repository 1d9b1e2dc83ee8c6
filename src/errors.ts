/**
 * Expected errors carry a code and reach the client; anything else is masked
 * by Yoga as "Unexpected error." and logged with the request id.
 */
import { GraphQLError } from 'graphql';

export class BadUserInputError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
  }
}

/**
 * A by-name lookup that matched nothing, or only an ambiguous prefix: the field answers null and this error says so.
 * `extensions.suggestions` holds the closest names (data, never schema fields).
 */
export class NotFoundError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'NOT_FOUND', ...extensions } });
  }
}

/** Bookmarks (X-KB-Bookmarks) that Neo4j does not know: not from this database, or altered. */
export class BadBookmarksError extends GraphQLError {
  constructor() {
    super('Neo4j does not know these bookmarks (X-KB-Bookmarks): send them exactly as a mutation of this knowledge base returned them.', { extensions: { code: 'BAD_BOOKMARKS' } });
  }
}

/** The challenge every 401 carries (RFC 9110 requires one): the admin token is a bearer token. */
export const BEARER_CHALLENGE = 'Bearer realm="knowledge-base"';

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'A valid bearer token is required for this operation.') {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': BEARER_CHALLENGE } } } });
  }
}

/** A field asked for under `@asOf` whose statement does not take the times yet: refused rather than answered as of today. */
export class AsOfUnsupportedError extends GraphQLError {
  constructor(fields: string[]) {
    super(`These fields cannot answer as of another time yet: ${fields.join(', ')}. Ask for them without @asOf.`, { extensions: { code: 'AS_OF_UNSUPPORTED', fields } });
  }
}

/** For states the code believes impossible; masked like any unexpected error. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant violation: ${message}`);
}
