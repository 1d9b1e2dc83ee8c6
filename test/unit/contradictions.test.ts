/**
 * The contradiction rules of validation, on one document at a time, without a database. Every document is a fictional
 * test fixture (https://example.test/...).
 */
import YAML from 'yaml';
import { dayRange, isBefore } from '../../src/ingest/contradictions';
import type { z } from 'zod';
import type { NewsFileInput, moneyInput } from '../../src/ingest/news-schema';
import type { Problem } from '../../src/ingest/problems';
import { parseNewsText } from '../../src/ingest/read-file';
import { validateNewsDocument } from '../../src/ingest/validate';

type Fact = NonNullable<NewsFileInput['facts']>[number];

const ENTITIES: NewsFileInput['entities'] = [
  { id: 'fixture-ada', type: 'Person', name: 'Ada Fixture' },
  { id: 'fixture-northwind', type: 'Organization', name: 'Northwind Fixture Labs' },
  { id: 'fixture-bluefin', type: 'Organization', name: 'Bluefin Fixture Cloud' },
  { id: 'fixture-deal', type: 'Deal', name: 'Fixture deal' },
  { id: 'fixture-site', type: 'Site', name: 'Fixture site' },
  { id: 'fixture-project', type: 'Project', name: 'Fixture project' },
];

function document(facts: Fact[], article: Partial<NewsFileInput['article']> = {}): string {
  const doc: NewsFileInput = {
    article: {
      id: 'fixture-contradictions',
      title: 'Fixture article for the contradiction rules',
      titleOrigin: 'CURATOR',
      url: 'https://example.test/news/contradictions',
      publisher: 'example.test',
      publishedAt: '2025-07',
      language: 'en',
      summary: 'A test fixture; everything in it is invented.',
      ...article,
    },
    entities: ENTITIES,
    facts,
  };
  return `# TEST FIXTURE: fictional entities and URLs.\n${YAML.stringify(doc)}`;
}

function problemsOf(text: string): Problem[] {
  const read = parseNewsText('fixture.yaml', text);
  if (!read.ok) throw new Error(`unexpected read problems: ${JSON.stringify(read.problems)}`);
  const validated = validateNewsDocument(read.doc);
  return validated.ok ? [] : validated.problems;
}

const brief = (problems: Problem[]) => problems.map((p) => [p.path, p.rule, p.message]);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

const employment = (fields: Record<string, unknown>): Fact => ({ type: 'employment', person: 'fixture-ada', org: 'fixture-northwind', ...fields }) as Fact;
const deal = (fields: Record<string, unknown>): Fact => ({ type: 'deal', deal: 'fixture-deal', ...fields }) as Fact;
const money = (fields: Record<string, unknown>) => ({ amount: 10_000_000_000, currency: 'USD', period: 'TOTAL', qualifier: 'EXACT', ...fields }) as z.input<typeof moneyInput>;

