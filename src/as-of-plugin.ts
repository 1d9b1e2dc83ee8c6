/**
 * The `@asOf(knownAt:, validAt:)` operation directive: checked once before the operation runs, then handed to the
 * request's loaders through `context.time`, so every field under it answers as of the same times
 * (src/domain/as-of.ts). A bad date is BAD_USER_INPUT naming the argument; a field whose statement does not take the
 * times yet is refused with AS_OF_UNSUPPORTED, all of them named, before anything is read.
 */
import { getDirectiveValues, Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './context';
import { firstDay, isPartialDate } from './domain/partial-dates';
import { AsOfUnsupportedError, BadUserInputError } from './errors';

/**
 * Fields that cannot answer as of another time: the change feed is kept in recording time (when each write happened),
 * which `since` asks about. `Type.field`; `Type.field(arg)` when only that argument makes it so.
 */
export const AS_OF_UNSUPPORTED = new Set(['Query.changes']);

function operationOf(document: DocumentNode, name: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? operations.find((o) => o.name?.value === name) : operations.length === 1 ? operations[0] : undefined;
}

function dateArgument(name: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !isPartialDate(value)) {
    throw new BadUserInputError(`@asOf(${name}:) must be a partial date: YYYY, YYYY-MM or YYYY-MM-DD (a real day); got ${JSON.stringify(String(value).slice(0, 20))}.`, { argument: name });
  }
  return firstDay(value);
}

/** The fields of `document` that cannot answer as of another time, as `Type.field`, sorted. */
export function unsupportedFields(schema: GraphQLSchema, document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const found = new Set<string>();
  visit(document, visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType()?.name;
      if (!parent) return;
      const coordinate = `${parent}.${node.name.value}`;
      if (AS_OF_UNSUPPORTED.has(coordinate)) found.add(coordinate);
      for (const argument of node.arguments ?? []) {
        const withArgument = `${coordinate}(${argument.name.value})`;
        if (AS_OF_UNSUPPORTED.has(withArgument) && argument.value.kind !== Kind.NULL) found.add(withArgument);
      }
    },
  }));
  return [...found].sort();
}

export function asOfPlugin(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = operationOf(args.document, args.operationName);
      const directive = args.schema.getDirective('asOf');
      if (!operation || !directive || !operation.directives?.some((d) => d.name.value === 'asOf')) return;
      try {
        const values = getDirectiveValues(directive, operation, args.variableValues ?? undefined) ?? {};
        const asOf = { knownAt: dateArgument('knownAt', values.knownAt), validAt: dateArgument('validAt', values.validAt) };
        const unsupported = unsupportedFields(args.schema, args.document);
        if (unsupported.length > 0) throw new AsOfUnsupportedError(unsupported);
        args.contextValue.time.asOf = asOf;
      } catch (error) {
        if (error instanceof BadUserInputError || error instanceof AsOfUnsupportedError) setResultAndStopExecution({ errors: [error] });
        else throw error;
      }
    },
  };
}
