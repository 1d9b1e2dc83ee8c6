import { asKnownAt, historyOf, holdsAt, supportKnownAt, validityAt } from '../../src/domain/as-of';
import { compareDeals, dealsAsOf, matchesDealQuery, type DealQuery } from '../../src/domain/deal-query';
import { byMegawatts, byName, nameContains } from '../../src/domain/root-lists';
import { flowHires, talentCountsOf, talentHiresOf } from '../../src/domain/talent-as-of';
import type { NodeRow, SupportRow } from '../../src/domain/rows';
import type { Version } from '../../src/domain/versions';

const versions = (list: Array<[string, Record<string, unknown>]>): string =>
  JSON.stringify(list.map(([knownFrom, props], i): Version => ({ knownFrom, knownBasis: 'PUBLISHED', articleId: `a${i}`, props })));

const deal = (id: string, list: Array<[string, Record<string, unknown>]>): NodeRow => ({ id, type: 'Deal', ...list.at(-1)![1], versions: versions(list) });

describe('answers as of another time', () => {
  const oracle = deal('oracle-openai', [
    ['2025-07-02', { value: '{"amount":3e10,"period":"PER_YEAR"}', annualizedUsd: 3e10, status: 'SIGNED' }],
    ['2025-09-19', { value: '{"amount":3e11,"period":"TOTAL"}', annualizedUsd: 6e10, status: 'SIGNED' }],
  ]);

  it('shows a node as the version known on the day, and nothing before its first', () => {
    expect(asKnownAt(oracle, null)).toBe(oracle);
    expect(asKnownAt(oracle, '2025-07-15')).toMatchObject({ id: 'oracle-openai', type: 'Deal', annualizedUsd: 3e10, shownFrom: '2025-07-02' });
    expect(asKnownAt(oracle, '2025-09-19')).toMatchObject({ annualizedUsd: 6e10 });
    expect(asKnownAt(oracle, '2025-07-01')).toBeNull();
    // A row without versions (the benchmark's generated graph) is taken as it is.
    expect(asKnownAt({ id: 'x', type: 'Deal' }, '2000-01-01')).toEqual({ id: 'x', type: 'Deal' });
    expect(asKnownAt({ id: 'a', type: 'Article', knownFrom: '2025-08-01' }, '2025-07-31')).toBeNull();
  });

  it('keeps the claims of articles known by the day, an older article without knownFrom by its publication', () => {
    const support = (article: Record<string, unknown>) => ({ article: { id: 'a', type: 'Article', ...article } }) as unknown as SupportRow;
    expect(supportKnownAt(support({ knownFrom: '2025-07-02' }), '2025-07-02')).toBe(true);
    expect(supportKnownAt(support({ knownFrom: '2025-07-03' }), '2025-07-02')).toBe(false);
    expect(supportKnownAt(support({ publishedAt: '2025-07' }), '2025-07-01')).toBe(true);
  });

  it('tells where a day falls against validFrom and validTo, the end exclusive, partial dates by their first day', () => {
    const rofr: NodeRow = { id: 'rofr', type: 'Deal', validFrom: '2025-01', validTo: '2025-10-28' };
    expect(validityAt(rofr, '2025-06-01')).toBe('VALID');
    expect(validityAt(rofr, '2024-12-31')).toBe('NOT_YET_VALID');
    expect(validityAt(rofr, '2025-10-28')).toBe('NO_LONGER_VALID');
    expect(holdsAt(rofr, '2025-12-01')).toBe(false);
    expect(holdsAt(rofr, null)).toBe(true);
  });

  it('gives a value\'s history as its changes, up to the day asked', () => {
    const list = JSON.parse(oracle.versions as string) as Version[];
    expect(historyOf(list, 'value', null).map((s) => [s.knownFrom, s.articleId])).toEqual([['2025-07-02', 'a0'], ['2025-09-19', 'a1']]);
    expect(historyOf(list, 'status', null)).toHaveLength(1);
    expect(historyOf(list, 'value', '2025-08-01')).toHaveLength(1);
  });

  it('filters and sorts deals on their values and parties as known then', () => {
    const party = (org: string, deal: string, from: string, roles: string[]): { organization: NodeRow; fact: NodeRow } => ({
      organization: { id: org, type: 'Organization' },
      fact: { id: `dealparty--${org}--${deal}`, type: 'DealParty', roles, versions: versions([[from, { roles }]]) },
    });
    const small = deal('small', [['2025-01-01', { annualizedUsd: 1e9, status: 'SIGNED' }]]);
    const stored = [
      { deal: oracle, parties: [party('oracle', 'oracle-openai', '2025-07-02', ['PROVIDER']), party('openai', 'oracle-openai', '2025-09-19', ['BUYER'])] },
      { deal: small, parties: [party('oracle', 'small', '2025-01-01', ['PROVIDER'])] },
    ];
    const july = dealsAsOf(stored, { knownAt: '2025-07-15', validAt: null });
    expect(july.map((d) => [d.row.id, d.parties.map((p) => p.organization.id)])).toEqual([['oracle-openai', ['oracle']], ['small', ['oracle']]]);
    const query: DealQuery = {
      parties: [{ id: 'oracle', role: 'PROVIDER' }], kind: null, status: 'SIGNED', projectId: null, minAnnualizedUsd: 2e9, maxAnnualizedUsd: null,
      minTotalUsd: null, maxTotalUsd: null, announcedFrom: null, announcedTo: null, startsFrom: null, startsTo: null, order: 'ANNUALIZED_USD_DESC',
    };
    expect(july.filter((d) => matchesDealQuery(d, query)).map((d) => d.row.id)).toEqual(['oracle-openai']);
    expect(july.filter((d) => matchesDealQuery(d, { ...query, parties: [{ id: 'openai', role: null }] }))).toEqual([]);
    expect([...july].sort(compareDeals('ANNUALIZED_USD_ASC')).map((d) => d.row.id)).toEqual(['small', 'oracle-openai']);
    expect([...july].sort(compareDeals('ANNUALIZED_USD_DESC')).map((d) => d.row.id)).toEqual(['oracle-openai', 'small']);
  });
});

