/**
 * Reading and validating one news document, without a database. The documents
 * are fictional test fixtures (https://example.test/...).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LIMITS } from '../../src/limits';
import { prepareFile, prepareText } from '../../src/ingest/prepare';
import { parseNewsText } from '../../src/ingest/read-file';
import { validateNewsDocument } from '../../src/ingest/validate';
import { ALIAS_BOMB } from '../helpers/hostile-yaml';

const YAML_DOC = `# TEST FIXTURE: fictional entities and URLs.
article:
  id: fixture-read-validate
  title: Fixture article for the reader
  url: https://example.test/news/read-validate
  publisher: example.test
  publishedAt: 2025
  language: en
  summary: A test fixture; everything in it is invented.
  titleOrigin: CURATOR
entities:
  - { id: fixture-ada, type: Person, name: Ada Fixture }
  - { id: fixture-northwind, type: Organization, name: Northwind Fixture Labs }
  - { id: fixture-deal, type: Deal, name: Fixture deal }
facts:
  - type: hire
    person: fixture-ada
    org: fixture-northwind
    date: 2025-07-04
    dateInferred: true
  - type: deal
    deal: fixture-deal
    value: { amount: 30000000000, currency: USD, period: PER_YEAR, qualifier: MORE_THAN }
`;

function validate(file: string, text: string) {
  const read = parseNewsText(file, text);
  if (!read.ok) throw new Error(`unexpected read problems: ${JSON.stringify(read.problems)}`);
  return { read, validated: validateNewsDocument(read.doc) };
}

function validFile(file: string, text: string) {
  const { validated } = validate(file, text);
  if (!validated.ok) throw new Error(`unexpected problems: ${JSON.stringify(validated.problems)}`);
  return validated.file;
}

describe('reading YAML', () => {
  it('keeps YAML dates and numbers as the strings the curator wrote', () => {
    const { read } = validate('fixture.yaml', YAML_DOC);
    const data = read.doc.data as any;
    expect(data.article.publishedAt).toBe('2025');
    expect(data.facts[0].date).toBe('2025-07-04');
    expect(data.facts[1].value.amount).toBe('30000000000');

    const file = validFile('fixture.yaml', YAML_DOC);
    expect(file.article.publishedAt).toBe('2025');
    expect(file.facts[0]).toMatchObject({ type: 'hire', date: { value: '2025-07-04' }, dateInferred: true });
  });

  it('accepts an unquoted amount as a number', () => {
    const file = validFile('fixture.yaml', YAML_DOC);
    const deal = file.facts[1];
    expect(deal.type === 'deal' && deal.value?.amount).toBe(30_000_000_000);
  });

  it.each(['null', '~'])('reads publishedAt: %s as null', (written) => {
    const file = validFile('fixture.yaml', YAML_DOC.replace('publishedAt: 2025', `publishedAt: ${written}`));
    expect(file.article.publishedAt).toBeNull();
  });

  it('keeps a quoted "null" as text, which is not a date', () => {
    const { validated } = validate('fixture.yaml', YAML_DOC.replace('publishedAt: 2025', 'publishedAt: "null"'));
    expect(validated.ok).toBe(false);
    expect(!validated.ok && validated.problems.map((p) => p.rule)).toEqual(['invalid-date']);
  });
});

describe('reading JSON', () => {
  const doc = {
    article: { id: 'fixture-json', title: 'Fixture JSON article', titleOrigin: 'CURATOR', url: 'https://example.test/news/json', publisher: 'example.test', publishedAt: '2025-07', language: 'en', summary: 'A test fixture.' },
    entities: [
      { id: 'fixture-ada', type: 'Person', name: 'Ada Fixture' },
      { id: 'fixture-northwind', type: 'Organization', name: 'Northwind Fixture Labs' },
      { id: 'fixture-deal', type: 'Deal', name: 'Fixture deal' },
    ],
    facts: [
      { type: 'hire', person: 'fixture-ada', org: 'fixture-northwind' },
      { type: 'deal', deal: 'fixture-deal', value: { amount: 5e9, currency: 'EUR', period: 'TOTAL', qualifier: 'ABOUT' } },
    ],
  };

  it('accepts a JSON document', () => {
    const file = validFile('fixture.json', JSON.stringify(doc));
    expect(file.article.publishedAt).toBe('2025-07');
    expect(file.facts).toHaveLength(2);
  });

  it('reports problems in a JSON document with their path but no line', () => {
    const bad = structuredClone(doc);
    (bad.facts[1] as any).value.amount = -1;
    const { validated } = validate('fixture.json', JSON.stringify(bad, null, 2));
    expect(!validated.ok && validated.problems).toEqual([{ file: 'fixture.json', line: undefined, path: 'facts[1].value.amount', rule: 'invalid-amount', message: 'must not be negative' }]);
  });

  it('reports a JSON syntax error', () => {
    const read = parseNewsText('fixture.json', '{ "article": ');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]).toMatchObject({ file: 'fixture.json', rule: 'syntax' });
  });
});

describe('problems', () => {
  it('carry the file, the YAML line and the JSON path of what is wrong', () => {
    const text = YAML_DOC.replace('amount: 30000000000', 'amount: -30000000000');
    const prepared = prepareText('news/fixture.yaml', text);
    expect(prepared.ok).toBe(false);
    const lineOfAmount = text.split('\n').findIndex((line) => line.includes('amount: -30000000000')) + 1;
    expect(!prepared.ok && prepared.problems).toEqual([
      { file: 'news/fixture.yaml', line: lineOfAmount, path: 'facts[1].value.amount', rule: 'invalid-amount', message: 'must not be negative' },
    ]);
  });

  it('report format problems and reference problems of one document together', () => {
    const text = YAML_DOC.replace('date: 2025-07-04', 'date: 2025-07-32').replace('org: fixture-northwind', 'org: fixture-ghost');
    const { validated } = validate('fixture.yaml', text);
    expect(!validated.ok && validated.problems.map((p) => [p.path, p.rule])).toEqual([
      ['facts[0].date', 'invalid-date'],
      ['facts[0].org', 'undeclared-entity'],
    ]);
  });

  it('report an impossible calendar date once', () => {
    const { validated } = validate('fixture.yaml', YAML_DOC.replace('date: 2025-07-04', 'date: 2025-02-30'));
    expect(!validated.ok && validated.problems.map((p) => [p.path, p.rule, p.message])).toEqual([['facts[0].date', 'invalid-date', 'is not a real calendar date']]);
  });

  it('report a YAML syntax error with its line', () => {
    const read = parseNewsText('fixture.yaml', YAML_DOC.replace('  language: en', '  language: en: fr'));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]).toMatchObject({ file: 'fixture.yaml', line: 8, path: '', rule: 'syntax' });
  });
});

describe('hostile documents', () => {
  it('an alias bomb is a syntax problem, not an exception', () => {
    const prepared = prepareText('bomb.yaml', ALIAS_BOMB);
    expect(prepared).toEqual({ ok: false, file: 'bomb.yaml', problems: [expect.objectContaining({ file: 'bomb.yaml', path: '', rule: 'syntax', message: expect.stringContaining('alias') })] });
  });

  it('an alias bomb in a file is the same syntax problem', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-read-'));
    try {
      fs.writeFileSync(path.join(dir, 'bomb.yaml'), ALIAS_BOMB);
      expect(prepareFile(path.join(dir, 'bomb.yaml'))).toMatchObject({ ok: false, problems: [{ rule: 'syntax' }] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['flow sequences', '['.repeat(60_000) + ']'.repeat(60_000)],
    ['flow mappings', '{a: '.repeat(40_000) + 'x' + '}'.repeat(40_000)],
    ['block sequences', Array.from({ length: 700 }, (_, i) => `${' '.repeat(i)}- `).join('\n') + 'x'],
  ])('nesting of %s as deep as fits in a document is a problem, not an exception', (_name, text) => {
    expect(text.length).toBeLessThanOrEqual(LIMITS.documentBytes);
    const prepared = prepareText('deep.yaml', text);
    expect(prepared.ok).toBe(false);
  });

  it(`a file over ${LIMITS.documentBytes} bytes is refused before parsing, like a document sent to the API`, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-read-'));
    try {
      const file = path.join(dir, 'big.yaml');
      fs.writeFileSync(file, `${YAML_DOC}# ${'x'.repeat(LIMITS.documentBytes)}\n`);
      expect(prepareFile(file)).toEqual({ ok: false, file, problems: [{ file, path: '', rule: 'too-large', message: `is larger than ${LIMITS.documentBytes} bytes` }] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
