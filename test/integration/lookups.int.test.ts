/**
 * Forgiving lookups by name (issue 14), against the seed corpus: names and aliases match ignoring case, accents and
 * punctuation, or by a unique start; anything else is null with a NOT_FOUND error that names the closest entities.
 */
import type { Session } from 'neo4j-driver';
import { createNodeStore, type NodeStore } from '../../src/stores/node-store';
import type { TestDb } from '../helpers/db';
import { openSeededDb } from '../helpers/seed';
import { createTestServer } from '../helpers/server';

let testDb: TestDb;
let gql: ReturnType<typeof createTestServer>['gql'];

beforeAll(async () => {
  testDb = await openSeededDb();
  gql = createTestServer(testDb).gql;
}, 300_000);

afterAll(async () => {
  await testDb.close();
});

describe('lookups by name', () => {
  it('answers organization(name: "openai") with OpenAI and no error', async () => {
    const response = await gql('{ organization(name: "openai") { id name } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.organization).toEqual({ id: 'openai', name: 'OpenAI' });
  });

  it('answers organization(name: "Opn AI") with null and NOT_FOUND, OpenAI among the suggestions', async () => {
    const response = await gql('{ organization(name: "Opn AI") { id } }');
    expect(response.data).toEqual({ organization: null });
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error.path).toEqual(['organization']);
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', type: 'Organization', name: 'Opn AI', ambiguous: false });
    expect(error.extensions!.suggestions[0]).toBe('OpenAI');
    expect(error.message).toMatch(/^no organization named "Opn AI"; closest: OpenAI\b/);
  });

  it('matches a unique start of a name: site(name: "Lordstown") is "Lordstown, Ohio"', async () => {
    const response = await gql('{ site(name: "Lordstown") { id name } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.site).toEqual({ id: 'lordstown', name: 'Lordstown, Ohio' });
  });

  it('matches a unique start ignoring case and punctuation: deal(name: "oracle-meta")', async () => {
    const response = await gql('{ deal(name: "oracle-meta") { id } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.deal).toEqual({ id: 'oracle-meta-cloud' });
  });

  it('answers an ambiguous start, deal(name: "oracle"), with null and NOT_FOUND listing the candidates', async () => {
    const response = await gql('{ deal(name: "oracle") { id } }');
    expect(response.data).toEqual({ deal: null });
    const [error] = response.errors!;
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', type: 'Deal', ambiguous: true });
    expect(error.extensions!.suggestions).toEqual(['Oracle–Meta cloud contract', 'Oracle–OpenAI cloud contract', 'Oracle–xAI cloud contract']);
    expect(error.message).toBe('no single deal named "oracle"; candidates: Oracle–Meta cloud contract, Oracle–OpenAI cloud contract, Oracle–xAI cloud contract');
  });

  it('counts an alias start too: site(name: "Abilene") starts a name and another site\'s alias', async () => {
    const response = await gql('{ site(name: "Abilene") { id } }');
    expect(response.data).toEqual({ site: null });
    expect(response.errors![0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      ambiguous: true,
      suggestions: expect.arrayContaining(['Abilene expansion (up to 600 MW)', 'Stargate I – Abilene']),
    });
  });

  it('does not match by a start shorter than three letters or digits', async () => {
    const response = await gql('{ site(name: "Lo") { id } }');
    expect(response.data).toEqual({ site: null });
    expect(response.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', ambiguous: false });
  });

  it('keeps to one type: a person\'s name is no organization', async () => {
    const response = await gql('{ organization(name: "Spas Lazarov") { id } }');
    expect(response.data).toEqual({ organization: null });
    expect(response.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(response.errors![0].extensions!.suggestions).not.toContain('Spas Lazarov');
  });

  it('answers several misses in one request, each with its own error', async () => {
    const response = await gql('{ a: person(name: "Spas Lazarv") { id } b: project(name: "Stargte") { id } }');
    expect(response.data).toEqual({ a: null, b: null });
    const byPath = new Map(response.errors!.map((e) => [e.path![0], e.extensions!.suggestions]));
    expect(byPath.get('a')[0]).toBe('Spas Lazarov');
    expect(byPath.get('b')[0]).toBe('Stargate');
  });

  it('answers an unknown id with null and no error', async () => {
    const response = await gql('{ organization(id: "no-such-organization") { id } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ organization: null });
  });

  it('repeats at most 100 characters of a long name in the message', async () => {
    const response = await gql('query ($name: String) { organization(name: $name) { id } }', { name: 'x'.repeat(5000) });
    expect(response.data).toEqual({ organization: null });
    expect(response.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(response.errors![0].message.length).toBeLessThan(200);
  });
});

/** The operators of the plan of every statement `call` sends, from PROFILE with the same parameters. */
async function profiledOperators(call: (nodes: NodeStore) => Promise<unknown>): Promise<string[][]> {
  const sent: Array<{ cypher: string; params: Record<string, unknown> }> = [];
  const driver = testDb.db.driver;
  const original = driver.session.bind(driver);
  const spy = jest.spyOn(driver, 'session').mockImplementation((config) => {
    const session: Session = original(config);
    const run = session.run.bind(session);
    session.run = ((cypher: string, params: Record<string, unknown>, options?: object) => {
      sent.push({ cypher, params });
      return run(cypher, params, options);
    }) as Session['run'];
    return session;
  });
  try {
    await call(createNodeStore(testDb.db));
  } finally {
    spy.mockRestore();
  }
  const operators = (plan: { operatorType: string; children: unknown[] }): string[] => [plan.operatorType.replace(/@.*/, ''), ...plan.children.flatMap((c) => operators(c as typeof plan))];
  const session = original({ database: testDb.db.database });
  try {
    const plans: string[][] = [];
    for (const { cypher, params } of sent) plans.push(operators((await session.run(`PROFILE ${cypher}`, params)).summary.profile as never));
    return plans;
  } finally {
    await session.close();
  }
}

describe('the name-start reads', () => {
  it('seek the NameKey uniqueness index by range and scan nothing', async () => {
    const plans = await profiledOperators(async (nodes) => {
      await nodes.findEntitiesByNamePrefix('Deal', 'oracle', 6);
      await nodes.listNameCandidates('Organization', 'opnai');
    });
    expect(plans).toHaveLength(2);
    for (const plan of plans) {
      expect(plan).toContain('NodeUniqueIndexSeekByRange');
      expect(plan.filter((op) => /Scan/.test(op))).toEqual([]);
    }
  });
});
