/**
 * Ordinary analyst questions fit the default request limits (cost, depth,
 * aliases, tokens, directives): every ```graphql block of the README, every
 * document the explorer sends, and a deals table with its claims, each with
 * its main list (the first list that takes `first`) asked at 50 items, or at
 * the list's maximum when that is lower, where a variable or the default sets
 * it. A `first` written in stays as written. Nothing is executed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, typeFromAST, TypeInfo, visit, visitWithTypeInfo, isEnumType, isNonNullType, type DocumentNode, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import * as explorerDocuments from '../../explorer/src/generated/graphql';
import { loadConfig } from '../../src/config';
import { LIMITS } from '../../src/limits';
import { estimateCost, requestLimitPlugins } from '../../src/request-limits';
import { createSchema } from '../../src/server';
import { DEALS_WITH_CLAIMS } from '../helpers/analyst-queries';

const ROOT = path.resolve(__dirname, '..', '..');
const ASKED = 50;
/** Lists whose maximum is not the usual one (LIMITS.list.max). */
const MAXIMUM: Record<string, number> = { search: LIMITS.search.max, connections: LIMITS.paths.max };

function readmeQueries(): Array<[string, string]> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/^```graphql\n([\s\S]*?)^```/gm)].map((match, i) => [`README block ${i + 1}`, match[1]]);
}

function explorerQueries(): Array<[string, string]> {
  return Object.entries(explorerDocuments)
    .filter(([name]) => name.endsWith('Document'))
    .map(([name, document]) => [`explorer ${name}`, String(document)]);
}

/** A value of each variable's type that passes coercion: the sizes of the lists are all that matter to the limits. */
function placeholder(schema: GraphQLSchema, operation: OperationDefinitionNode, name: string): unknown {
  const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === name);
  const type = definition && typeFromAST(schema, definition.type);
  const named = type && (isNonNullType(type) ? type.ofType : type);
  if (isEnumType(named)) return named.getValues()[0].value;
  return named?.toString() === 'Int' ? 1 : 'x';
}

/** The document and variables with the main list at `ASKED` items (or its maximum), unless written in. */
function askedAtFifty(schema: GraphQLSchema, query: string): { query: string; variables: Record<string, unknown> } {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (isNonNullType(typeFromAST(schema, definition.type)!)) variables[name] = placeholder(schema, operation, name);
  }
  const typeInfo = new TypeInfo(schema);
  let done = false;
  const rewritten: DocumentNode = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode) {
        if (done || !typeInfo.getFieldDef()?.args.some((a) => a.name === 'first')) return undefined;
        done = true;
        const size = Math.min(ASKED, MAXIMUM[node.name.value] ?? LIMITS.list.max);
        const first = node.arguments?.find((a) => a.name.value === 'first');
        if (first?.value.kind === Kind.VARIABLE) variables[first.value.name.value] = size;
        if (first) return undefined;
        return { ...node, arguments: [...(node.arguments ?? []), { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(size) } }] };
      },
    }),
  );
  return { query: print(rewritten), variables };
}

describe('ordinary analyst questions', () => {
  const schema = createSchema();
  const limits = loadConfig({}).limits;
  const validateOnly: Plugin = { onExecute: ({ setResultAndStopExecution }) => setResultAndStopExecution({ data: null }) };
  const yoga = createYoga({ schema, plugins: [...requestLimitPlugins(limits), validateOnly], logging: false, maskedErrors: false });

  const questions = [...readmeQueries(), ...explorerQueries(), ['a deals table with its claims', DEALS_WITH_CLAIMS] as [string, string]];

  it('finds the README blocks and the explorer documents (the scan is not empty)', () => {
    expect(readmeQueries().length).toBeGreaterThanOrEqual(6);
    expect(explorerQueries().length).toBeGreaterThanOrEqual(25);
  });

  it('asks the main list at 50 where a variable or the default sets it, and a written-in first as written', () => {
    const hires = askedAtFifty(schema, '{ organization(name: "OpenAI") { hires { person { name } } } }');
    expect(hires.query).toContain('hires(first: 50)');
    expect(askedAtFifty(schema, String(explorerDocuments.DealsDocument)).variables).toEqual({ first: 50 });
    expect(askedAtFifty(schema, String(explorerDocuments.ConnectionsDocument)).variables).toEqual({ from: 'x', to: 'x', first: LIMITS.paths.max });
    expect(askedAtFifty(schema, '{ project(name: "Stargate") { partners(first: 7) { roles } } }').query).toContain('partners(first: 7)');
  });

  it.each(questions)('%s passes the default limits with its main list at 50', async (_name, query) => {
    const asked = askedAtFifty(schema, query);
    const response = await yoga.fetch('http://analyst.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(asked) });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    expect(body.errors?.map((e) => e.message) ?? []).toEqual([]);
    expect(body.data).toBeNull();
  });

  it('prices the deals table with its claims above the old default of 100000, and within the limit', () => {
    const cost = estimateCost(schema, parse(DEALS_WITH_CLAIMS), {})!;
    expect(cost).toBeGreaterThan(100_000);
    expect(cost).toBeLessThanOrEqual(limits.cost);
  });
});
