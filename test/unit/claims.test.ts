/**
 * Claim resolution, money annualization and capacity sums: pure functions, no
 * database. Article ids and values are fictional.
 */
import { dateKey, rankClaims, resolveNode, type Claim } from '../../src/domain/claims';
import { combineQualifiers, groupCapacity, sumCapacity } from '../../src/domain/capacity';
import { FX_RATES, annualizeUsd, weakestQualifier, type Money } from '../../src/domain/money';

const support = (articleId: string, publishedAt: string | null, values: Record<string, unknown>, reliability: Claim['reliability'] = 'NORMAL'): Claim => ({
  articleId,
  publishedAt,
  reliability,
  via: 'SUPPORTS',
  values,
});
const mention = (articleId: string, publishedAt: string | null, values: Record<string, unknown>, reliability: Claim['reliability'] = 'NORMAL'): Claim => ({
  ...support(articleId, publishedAt, values, reliability),
  via: 'MENTIONS',
});
const order = (claims: Claim[]) => rankClaims(claims).map((c) => c.articleId);

describe('rankClaims', () => {
  it('puts the newest non-weak claim first', () => {
    expect(order([support('old', '2024-01-10', {}), support('new', '2025-03-01', {}), support('mid', '2024-11', {})])).toEqual(['new', 'mid', 'old']);
  });

  it('compares a partial date by its first day', () => {
    expect(dateKey('2025')).toBe('2025-01-01');
    expect(dateKey('2025-07')).toBe('2025-07-01');
    expect(order([support('month', '2025-07', {}), support('day', '2025-07-04', {})])).toEqual(['day', 'month']);
    expect(order([support('year', '2025', {}), support('late-2024', '2024-12-31', {})])).toEqual(['year', 'late-2024']);
  });

  it('counts an undated claim as the oldest', () => {
    expect(order([support('undated', null, {}), support('ancient', '1999', {})])).toEqual(['ancient', 'undated']);
  });

  it('puts weak claims after every normal one, however new', () => {
    expect(order([support('weak-new', '2025-12-01', {}, 'WEAK'), support('normal-undated', null, {})])).toEqual(['normal-undated', 'weak-new']);
  });

  it('breaks ties by article id, whatever the input order', () => {
    const a = support('article-a', '2025-07', {});
    const b = support('article-b', '2025-07-01', {});
    expect(order([b, a])).toEqual(['article-a', 'article-b']);
    expect(order([a, b])).toEqual(['article-a', 'article-b']);
  });
});

describe('resolveNode', () => {
  it('shows the value of the newest non-weak claim that states the field', () => {
    const { props } = resolveNode('Employment', [
      support('older', '2025-01-01', { title: 'Engineer', current: false }),
      support('newer', '2025-07-04', { title: 'Director' }),
      support('weak', '2025-12-01', { title: 'Chief Everything', current: true }, 'WEAK'),
    ]);
    expect(props.title).toBe('Director');
    // The newest article does not state `current`; the next one that does supplies it, never the weak one.
    expect(props.current).toBe(false);
  });

  it('never shows a weak claim, even the only one', () => {
    const { props } = resolveNode('Employment', [support('weak', '2025-07-04', { title: 'Director', tenure: { years: 3, qualifier: 'EXACT' } }, 'WEAK')]);
    expect(props.title).toBeNull();
    expect(props.tenure).toBeNull();
  });

  it('stores object values as JSON text', () => {
    const { props } = resolveNode('Employment', [support('a', '2025', { tenure: { years: 11, qualifier: 'NEARLY' } })]);
    expect(JSON.parse(props.tenure as string)).toEqual({ years: 11, qualifier: 'NEARLY' });
  });

  it('names an entity after its best declaration and keeps the union of all names as aliases', () => {
    const { props, nameKeys } = resolveNode('Organization', [
      mention('older', '2024-05', { name: 'Northwind Labs', aliases: ['NWL'], kind: 'AI_LAB' }),
      mention('newer', '2025-07', { name: 'Northwind Fixture Labs', aliases: ['Northwind', 'NWL'] }),
      mention('weak', '2025-12', { name: 'North Wind', aliases: ['NW'] }, 'WEAK'),
    ]);
    expect(props.name).toBe('Northwind Fixture Labs');
    expect(props.aliases).toEqual(['NW', 'NWL', 'North Wind', 'Northwind', 'Northwind Labs']);
    expect(props.kind).toBe('AI_LAB');
    expect(nameKeys).toEqual(expect.arrayContaining(['northwindfixturelabs', 'northwindlabs', 'northwind', 'nwl', 'nw']));
  });

  it('names an entity declared only by weak articles', () => {
    const { props } = resolveNode('Person', [mention('weak', '2025', { name: 'Ada Fixture', aliases: [] }, 'WEAK')]);
    expect(props.name).toBe('Ada Fixture');
  });

  it('annualizes the displayed deal value over the term stated for it, and says from which article', () => {
    const { props, refs } = resolveNode('Deal', [
      support('total', '2025-09', { value: { amount: 300e9, currency: 'USD', period: 'TOTAL', qualifier: 'EXACT', estimated: false, over: { years: 5, qualifier: 'ABOUT' } }, project: 'fixture-project' }),
      support('weak', '2025-12', { value: { amount: 1, currency: 'USD', period: 'PER_YEAR', qualifier: 'EXACT', estimated: false } }, 'WEAK'),
    ]);
    expect(props.annualizedUsd).toBe(60e9);
    expect(JSON.parse(props.annualized as string)).toMatchObject({ amountUsd: 60e9, qualifier: 'ABOUT', derived: true, sourceArticleId: 'total' });
    expect(props.projectId).toBe('fixture-project');
    expect(refs).toEqual([{ type: 'IN_PROJECT', target: 'fixture-project' }]);
  });
});

