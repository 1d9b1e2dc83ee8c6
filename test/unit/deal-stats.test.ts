/**
 * groupDeals (src/domain/deal-stats.ts): a deal counts once in each group it belongs to, sums add only figures of one
 * meaning, say what they were summed from and how many deals had a figure, and never lose a hedge.
 */
import { annualizedUsdFigure, dealKeys, groupDeals, sumUsd, totalUsdFigure, type StatsDeal } from '../../src/domain/deal-stats';
import type { Money } from '../../src/domain/money';

const money = (amount: number, extra: Partial<Money> = {}): Money => ({ amount, currency: 'USD', period: 'TOTAL', qualifier: 'EXACT', estimated: false, ...extra });

function deal(id: string, extra: Partial<StatsDeal> = {}): StatsDeal {
  return { id, kind: 'CLOUD_CAPACITY', status: 'SIGNED', announced: '2025-09-10', parties: [], total: null, annualized: null, ...extra };
}

const buyer = { organizationId: 'openai', name: 'OpenAI', roles: ['BUYER', 'LESSEE'] };
const provider = { organizationId: 'oracle', name: 'Oracle', roles: ['PROVIDER'] };

describe('totalUsdFigure', () => {
  it('takes a TOTAL stated in USD as stated, with its hedge', () => {
    expect(totalUsdFigure(money(300e9, { qualifier: 'MORE_THAN' }))).toEqual({ usd: 300e9, qualifier: 'MORE_THAN', estimated: false });
  });

  it('has no figure for a PER_YEAR value, another currency, a words-only value or none', () => {
    expect(totalUsdFigure(money(30e9, { period: 'PER_YEAR' }))).toBeNull();
    expect(totalUsdFigure(money(1e9, { currency: 'EUR' }))).toBeNull();
    expect(totalUsdFigure({ ...money(0), amount: null })).toBeNull();
    expect(totalUsdFigure(null)).toBeNull();
  });
});

describe('annualizedUsdFigure', () => {
  it('takes a derived yearly USD figure, but none converted from another currency', () => {
    expect(annualizedUsdFigure({ amountUsd: 60e9, qualifier: 'ABOUT', estimated: false, rateAsOf: null })).toEqual({ usd: 60e9, qualifier: 'ABOUT', estimated: false });
    expect(annualizedUsdFigure({ amountUsd: 1.14e9, qualifier: 'EXACT', estimated: false, rateAsOf: '2025-07-31' })).toBeNull();
  });
});

describe('sumUsd', () => {
  const figure = (d: StatsDeal) => d.total;
  it('adds the figures, lists the deals summed and counts the deals with a figure out of all', () => {
    const sum = sumUsd([deal('b', { total: { usd: 2, qualifier: 'EXACT', estimated: false } }), deal('a', { total: { usd: 3, qualifier: 'EXACT', estimated: true } }), deal('c')], figure, 'Deal.totalUsd');
    expect(sum).toEqual({ usd: 5, qualifier: 'EXACT', estimated: true, derived: true, method: 'Deal.totalUsd', inputs: ['a', 'b'], coverage: { withFigure: 2, of: 3 } });
  });

  it('keeps a lower bound: a sum with "more than" figures is more than the sum', () => {
    const sum = sumUsd([deal('a', { total: { usd: 2, qualifier: 'MORE_THAN', estimated: false } }), deal('b', { total: { usd: 3, qualifier: 'EXACT', estimated: false } })], figure, 'Deal.totalUsd');
    expect(sum.qualifier).toBe('MORE_THAN');
  });

  it('says ABOUT when hedges of different kinds meet', () => {
    const sum = sumUsd([deal('a', { total: { usd: 2, qualifier: 'UP_TO', estimated: false } }), deal('b', { total: { usd: 3, qualifier: 'AT_LEAST', estimated: false } })], figure, 'Deal.totalUsd');
    expect(sum.qualifier).toBe('ABOUT');
  });

  it('is null, with no qualifier, when no deal has a figure', () => {
    expect(sumUsd([deal('a')], figure, 'Deal.totalUsd')).toMatchObject({ usd: null, qualifier: null, inputs: [], coverage: { withFigure: 0, of: 1 } });
  });
});