describe('root lists as of another time', () => {
  it('matches a name or an alias as the Cypher does, and orders by name or by megawatts with unknown last', () => {
    const openai: NodeRow = { id: 'openai', type: 'Organization', name: 'OpenAI', aliases: ['Open AI', 'OpenAI Group PBC'] };
    expect(nameContains(openai, 'openai')).toBe(true);
    expect(nameContains(openai, 'group pbc')).toBe(true);
    expect(nameContains(openai, 'oracle')).toBe(false);
    expect(nameContains(openai, null)).toBe(true);
    const rows: NodeRow[] = [{ id: 'b', type: 'Site', name: 'beta', megawatts: 100 }, { id: 'a', type: 'Site', name: 'Alpha' }, { id: 'c', type: 'Site', name: 'gamma', megawatts: 900 }];
    expect([...rows].sort(byName).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect([...rows].sort(byMegawatts).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('talent flows as of another time', () => {
  it('counts and lists the hires by their employer then, newest first, unknown employers after known ones', () => {
    const hire = (id: string, fromId: string | null, date: string | null, person = id): NodeRow => ({ id, type: 'Hire', fromId, date, subjectId: person });
    const hires = [hire('h1', 'meta', '2025-03'), hire('h2', 'meta', '2025-06'), hire('h3', null, null), hire('h4', 'apple', '2025-07-04')];
    expect(talentCountsOf(hires, 10)).toEqual([{ fromId: 'meta', count: 2 }, { fromId: 'apple', count: 1 }, { fromId: null, count: 1 }]);
    expect(flowHires(hires, '2025-06', null).map((h) => h.id)).toEqual(['h2', 'h4']);
    expect(flowHires(hires, null, 'meta').map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(talentHiresOf(hires, 10).get('meta')).toEqual({ hires: [hires[1], hires[0]], personIds: ['h2', 'h1'] });
    expect(talentHiresOf(hires, 10).get('')?.hires).toEqual([hires[2]]);
  });
});