describe('resolveNode on role sets and costs', () => {
  it('shows the union of the roles stated by articles that are not WEAK', () => {
    const { props } = resolveNode('Participation', [
      support('launch', '2025-01', { roles: ['EQUITY_FUNDER', 'TECHNOLOGY_PARTNER'] }),
      support('later', '2025-09', { roles: ['DEVELOPER'] }),
      support('weak', '2025-10', { roles: ['FOUNDER'] }, 'WEAK'),
    ]);
    expect(props.roles).toEqual(['DEVELOPER', 'EQUITY_FUNDER', 'TECHNOLOGY_PARTNER']);
    expect(props.roleKey).toBe('DEVELOPER,EQUITY_FUNDER,TECHNOLOGY_PARTNER');
  });

  it('never annualizes a cost, nor a total whose term the source gives for something else', () => {
    const { props } = resolveNode('Deal', [
      support('jv', '2025-10', { cost: { amount: 27e9, currency: 'USD', period: 'TOTAL', qualifier: 'EXACT', estimated: true }, term: { years: 4, qualifier: 'EXACT' } }),
    ]);
    expect(props.annualizedUsd).toBeNull();
    expect(JSON.parse(props.cost as string)).toMatchObject({ amount: 27e9 });
  });
});

describe('annualizeUsd', () => {
  const money = (overrides: Partial<Money>): Money => ({ amount: 30e9, currency: 'USD', period: 'PER_YEAR', qualifier: 'MORE_THAN', estimated: true, ...overrides });

  it('passes a yearly USD amount through and says it is derived from the value as stated', () => {
    expect(annualizeUsd(money({}))).toEqual({ amountUsd: 30e9, qualifier: 'MORE_THAN', estimated: true, rateAsOf: null, derived: true, method: 'PER_YEAR_AS_STATED', inputs: ['value'], years: null });
  });

  it('divides a total by the term stated for that value, and an approximate term makes it ABOUT', () => {
    expect(annualizeUsd(money({ amount: 300e9, period: 'TOTAL', qualifier: 'EXACT', estimated: false, over: { years: 5, qualifier: 'ABOUT' } }))).toEqual({
      amountUsd: 60e9,
      qualifier: 'ABOUT',
      estimated: false,
      rateAsOf: null,
      derived: true,
      method: 'TOTAL_OVER_STATED_TERM',
      inputs: ['value', 'value.over'],
      years: 5,
    });
  });

  it("keeps the amount's qualifier over an exact term", () => {
    expect(annualizeUsd(money({ amount: 100e9, period: 'TOTAL', qualifier: 'UP_TO', over: { years: 4, qualifier: 'EXACT' } }))).toMatchObject({ amountUsd: 25e9, qualifier: 'UP_TO' });
  });

  it('takes the weakest qualifier: hedges of two kinds meet as ABOUT', () => {
    expect(annualizeUsd(money({ amount: 100e9, period: 'TOTAL', qualifier: 'MORE_THAN', over: { years: 4, qualifier: 'NEARLY' } }))?.qualifier).toBe('ABOUT');
    expect(weakestQualifier(['EXACT', 'EXACT'])).toBe('EXACT');
    expect(weakestQualifier(['EXACT', 'UP_TO'])).toBe('UP_TO');
    expect(weakestQualifier(['MORE_THAN', 'UP_TO'])).toBe('ABOUT');
  });

  it('never annualizes a total without its own term: a lease or contract term of the deal is not one', () => {
    expect(annualizeUsd(money({ period: 'TOTAL' }))).toBeNull();
    expect(annualizeUsd(money({ period: 'TOTAL', over: { years: 0, qualifier: 'EXACT' } }))).toBeNull();
    expect(annualizeUsd(money({ amount: null, text: 'tens of billions' }))).toBeNull();
    expect(annualizeUsd(null)).toBeNull();
  });

  it('converts other currencies and gives the day of the rate', () => {
    expect(annualizeUsd(money({ amount: 1e9, currency: 'EUR', qualifier: 'EXACT' }))).toMatchObject({
      amountUsd: 1e9 * FX_RATES.EUR.usdPerUnit,
      qualifier: 'EXACT',
      estimated: true,
      rateAsOf: FX_RATES.EUR.asOf,
    });
    expect(annualizeUsd(money({ amount: 10e9, currency: 'NOK', period: 'TOTAL', over: { years: 2, qualifier: 'EXACT' } }))?.amountUsd).toBeCloseTo((10e9 * FX_RATES.NOK.usdPerUnit) / 2);
  });
});