describe('dealKeys', () => {
  it('gives a deal one key per party, per role, and per (party, role) pair', () => {
    const d = deal('d', { parties: [buyer, provider] });
    expect(dealKeys(d, ['PARTY']).map((k) => k.map((p) => p.value))).toEqual([['openai'], ['oracle']]);
    expect(dealKeys(d, ['ROLE']).map((k) => k.map((p) => p.value))).toEqual([['BUYER'], ['LESSEE'], ['PROVIDER']]);
    expect(dealKeys(d, ['ROLE', 'PARTY']).map((k) => k.map((p) => p.value))).toEqual([['BUYER', 'openai'], ['LESSEE', 'openai'], ['PROVIDER', 'oracle']]);
  });

  it('puts a deal without a value for a dimension in that dimension\'s null group, and a year-only date in no quarter', () => {
    const d = deal('d', { kind: null, announced: '2025' });
    expect(dealKeys(d, ['PARTY', 'KIND', 'ANNOUNCED_YEAR', 'ANNOUNCED_QUARTER']).map((k) => k.map((p) => p.value))).toEqual([[null, null, '2025', null]]);
    expect(dealKeys(deal('e', { announced: '2025-08-04' }), ['ANNOUNCED_QUARTER'])[0][0].value).toBe('2025-Q3');
  });
});

describe('groupDeals', () => {
  const deals = [
    deal('oracle-openai', { parties: [buyer, provider], total: { usd: 300e9, qualifier: 'EXACT', estimated: false }, annualized: { usd: 60e9, qualifier: 'ABOUT', estimated: false } }),
    deal('per-year', { parties: [buyer], total: null, annualized: { usd: 30e9, qualifier: 'MORE_THAN', estimated: false } }),
    deal('no-figure', { parties: [provider], kind: 'LEASE' }),
  ];

  it('counts a deal once in a group even when several of its parties hold the role', () => {
    const both = deal('both', { parties: [{ ...buyer, roles: ['BUYER'] }, { ...provider, roles: ['BUYER'] }] });
    expect(groupDeals([both], ['ROLE'], 'COUNT_DESC')).toEqual([expect.objectContaining({ count: 1, dealIds: ['both'] })]);
  });

  it('sums totals and annualized figures apart: a PER_YEAR value never enters totalValue', () => {
    const [openai] = groupDeals(deals, ['PARTY'], 'KEY_ASC');
    expect(openai.key[0]).toMatchObject({ value: 'openai', organizationId: 'openai' });
    expect(openai.totalValue).toMatchObject({ usd: 300e9, inputs: ['oracle-openai'], coverage: { withFigure: 1, of: 2 } });
    expect(openai.annualizedValue).toMatchObject({ usd: 90e9, qualifier: 'ABOUT', inputs: ['oracle-openai', 'per-year'], coverage: { withFigure: 2, of: 2 } });
  });

  it('orders by count, total or annualized value (null sums last), or key, ties by key', () => {
    const keys = (order: Parameters<typeof groupDeals>[2], dims: Parameters<typeof groupDeals>[1] = ['PARTY']) => groupDeals(deals, dims, order).map((g) => g.key.map((p) => p.value).join('/'));
    expect(keys('COUNT_DESC')).toEqual(['openai', 'oracle']);
    expect(keys('TOTAL_USD_DESC', ['KIND'])).toEqual(['CLOUD_CAPACITY', 'LEASE']);
    expect(keys('ANNUALIZED_USD_DESC', ['KIND'])).toEqual(['CLOUD_CAPACITY', 'LEASE']);
    expect(keys('KEY_ASC', ['KIND', 'PARTY'])).toEqual(['CLOUD_CAPACITY/openai', 'CLOUD_CAPACITY/oracle', 'LEASE/oracle']);
  });

  it('sorts organizations by name and null key values last', () => {
    const named = [deal('a', { parties: [{ organizationId: 'z-id', name: 'Alpha', roles: [] }] }), deal('b', { parties: [{ organizationId: 'a-id', name: 'Beta', roles: [] }] }), deal('c')];
    expect(groupDeals(named, ['PARTY'], 'KEY_ASC').map((g) => g.key[0].value)).toEqual(['z-id', 'a-id', null]);
  });
});
