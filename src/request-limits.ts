/**
 * Request-shape limits, checked before execution; every number comes from
 * config (README "Security and operations" lists the defaults).
 *
 * - tokens and bracket nesting, counted by the lexer before anything parses
 *   (graphql-js parses recursively: 3,000 nested `[` overflowed the stack);
 * - graphql-armor: depth, aliases, directives;
 * - cost, priced with the page sizes the operation will really get (ours:
 *   armor's estimate counts `first: $n` and an omitted `first` as 1);
 * - a validation stack that still overflows (fragment chains under a raised
 *   token limit) is the same refusal.
 *
 * Every refusal is HTTP 400 with its own `extensions.code` (`REFUSALS`), whatever
 * the Accept header: it is the server's policy, not a GraphQL validation result
 * (which the GraphQL-over-HTTP spec answers with 200 under application/json).
 * Its message names the limit, what the request came to, and what to change.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionNode,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from './config';

/**
 * The deepest operation we ship (the benchmark's hub traversal) nests 9 brackets, the explorer's at most 6, and
 * KB_MAX_DEPTH may be raised to 100. The parser recursed through about 2,000 levels before the stack gave out, so 128
 * leaves room on both sides.
 */
export const MAX_NESTING = 128;

/** A refusal by a request-shape limit: 400 whatever the Accept header (`spec: false` tells Yoga so). */
export function limitError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400, spec: false } } });
}

/**
 * The refusal of each limit, from what the request came to (`found`) and the limit (`max`). None is labelled
 * "Syntax Error", as graphql-armor labels its own: the document is well formed, it asks for too much.
 */
export const REFUSALS = {
  tokens: (max: number) => limitError('TOKEN_LIMIT', `${over('Token count', null, max)}: select fewer fields, or split the question into several requests.`),
  nesting: (max: number) => limitError('NESTING_LIMIT', `${over('Bracket nesting', null, max)}: flatten the document.`),
  fragmentNesting: () => limitError('NESTING_LIMIT', 'Fragments spread through each other too deeply to be checked: flatten the document.'),
  depth: (found: number | null, max: number) => limitError('DEPTH_LIMIT', `${over('Query depth', found, max)}: nest fewer fields, and follow up with node(id:) on the ids you got.`),
  aliases: (found: number | null, max: number) => limitError('ALIAS_LIMIT', `${over('Alias count', found, max)}: split the question into several requests.`),
  directives: (found: number | null, max: number) => limitError('DIRECTIVE_LIMIT', `${over('Directive count', found, max)}: use fewer @include and @skip.`),
  cost: (found: number, max: number) => limitError('COST_LIMIT', `${over('Query cost', found, max)}: lower first on the largest lists, or ask fewer fields.`),
};

/** "Query cost 447378 is over the limit of 200000"; without `found` when it is not known (counting stopped at the limit). */
function over(what: string, found: number | null, max: number): string {
  return `${what}${found === null ? '' : ` ${found}`} is over the limit of ${max}`;
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
      if (tokens > maxTokens) return REFUSALS.tokens(maxTokens);
      if (OPENING.has(token.kind)) {
        nesting += 1;
        if (nesting > MAX_NESTING) return REFUSALS.nesting(MAX_NESTING);
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
          if (isStackOverflow(error)) return [REFUSALS.fragmentNesting()];
          throw error;
        }
      });
    },
  };
}

const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;
const PAGE_ARGUMENTS = ['first', 'last'];

