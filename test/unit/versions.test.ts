/** Reporting time: when an article became known, and the states a node displayed as its claims arrived. Fictional ids. */
import { isPartialDate } from '../../src/domain/partial-dates';
import { knownFrom, resolveVersions, validAt, versionAt, type KnownClaim } from '../../src/domain/versions';

const claim = (articleId: string, publishedAt: string, values: Record<string, unknown>, reliability: KnownClaim['reliability'] = 'NORMAL'): KnownClaim => ({
  articleId,
  publishedAt,
  reliability,
  via: 'SUPPORTS',
  values,
  ...knownFrom({ publishedAt, retrievedAt: null }, '2026-01-01T00:00:00Z'),
});

describe('knownFrom', () => {
  it('counts a dated article from the first day of its publishedAt', () => {
    expect(knownFrom({ publishedAt: '2025-07', retrievedAt: '2025-08-02' }, '2026-01-01T00:00:00Z')).toEqual({ knownFrom: '2025-07-01', knownBasis: 'PUBLISHED' });
  });

  it('counts an undated article from its retrieval, else from its first ingestion', () => {
    expect(knownFrom({ publishedAt: null, retrievedAt: '2025-08-02T09:00:00Z' }, '2026-01-01T00:00:00Z')).toEqual({ knownFrom: '2025-08-02', knownBasis: 'RETRIEVED' });
    expect(knownFrom({ publishedAt: null, retrievedAt: null }, '2026-01-01T10:00:00Z')).toEqual({ knownFrom: '2026-01-01', knownBasis: 'INGESTED' });
  });
});

describe('resolveVersions', () => {
  const claims = [
    claim('first', '2025-06', { value: { amount: 30, currency: 'USD' } }),
    claim('weak-later', '2025-07-01', { value: { amount: 99, currency: 'USD' } }, 'WEAK'),
    claim('second', '2025-09-10', { value: { amount: 300, currency: 'USD' } }),
  ];

  it('gives one state per article that changed what was displayed, oldest first, each with that article', () => {
    const versions = resolveVersions('Deal', claims);
    expect(versions.map((v) => [v.knownFrom, v.articleId, JSON.parse(String(v.props.value)).amount])).toEqual([
      ['2025-06-01', 'first', 30],
      ['2025-09-10', 'second', 300],
    ]);
  });

  it('selects the state known at a date, and none before the first claim', () => {
    const versions = resolveVersions('Deal', claims);
    expect(versionAt(versions, '2025-05')).toBeNull();
    expect(versionAt(versions, '2025-09')?.articleId).toBe('first');
    expect(versionAt(versions, '2025-09-10')?.articleId).toBe('second');
  });

  it('is empty without claims', () => {
    expect(resolveVersions('Deal', [])).toEqual([]);
  });
});

describe('validAt', () => {
  it('compares partial dates by their first day, validTo exclusive', () => {
    expect(validAt('2024-01', '2025-03', '2025-02-28')).toBe(true);
    expect(validAt('2024-01', '2025-03', '2025-03')).toBe(false);
    expect(validAt('2024-01', null, '2023')).toBe(false);
    expect(validAt(null, null, '1999')).toBe(true);
  });

  it('accepts only partial dates', () => {
    expect(['2025', '2025-07', '2025-07-15'].every(isPartialDate)).toBe(true);
    expect(['2025-13', '25-07', '2025-07-15T00:00', ''].some(isPartialDate)).toBe(false);
  });
});
