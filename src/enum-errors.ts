/**
 * An enum input given a value it does not have (`kind: chip_supply`, `kind: "chip_supply"`, a variable holding
 * "MAYBE") is answered with the values it does have, never with a guess: the error keeps its message without
 * graphql-js's "Did you mean …?" (see src/hide-suggestions.ts), adds "Allowed values of DealKind: …", and carries
 * `extensions.code: BAD_USER_INPUT`, `reason: BAD_ENUM_VALUE`, `enum` and `allowedValues`, so a client can show the
 * choices. The list is what the schema's enum holds, the same for every input of that enum: it tells a client the
 * enum's values, which the field's description and introspection say too (when introspection is on).
 *
 * graphql-js reports these in three wordings, at validation (literals) and at variable coercion (execution); each
 * names the enum, and this rewrites every one, whatever stage produced it, just before the result is sent.
 */
import { GraphQLError, isEnumType, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { withoutSuggestions } from './hide-suggestions';

/** graphql-js's enum input messages; group 1 is the enum's name. */
const ENUM_INPUT_ERRORS = [/Value ".*" does not exist in "(\w+)" enum\./s, /Enum "(\w+)" cannot represent non-enum value: /, /Enum "(\w+)" cannot represent non-string value: /];

/** The enum an error message says was given a value it lacks, or null for any other message. */
export function badEnumName(message: string): string | null {
  for (const pattern of ENUM_INPUT_ERRORS) {
    const match = pattern.exec(message);
    if (match) return match[1];
  }
  return null;
}

/** The error with the enum's allowed values in its message and extensions; unchanged for any other error. */
export function withAllowedValues(error: GraphQLError, schema: GraphQLSchema): GraphQLError {
  const name = badEnumName(error.message);
  const type = name ? schema.getType(name) : undefined;
  if (!isEnumType(type)) return error;
  const allowedValues = type.getValues().map((value) => value.name);
  const message = `${withoutSuggestions(error.message)} Allowed values of ${type.name}: ${allowedValues.join(', ')}.`;
  const { nodes, source, positions, path, originalError, extensions } = error;
  return new GraphQLError(message, {
    nodes, source, positions, path, originalError,
    extensions: { ...extensions, code: 'BAD_USER_INPUT', reason: 'BAD_ENUM_VALUE', enum: type.name, allowedValues },
  });
}

export function enumErrorsPlugin(schema: GraphQLSchema): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      // Batching is off and nothing streams, so a result is one ExecutionResult; anything else passes untouched.
      if (Array.isArray(result) || Symbol.asyncIterator in result || !result.errors?.length) return;
      setResult({ ...result, errors: result.errors.map((error) => (error instanceof GraphQLError ? withAllowedValues(error, schema) : error)) });
    },
  };
}