describe('capacity sums', () => {
  it('is exact only when every figure is exact', () => {
    expect(combineQualifiers(['EXACT', 'EXACT'])).toBe('EXACT');
    expect(combineQualifiers(['EXACT', 'ABOUT'])).toBe('ABOUT');
    expect(combineQualifiers([])).toBeNull();
  });

  it('keeps a lower bound when adding "more than" or "at least" figures', () => {
    expect(combineQualifiers(['MORE_THAN', 'EXACT', 'MORE_THAN'])).toBe('MORE_THAN');
    expect(combineQualifiers(['MORE_THAN', 'AT_LEAST'])).toBe('MORE_THAN');
    expect(combineQualifiers(['AT_LEAST', 'EXACT'])).toBe('AT_LEAST');
  });

  it('keeps an upper bound when adding "up to" or "nearly" figures, and gives ABOUT for mixed bounds', () => {
    expect(combineQualifiers(['UP_TO', 'EXACT'])).toBe('UP_TO');
    expect(combineQualifiers(['UP_TO', 'NEARLY'])).toBe('NEARLY');
    expect(combineQualifiers(['MORE_THAN', 'UP_TO'])).toBe('ABOUT');
  });

  it('sums the known figures and counts the sites with and without one', () => {
    expect(sumCapacity([{ megawatts: 1200, qualifier: 'MORE_THAN' }, null, { megawatts: 300, qualifier: 'EXACT' }])).toEqual({
      megawatts: 1500,
      qualifier: 'MORE_THAN',
      sites: 3,
      sitesWithFigure: 2,
    });
    expect(sumCapacity([null, null])).toEqual({ megawatts: null, qualifier: null, sites: 2, sitesWithFigure: 0 });
    expect(sumCapacity([])).toEqual({ megawatts: null, qualifier: null, sites: 0, sitesWithFigure: 0 });
  });

  it('totals site groups largest first, counting sites without a figure and merging an unknown key with UNKNOWN', () => {
    const figure = (megawatts: number, qualifier: string) => JSON.stringify({ megawatts, qualifier, basis: 'UNSPECIFIED' });
    expect(
      groupCapacity([
        { key: 'US', sites: 3, capacities: [figure(1200, 'MORE_THAN'), figure(300, 'EXACT')] },
        { key: null, sites: 1, capacities: [] },
        { key: 'UNKNOWN', sites: 1, capacities: [figure(10, 'UP_TO')] },
        { key: 'NO', sites: 1, capacities: [figure(2000, 'EXACT')] },
      ]),
    ).toEqual([
      { key: 'NO', megawatts: 2000, qualifier: 'EXACT', sites: 1, sitesWithFigure: 1 },
      { key: 'US', megawatts: 1500, qualifier: 'MORE_THAN', sites: 3, sitesWithFigure: 2 },
      { key: 'UNKNOWN', megawatts: 10, qualifier: 'UP_TO', sites: 2, sitesWithFigure: 1 },
    ]);
  });
});
