/**
 * Checks on a document's entity declarations, without a database: names that collide inside the file, and a misspelt
 * type. The documents are fictional test fixtures (https://example.test/...).
 */
import { ENTITY_TYPES } from '../../src/ingest/news-schema';
import type { Problem } from '../../src/ingest/problems';
import { parseNewsText } from '../../src/ingest/read-file';
import { validateNewsDocument } from '../../src/ingest/validate';

const ARTICLE = `# TEST FIXTURE: fictional entities and URLs.
article:
  id: fixture-entity-checks
  title: Fixture article for the entity checks
  titleOrigin: CURATOR
  url: https://example.test/news/entity-checks
  publisher: example.test
  publishedAt: 2025-07
  language: en
  summary: A test fixture; everything in it is invented.
`;

function problemsOf(text: string): Problem[] {
  const read = parseNewsText('fixture.yaml', text);
  if (!read.ok) throw new Error(`unexpected read problems: ${JSON.stringify(read.problems)}`);
  const validated = validateNewsDocument(read.doc);
  return validated.ok ? [] : validated.problems;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('duplicate names inside one file', () => {
  const text = `${ARTICLE}entities:
  - id: fixture-bee
    type: Organization
    name: Bee Fixture Corp
  - id: fixture-alpha
    type: Organization
    name: Alpha Fixture
    aliases: [Alpha, Bee-Fixture Corp]
  - id: fixture-bee-person
    type: Person
    name: Bee Fixture Corp
`;

  it('points at the alias that collides, on the entity that uses the name second, with its line', () => {
    expect(problemsOf(text)).toEqual([
      {
        file: 'fixture.yaml',
        line: lineOf(text, 'aliases: [Alpha, Bee-Fixture Corp]'),
        path: 'entities[1].aliases[1]',
        rule: 'duplicate-name',
        message: '"Bee-Fixture Corp" has the same normalized name ("beefixturecorp") as Organization "fixture-bee" (entities[0]); if they really differ, mark it allowSimilarName: true',
      },
    ]);
  });

  it('points at the name when the name collides', () => {
    const swapped = text.replace('name: Alpha Fixture\n    aliases: [Alpha, Bee-Fixture Corp]', 'name: Bee Fixture-Corp');
    expect(problemsOf(swapped).map((p) => [p.path, p.line, p.rule])).toEqual([['entities[1].name', lineOf(swapped, 'name: Bee Fixture-Corp'), 'duplicate-name']]);
  });

  it('accepts the collision when either entity is marked allowSimilarName', () => {
    expect(problemsOf(text.replace('aliases: [Alpha, Bee-Fixture Corp]', 'aliases: [Alpha, Bee-Fixture Corp]\n    allowSimilarName: true'))).toEqual([]);
    expect(problemsOf(text.replace('name: Bee Fixture Corp\n  - id: fixture-alpha', 'name: Bee Fixture Corp\n    allowSimilarName: true\n  - id: fixture-alpha'))).toEqual([]);
  });
});

describe('a misspelt entity type', () => {
  const text = `${ARTICLE}entities:
  - { id: fixture-northwind, type: Organisation, name: Northwind Fixture Labs }
  - { id: fixture-ada, type: Person, name: Ada Fixture }
facts:
  - { type: employment, person: fixture-ada, org: fixture-northwind, title: engineer }
  - { type: hire, person: fixture-ada, org: fixture-northwind, from: fixture-northwind }
`;

  it('is reported once, with the allowed types, and the facts that refer to the entity are not reported as undeclared', () => {
    expect(problemsOf(text)).toEqual([
      {
        file: 'fixture.yaml',
        line: lineOf(text, 'Organisation'),
        path: 'entities[0].type',
        rule: 'unknown-type',
        message: `unknown type "Organisation"; allowed: ${ENTITY_TYPES.join(', ')}`,
      },
    ]);
  });
});
