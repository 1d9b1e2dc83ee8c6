import type { ChangeRow } from '../../src/domain/change-events';
import { completeWrites, dealChanges, dealMatches, hiresAdded, unseen, valueChanges, writesOf } from '../../src/domain/live-events';
import { factEnds } from '../../src/domain/ids';

const row = (seq: number, articleId: string, at: string, kind: ChangeRow['kind'], targetId: string | null, targetType: string | null, field: string | null = null): ChangeRow =>
  ({ seq, articleId, at, kind, targetId, targetType, field, before: null, after: null });

const A = '2026-12-02T10:00:00.000Z';
const B = '2026-12-02T10:00:01.000Z';
const feed = [
  row(1, 'a', A, 'ENTITY_ADDED', 'deal-x', 'Deal'),
  row(2, 'a', A, 'FACT_ADDED', 'dealparty--org-p--deal-x', 'DealParty'),
  row(3, 'a', A, 'FACT_ADDED', 'hire--person-q--org-p', 'Hire'),
  row(4, 'b', B, 'VALUE_CHANGED', 'deal-x', 'Deal', 'value'),
  row(5, 'b', B, 'ROLES_CHANGED', 'dealparty--org-p--deal-x', 'DealParty', 'roles'),
  row(6, 'b', B, 'VALUE_CHANGED', 'org-p', 'Organization', 'name'),
];

describe('live events from the change feed', () => {
  it('cuts the feed into writes by article and time', () => {
    expect(writesOf(feed).map((write) => write.map((r) => r.seq))).toEqual([[1, 2, 3], [4, 5, 6]]);
  });

  it('holds back the last write of a full page, unless the page is that one write', () => {
    expect(completeWrites(feed.slice(0, 5), true).map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(completeWrites(feed.slice(0, 5), false).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(completeWrites(feed.slice(0, 3), true).map((r) => r.seq)).toEqual([1, 2, 3]);
  });

  it('tells the rows a subscriber has not seen, and whether some before them never reached it', () => {
    expect(unseen(3, feed.slice(3))).toEqual({ rows: feed.slice(3), gap: false });
    expect(unseen(4, feed.slice(3))).toEqual({ rows: feed.slice(4), gap: false });
    expect(unseen(2, feed.slice(3))).toEqual({ rows: feed.slice(3), gap: true });
    expect(unseen(6, feed.slice(3))).toEqual({ rows: [], gap: false });
  });

  it('gives one deal change per deal per write, its parties\' events included, numbered by its last event', () => {
    expect(writesOf(feed).flatMap(dealChanges).map((c) => [c.dealId, c.seq, c.changes.map((r) => r.seq)])).toEqual([
      ['deal-x', 2, [1, 2]],
      ['deal-x', 5, [4, 5]],
    ]);
  });

  it('finds new hires with their hiring organization, and value changes of one entity', () => {
    expect(hiresAdded(feed)).toEqual([{ seq: 3, at: A, articleId: 'a', hireId: 'hire--person-q--org-p', toId: 'org-p' }]);
    expect(valueChanges(feed, 'deal-x').map((r) => r.seq)).toEqual([4]);
    expect(valueChanges(feed, null).map((r) => r.seq)).toEqual([4, 6]);
  });

  it('matches a deal against the filters as it stands, and a removed deal only without filters', () => {
    const none = { minAnnualizedUsd: null, status: null, partyId: null };
    const watch = { minAnnualizedUsd: 1e10, status: 'SIGNED', partyId: 'org-p' };
    expect(dealMatches(watch, { annualizedUsd: 3e10, status: 'SIGNED' }, ['org-p'])).toBe(true);
    expect(dealMatches(watch, { annualizedUsd: 3e9, status: 'SIGNED' }, ['org-p'])).toBe(false);
    expect(dealMatches(watch, { annualizedUsd: 3e10, status: 'RUMORED' }, ['org-p'])).toBe(false);
    expect(dealMatches(watch, { annualizedUsd: 3e10, status: 'SIGNED' }, ['org-z'])).toBe(false);
    expect(dealMatches(watch, { status: 'SIGNED' }, ['org-p'])).toBe(false);
    expect(dealMatches(watch, null, [])).toBe(false);
    expect(dealMatches(none, null, [])).toBe(true);
  });

  it('reads a fact id back into its parts', () => {
    expect(factEnds('ownership--kestrel--northwind--equity_stake')).toEqual({ kind: 'ownership', subject: 'kestrel', object: 'northwind', discriminator: 'equity_stake' });
    expect(factEnds('hire--ada-quill--northwind')).toEqual({ kind: 'hire', subject: 'ada-quill', object: 'northwind', discriminator: null });
    expect(factEnds('openai')).toBeNull();
  });
});