/**
 * The cost of the operation `operationName` would run, priced as graphql-armor's cost limit prices it (an object 2,
 * a scalar 1, each level's children weighted 1.5, fragments flattened, introspection free), so KB_MAX_COST keeps its
 * meaning, but with each list's multiplier taken from the `first` it will really get: the value written in, the
 * variable's value (or the variable's default), or the schema's default when the argument is absent or null, as the
 * resolvers read it. armor multiplies only numbers written in, so `first: $n` or no `first` at all counted as 1.
 * Null when there is nothing to price: no such operation, or variables execution will refuse anyway.
 */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined, operationName?: string | null): number | null {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  const variableValues = coerced.coerced;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  // A fragment costs the same wherever it is spread (its type is its condition), and validation has ruled out cycles.
  const fragmentCosts = new Map<string, number>();

  const typeNamed = (name: string | undefined, fallback: GraphQLNamedType) => (name ? (schema.getType(name) ?? fallback) : fallback);

  function multiplier(parent: GraphQLNamedType, node: FieldNode): number {
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    const argument = field?.args.find((a) => PAGE_ARGUMENTS.includes(a.name));
    if (!field || !argument) return 1;
    const value = getArgumentValues(field, node, variableValues)[argument.name] ?? argument.defaultValue;
    return typeof value === 'number' ? Math.max(1, value) : 1;
  }

  function fieldCost(parent: GraphQLNamedType, node: FieldNode): number {
    if (!node.selectionSet) return SCALAR_COST;
    if (node.name.value.startsWith('__')) return 0;
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    const type = field ? getNamedType(field.type) : parent;
    return (OBJECT_COST + selectionsCost(type, node.selectionSet.selections, DEPTH_FACTOR)) * multiplier(parent, node);
  }

  function selectionsCost(type: GraphQLNamedType, selections: readonly SelectionNode[], factor: number): number {
    let cost = 0;
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        cost += factor * fieldCost(type, selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += OBJECT_COST + selectionsCost(typeNamed(selection.typeCondition?.name.value, type), selection.selectionSet.selections, DEPTH_FACTOR);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment) continue;
        if (!fragmentCosts.has(name)) fragmentCosts.set(name, SCALAR_COST + OBJECT_COST + selectionsCost(typeNamed(fragment.typeCondition.name.value, type), fragment.selectionSet.selections, DEPTH_FACTOR));
        cost += fragmentCosts.get(name)!;
      }
    }
    return cost;
  }

  return selectionsCost(root, operation.selectionSet.selections, 1);
}

/** After validation (so the document is sound) and before execution, where the variables are known. */
function costPlugin(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = estimateCost(args.schema, args.document, args.variableValues, args.operationName);
      if (cost !== null && cost > maxCost) {
        setResultAndStopExecution({ errors: [REFUSALS.cost(Math.round(cost), maxCost)] });
      }
    },
  };
}

/**
 * graphql-armor reports through the validation context with our refusal, instead of throwing its code-less
 * "Syntax Error: … limit of n exceeded, found m." (m is read from that message; null if armor ever words it otherwise).
 */
function armorRejection(max: number, refuse: (found: number | null, max: number) => GraphQLError) {
  return {
    n: max,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const found = /found (\d+)/.exec(error.message);
        context?.reportError(refuse(found ? Number(found[1]) : null, max));
      },
    ],
  };
}

/** All request-shape limits, in the order they apply; the server and the explorer's test use the same list. */
export function requestLimitPlugins(limits: Config['limits']): Plugin[] {
  return [
    documentSizePlugin(limits.tokens),
    validationStackPlugin(),
    EnvelopArmorPlugin({
      maxDepth: { flattenFragments: true, ...armorRejection(limits.depth, REFUSALS.depth) },
      maxAliases: armorRejection(limits.aliases, REFUSALS.aliases),
      // Counted by documentSizePlugin before parsing, with the nesting.
      maxTokens: { enabled: false },
      maxDirectives: armorRejection(limits.directives, REFUSALS.directives),
      // Priced by costPlugin, which knows the variables.
      costLimit: { enabled: false },
      // Every error's suggestions, enum values and variables included, are hidden by hideSuggestionsPlugin.
      blockFieldSuggestion: { enabled: false },
    }) as Plugin,
    costPlugin(limits.cost),
  ];
}
