/**
 * No error shows the schema's suggestions ("Did you mean …?"): they would let a
 * client map a schema whose introspection is off in production, one guess at
 * a time.
 *
 * graphql-armor's blockFieldSuggestion rewrites validation errors only, and
 * only the `Did you mean "x"?` form, so an unknown enum value (`Did you mean
 * the enum value "X"?`) and every error found while coercing variables
 * (execution, not validation) kept theirs. This rewrites every error of every
 * result, whatever stage produced it, just before the result is sent.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** graphql-js's didYouMean: ` Did you mean "a", "b", or "c"?`, optionally with a sub-message (`the enum value`). */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** `message` without its suggestions; unchanged when it has none. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '').trim();
}

/** The same error (locations, path, extensions, original error) with a message free of suggestions. */
function hideIn(error: GraphQLError): GraphQLError {
  const message = withoutSuggestions(error.message);
  if (message === error.message) return error;
  const { nodes, source, positions, path, originalError, extensions } = error;
  return new GraphQLError(message, { nodes, source, positions, path, originalError, extensions });
}

export function hideSuggestionsPlugin(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      // Batching is off and nothing streams, so a result is one ExecutionResult; anything else passes untouched.
      if (Array.isArray(result) || Symbol.asyncIterator in result || !result.errors?.length) return;
      setResult({ ...result, errors: result.errors.map((error) => (error instanceof GraphQLError ? hideIn(error) : error)) });
    },
  };
}
