/**
 * The cost estimate (src/request-limits.ts) prices every list at the page size
 * it will really get: a variable like the same number written in, an absent or
 * null `first` like the schema default; and where every size is written in it
 * agrees with graphql-armor's estimate, so KB_MAX_COST keeps its meaning.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { parse } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { queryMix } from '../../bench/queries';
import { estimateCost } from '../../src/request-limits';
import { createSchema } from '../../src/server';

const schema = createSchema();
const cost = (query: string, variables: Record<string, unknown> = {}) => estimateCost(schema, parse(query), variables);

/** graphql-armor's own estimate of `query`, read from its onAccept callback (nothing is executed). */
async function armorCost(query: string, variables: Record<string, unknown>): Promise<number> {
  let found = Number.NaN;
  const disabled = { enabled: false };
  const armor = EnvelopArmorPlugin({
    costLimit: { maxCost: 1e15, flattenFragments: true, onAccept: [(_context, details: { n: number }) => void (found = details.n)] },
    maxDepth: disabled,
    maxAliases: disabled,
    maxTokens: disabled,
    maxDirectives: disabled,
    blockFieldSuggestion: disabled,
  }) as Plugin;
  const validateOnly: Plugin = { onExecute: ({ setResultAndStopExecution }) => setResultAndStopExecution({ data: null }) };
  const yoga = createYoga({ schema, plugins: [armor, validateOnly], logging: false });
  await yoga.fetch('http://cost.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return found;
}

const NESTED = (first: string) => `{ organizations${first} { edges { node { hires${first} { person { name } } } } } }`;

describe('the cost estimate', () => {
  it('prices a page size sent as a variable like the same number written in', () => {
    const query = 'query ($n: Int) { organizations(first: $n) { edges { node { hires(first: $n) { person { name } } } } } }';
    expect(cost(query, { n: 50 })).toBe(cost(NESTED('(first: 50)')));
    expect(cost(query, { n: 50 })).toBeGreaterThan(40 * cost(NESTED('(first: 1)'))!);
  });

  it('prices an absent or null page size at the schema default, as the resolvers read it', () => {
    expect(cost(NESTED(''))).toBe(cost(NESTED('(first: 20)')));
    expect(cost('query ($n: Int) { organizations(first: $n) { totalCount } }', { n: null })).toBe(cost('{ organizations(first: 20) { totalCount } }'));
    expect(cost('{ search(text: "x") { __typename } }')).toBe(cost('{ search(text: "x", first: 10) { __typename } }'));
    expect(cost('{ connections(from: "a", to: "b") { hops } }')).toBe(cost('{ connections(from: "a", to: "b", first: 5) { hops } }'));
  });

  it("prices a variable's own default when the variable is not sent", () => {
    expect(cost('query ($n: Int = 50) { organizations(first: $n) { totalCount } }')).toBe(cost('{ organizations(first: 50) { totalCount } }'));
  });

  it('leaves introspection free and variables execution will refuse unpriced', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
    expect(cost('query ($n: Int) { organizations(first: $n) { totalCount } }', { n: 'ten' })).toBeNull();
  });

  it.each(queryMix('XS').map((q) => [q.name, q.ours.query, q.ours.variables] as const))(
    'agrees with graphql-armor where every page size is written in: %s',
    async (_name, query, variables) => {
      expect(cost(query, variables)).toBeCloseTo(await armorCost(query, variables), 6);
    },
  );
});

describe('the cost of dealStats', () => {
  const stats = (first: number, fields: string) => cost(`{ dealStats(groupBy: [PARTY, ROLE], first: ${first}) { edges { node { ${fields} } } } }`)!;

  it('grows with the groups asked for and the fields asked of each', () => {
    expect(stats(100, 'count')).toBeGreaterThan(9 * stats(10, 'count'));
    expect(stats(20, 'count totalValue { usd qualifier inputs coverage { withFigure of } }')).toBeGreaterThan(stats(20, 'count'));
    // A group's deals are a list of their own: each group pays for its page of deals.
    expect(stats(20, 'deals(first: 100) { id }')).toBeGreaterThan(50 * stats(20, 'count'));
  });

  it('prices the groups at the default page size when first is absent', () => {
    expect(cost('{ dealStats(groupBy: [KIND]) { totalCount } }')).toBe(cost('{ dealStats(groupBy: [KIND], first: 20) { totalCount } }'));
  });
});
