/**
 * Property test: hostile strings (quotes, backticks, Cypher injection payloads,
 * any well-formed unicode) in every free-text field of a curated file
 * round-trip byte for byte and change nothing else in the graph.
 */
import fc from 'fast-check';
import YAML from 'yaml';
import { createIngestion } from '../../src/ingest/ingestion';
import { openTestDb, type TestDb } from '../helpers/db';
import { createTestServer } from '../helpers/server';

let testDb: TestDb;
let gql: ReturnType<typeof createTestServer>['gql'];

const PAYLOADS = ["'", '"', '`', '\u0060', "' OR 1=1 //", 'MATCH (n) DETACH DELETE n', '"}) MATCH (n) DETACH DELETE n //', '`) DETACH DELETE n //', '\\', '${id}', '$id', '\n\t', '{{x}}', '<script>alert(1)</script>'];

/** Non-empty text without lone surrogates, mixing payloads and arbitrary unicode. */
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(''))
  .filter((text) => text.trim().length > 0);

/** At most 30 words, as evidence quotes must be. */
const hostileQuote = hostile.filter((text) => text.trim().split(/\s+/).length <= 30);

const baseline = {
  article: { id: 'test-baseline', title: 'Baseline fixture', titleOrigin: 'CURATOR', url: 'https://example.test/baseline', publisher: 'Test fixture', publishedAt: '2025-01-01', language: 'en', summary: 'A fictional baseline article.' },
  entities: [
    { id: 'test-baseline-org', type: 'Organization', name: 'Baseline Org' },
    { id: 'test-baseline-person', type: 'Person', name: 'Baseline Person' },
  ],
  facts: [{ type: 'hire', person: 'test-baseline-person', org: 'test-baseline-org', title: 'Engineer' }],
};

beforeAll(async () => {
  testDb = await openTestDb();
  await testDb.reset();
  expect((await createIngestion(testDb.db).ingestText('baseline.json', JSON.stringify(baseline))).status).toBe('CREATED');
  gql = createTestServer(testDb).gql;
}, 60_000);

afterAll(async () => {
  await testDb.close();
});

describe('hostile strings in a curated file', () => {
  it('round-trip exactly and change nothing else', async () => {
    const before = await testDb.fingerprint();
    const ingestion = createIngestion(testDb.db);
    const texts = fc.record({ title: hostile, summary: hostile, publisher: hostile, outlet: hostile, orgName: hostile, alias: hostile, personName: hostile, jobTitle: hostile, previousTitle: hostile, quote: hostileQuote, note: hostile });
    await fc.assert(
      fc.asyncProperty(texts, fc.boolean(), async (t, asYaml) => {
        const doc = {
          article: { id: 'test-hostile', title: t.title, titleOrigin: 'CURATOR', url: 'https://example.test/hostile', publisher: t.publisher, originalOutlet: t.outlet, publishedAt: '2025-02-01', language: 'en', summary: t.summary },
          entities: [
            { id: 'test-hostile-org', type: 'Organization', name: t.orgName, aliases: [t.alias] },
            { id: 'test-hostile-person', type: 'Person', name: t.personName },
          ],
          facts: [{ type: 'hire', person: 'test-hostile-person', org: 'test-hostile-org', title: t.jobTitle, previousTitle: t.previousTitle, evidence: { quote: t.quote, note: t.note } }],
        };
        const report = asYaml ? await ingestion.ingestText('hostile.yaml', YAML.stringify(doc)) : await ingestion.ingestText('hostile.json', JSON.stringify(doc));
        expect(report.problems).toEqual([]);

        const { data, errors } = await gql(
          `{ organization(id: "test-hostile-org") { name aliases hires { title previousTitle person { name } evidence { quote note article { title summary publisher originalOutlet } } } } }`,
        );
        expect(errors).toBeUndefined();
        expect(data.organization.name).toBe(t.orgName);
        if (t.alias !== t.orgName) expect(data.organization.aliases).toContain(t.alias);
        const [hire] = data.organization.hires;
        expect(hire).toMatchObject({ title: t.jobTitle, previousTitle: t.previousTitle, person: { name: t.personName } });
        expect(hire.evidence).toEqual([{ quote: t.quote, note: t.note, article: { title: t.title, summary: t.summary, publisher: t.publisher, originalOutlet: t.outlet } }]);

        expect((await ingestion.retract('test-hostile')).status).toBe('RETRACTED');
        // Soft retraction keeps the article and its claims, marked; the live graph is the baseline again.
        expect(await testDb.fingerprint({ liveOnly: true })).toEqual(before);
      }),
      { numRuns: 12, seed: 20251125 },
    );
  }, 180_000);

  it('refuses ids that are not slugs', async () => {
    const doc = { ...baseline, article: { ...baseline.article, id: "x' OR 1=1 //" } };
    const report = await createIngestion(testDb.db).ingestText('bad-id.json', JSON.stringify(doc));
    expect(report.status).toBe('REJECTED');
    expect(report.problems[0]).toMatchObject({ path: 'article.id' });
  });
});