describe('partial dates', () => {
  it('span from their first to their last possible day', () => {
    expect(dayRange('2025')).toEqual({ first: '2025-01-01', last: '2025-12-31' });
    expect(dayRange('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dayRange('2025-07-04')).toEqual({ first: '2025-07-04', last: '2025-07-04' });
  });

  it('are before another only when their last day is before its first', () => {
    expect(isBefore('2025', '2025-03')).toBe(false);
    expect(isBefore('2025-03', '2025')).toBe(false);
    expect(isBefore('2025-07', '2025-07-15')).toBe(false);
    expect(isBefore('2025-06-30', '2025-07')).toBe(true);
    expect(isBefore('2024', '2025-01-01')).toBe(true);
  });
});

describe('end-before-start', () => {
  it('rejects an employment that ends before it starts, pointing at the end with its line', () => {
    const text = document([employment({ start: '2025-03', end: { value: '2024', quote: 'left in 2024' } })]);
    const problems = problemsOf(text);
    expect(brief(problems)).toEqual([['facts[0].end', 'end-before-start', 'end "2024" is before start "2025-03"']]);
    // A value with its evidence is a mapping: its line is that of its first key.
    expect(problems[0].line).toBe(lineOf(text, 'value: "2024"'));
  });

  it('accepts an end given as the year that holds the start', () => {
    expect(problemsOf(document([employment({ start: '2025-03', end: '2025' })]))).toEqual([]);
  });

  it('rejects a deal that ends before it starts', () => {
    expect(brief(problemsOf(document([deal({ starts: '2026-01', ends: '2025-12-31' })])))).toEqual([['facts[0].ends', 'end-before-start', 'ends "2025-12-31" is before starts "2026-01"']]);
  });

  it('rejects a fact valid to a date before it became valid', () => {
    const hire: Fact = { type: 'hire', person: 'fixture-ada', org: 'fixture-northwind', validFrom: '2025-07-04', validTo: '2025-07-03' };
    expect(brief(problemsOf(document([hire])))).toEqual([['facts[0].validTo', 'end-before-start', 'validTo "2025-07-03" is before validFrom "2025-07-04"']]);
  });

  it('rejects a position that starts before its job or after it ended', () => {
    const job = employment({ start: '2020', end: '2023', positions: [{ title: 'engineer', start: '2019' }, { title: 'director', start: '2022' }, { title: 'vice president', start: '2024-02' }] });
    expect(brief(problemsOf(document([job])))).toEqual([
      ['facts[0].positions[0].start', 'end-before-start', 'positions[0].start "2019" is before start "2020"'],
      ['facts[0].positions[2].start', 'end-before-start', 'end "2023" is before positions[2].start "2024-02"'],
    ]);
  });
});

describe('flag-contradicts-date', () => {
  it('rejects a current employment that has an end', () => {
    expect(brief(problemsOf(document([employment({ start: '2020', end: '2024', current: true })])))).toEqual([
      ['facts[0].current', 'flag-contradicts-date', 'current is true but the employment has an end ("2024")'],
    ]);
  });

  it('accepts a past employment with an end, and a current one without', () => {
    expect(problemsOf(document([employment({ end: '2024', current: false })]))).toEqual([]);
    expect(problemsOf(document([employment({ start: '2024', current: { value: true, quote: 'now leads' } })]))).toEqual([]);
  });

  it('rejects a hire whose date is inferred but which has no date', () => {
    const hire: Fact = { type: 'hire', person: 'fixture-ada', org: 'fixture-northwind', dateInferred: true };
    expect(brief(problemsOf(document([hire])))).toEqual([['facts[0].dateInferred', 'flag-contradicts-date', 'dateInferred is true but there is no date']]);
  });

  it('rejects an article whose publication date is inferred but null', () => {
    const text = document([], { publishedAt: null, publishedAtInferred: true });
    const problems = problemsOf(text);
    expect(brief(problems)).toEqual([['article.publishedAtInferred', 'flag-contradicts-date', 'publishedAtInferred is true but publishedAt is null']]);
    expect(problems[0].line).toBe(lineOf(text, 'publishedAtInferred'));
  });

  it('is reported together with format problems elsewhere in the document', () => {
    const text = document([employment({ start: '2020', end: '2024', current: true }), deal({ value: money({ amount: -1 }) })]);
    expect(problemsOf(text).map((p) => [p.path, p.rule])).toEqual([
      ['facts[1].value.amount', 'invalid-amount'],
      ['facts[0].current', 'flag-contradicts-date'],
    ]);
  });
});

describe('range-inverted', () => {
  it('rejects a range whose low end is above its high end', () => {
    expect(brief(problemsOf(document([deal({ value: money({ low: 20, high: 10, amount: 15 }) })])))).toEqual([['facts[0].value.low', 'range-inverted', 'low 20 is above high 10']]);
  });

  it('rejects an amount outside its stated range', () => {
    const project: Fact = { type: 'project', project: 'fixture-project', cost: money({ amount: 30, low: 10, high: 20 }) };
    expect(brief(problemsOf(document([project])))).toEqual([['facts[0].cost.amount', 'range-inverted', 'amount 30 is outside the stated range 10 to 20']]);
  });

  it('rejects a value with options below the value without them', () => {
    expect(brief(problemsOf(document([deal({ value: money({ amount: 10, withOptions: 5 }) })])))).toEqual([['facts[0].value.withOptions', 'range-inverted', 'withOptions 5 is below amount 10']]);
  });

  it('accepts an amount inside its range, at its ends, and options that add to it', () => {
    expect(problemsOf(document([deal({ value: money({ amount: 10, low: 10, high: 20, withOptions: 25 }) })]))).toEqual([]);
  });
});

describe('percent-over-100', () => {
  it('rejects a stake over 100 percent under its own rule name', () => {
    const stake: Fact = { type: 'ownership', owner: 'fixture-bluefin', owned: 'fixture-northwind', kind: 'EQUITY_STAKE', percent: { value: 120 } };
    expect(brief(problemsOf(document([stake])))).toEqual([['facts[0].percent.value', 'percent-over-100', 'must be at most 100']]);
  });
});

describe('conflicting-qualifiers', () => {
  it('rejects one value claimed twice with two qualifiers, on the later claim', () => {
    const text = document([
      deal({ value: money({ amount: 30_000_000_000, period: 'PER_YEAR', qualifier: 'MORE_THAN' }) }),
      deal({ value: money({ amount: 30_000_000_000, period: 'PER_YEAR', qualifier: 'ABOUT' }) }),
    ]);
    expect(problemsOf(text).filter((p) => p.rule === 'conflicting-qualifiers').map((p) => [p.path, p.message])).toEqual([
      ['facts[1].value', 'states 30000000000 USD PER_YEAR of "fixture-deal" as ABOUT, but facts[0].value states it as MORE_THAN'],
    ]);
  });

  it('compares power in megawatts, whichever unit it was written in', () => {
    const text = document([
      { type: 'site', site: 'fixture-site', capacity: { gigawatts: 1.2, qualifier: 'ABOUT' } },
      { type: 'site', site: 'fixture-site', capacity: { megawatts: 1200 } },
    ]);
    expect(problemsOf(text).filter((p) => p.rule === 'conflicting-qualifiers').map((p) => p.path)).toEqual(['facts[1].capacity']);
  });

  it('accepts the same amount for different things or with the same qualifier', () => {
    const text = document([
      deal({ value: money({}), cost: money({ qualifier: 'ABOUT' }) }),
      { type: 'project', project: 'fixture-project', investment: money({ qualifier: 'UP_TO' }) },
    ]);
    expect(problemsOf(text)).toEqual([]);
  });
});
