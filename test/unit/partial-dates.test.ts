/** Partial dates (src/domain/partial-dates.ts): real days only, compared by their first day, cut into years and quarters. */
import { firstDay, isPartialDate, quarterOf, yearOf } from '../../src/domain/partial-dates';

describe('partial dates', () => {
  it.each(['2025', '2025-07', '2025-07-15', '2024-02-29'])('accepts %s', (value) => {
    expect(isPartialDate(value)).toBe(true);
  });

  it.each(['25', '2025-7', '2025-13', '2025-02-30', '2025-07-15T00:00', 'July 2025', ''])('refuses %j', (value) => {
    expect(isPartialDate(value)).toBe(false);
  });

  it('compares a partial date by its first day', () => {
    expect([firstDay('2025'), firstDay('2025-07'), firstDay('2025-07-15')]).toEqual(['2025-01-01', '2025-07-01', '2025-07-15']);
  });

  it('gives the year, and the quarter only where the month is known', () => {
    expect([yearOf('2025-07-15'), yearOf(null)]).toEqual(['2025', null]);
    expect([quarterOf('2025-01'), quarterOf('2025-07-15'), quarterOf('2025-12'), quarterOf('2025'), quarterOf(null)]).toEqual(['2025-Q1', '2025-Q3', '2025-Q4', null, null]);
  });
});
