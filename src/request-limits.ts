/**
 * Request-shape limits, checked before execution; every number comes from
 * config (README "Security and operations" lists the defaults).
 *
 * - tokens and bracket nesting, counted by the lexer before anything parses
 *   (graphql-js parses recursively: 3,000 nested `[` overflowed the stack);
 * - graphql-armor: depth, aliases, directives, cost, and no field suggestions;
 * - a validation stack that still overflows (fragment chains under a raised
 *   token limit) is the same refusal.
 *
 * Every refusal is HTTP 400 with its own `extensions.code`, whatever the
 * Accept header: it is the server's policy, not a GraphQL validation result
 * (which the GraphQL-over-HTTP spec answers with 200 under application/json).
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, Lexer, Source, TokenKind, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from './config';

/**
 * The deepest operation we ship nests 11 brackets; KB_MAX_DEPTH may be raised to 100. The parser recursed through
 * about 2,000 levels before the stack gave out, so 128 leaves room for both.
 */
export const MAX_NESTING = 128;

/** A refusal by a request-shape limit: 400 whatever the Accept header (`spec: false` tells Yoga so). */
export function limitError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400, spec: false } } });
}

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * Counts tokens and bracket nesting with the lexer alone (a loop, no recursion), stopping at the first limit
 * passed. Every recursion of the parser opens a bracket, so below MAX_NESTING the parse cannot overflow.
 * A lexical error returns null: the parser then reports it as a syntax error.
 */
export function checkDocumentSize(query: string, maxTokens: number): GraphQLError | null {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (tokens > maxTokens) return limitError('TOKEN_LIMIT_EXCEEDED', `Token limit of ${maxTokens} exceeded.`);
      if (OPENING.has(token.kind)) {
        nesting += 1;
        if (nesting > MAX_NESTING) return limitError('NESTING_LIMIT_EXCEEDED', `Brackets nest more than ${MAX_NESTING} deep.`);
      } else if (CLOSING.has(token.kind)) {
        nesting -= 1;
      }
    }
  } catch {
    return null;
  }
  return null;
}

/** Runs on the request's parameters, before Yoga parses (or looks up its parse cache). */
function documentSizePlugin(maxTokens: number): Plugin {
  return {
    onParams({ params, setResult }) {
      if (typeof params.query !== 'string') return;
      const refused = checkDocumentSize(params.query, maxTokens);
      if (refused) setResult({ errors: [refused] });
    },
  };
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Validation walks fragment spreads recursively; a chain of thousands (tokens raised near 100,000) overflowed it. */
function validationStackPlugin(): Plugin {
  return {
    onValidate({ validateFn, setValidationFn }) {
      setValidationFn((...args: Parameters<typeof validateFn>) => {
        try {
          return validateFn(...args);
        } catch (error) {
          if (isStackOverflow(error)) return [limitError('NESTING_LIMIT_EXCEEDED', 'The document nests too deeply (through its fragments) to be checked.')];
          throw error;
        }
      });
    },
  };
}

/** graphql-armor reports through the validation context, with our code, instead of throwing a code-less error. */
function armorRejection(code: string) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(code, error.message.replace(/^Syntax Error: /, '')))],
  };
}

/** All request-shape limits, in the order they apply; the server and the explorer's test use the same list. */
export function requestLimitPlugins(limits: Config['limits']): Plugin[] {
  return [
    documentSizePlugin(limits.tokens),
    validationStackPlugin(),
    EnvelopArmorPlugin({
      maxDepth: { n: limits.depth, flattenFragments: true, ...armorRejection('DEPTH_LIMIT_EXCEEDED') },
      maxAliases: { n: limits.aliases, ...armorRejection('ALIAS_LIMIT_EXCEEDED') },
      // Counted by documentSizePlugin before parsing, with the nesting.
      maxTokens: { enabled: false },
      maxDirectives: { n: limits.directives, ...armorRejection('DIRECTIVE_LIMIT_EXCEEDED') },
      costLimit: { maxCost: limits.cost, flattenFragments: true, ...armorRejection('COST_LIMIT_EXCEEDED') },
      blockFieldSuggestion: { enabled: true },
    }) as Plugin,
  ];
}
