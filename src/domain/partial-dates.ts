/**
 * Partial ISO dates as the corpus writes them ("2025", "2025-07", "2025-07-15") and as filters take them: checked as
 * real calendar dates, compared by their first day ("2025-07" is 2025-07-01), and cut into years and quarters.
 */
import { dateKey } from './claims';

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real day (no 2025-02-30). */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  if (!match[3]) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The first day of a partial date, `YYYY-MM-DD`: what a bound compares. The value must be a partial date. */
export function firstDay(value: string): string {
  return dateKey(value);
}

/** The year of a partial date, or null without one. */
export function yearOf(value: string | null | undefined): string | null {
  return value && PARTIAL_DATE.test(value) ? value.slice(0, 4) : null;
}

/** `YYYY-Qn` of a partial date with a month; null for a year-only date or none (its quarter is unknown). */
export function quarterOf(value: string | null | undefined): string | null {
  const match = value ? PARTIAL_DATE.exec(value) : null;
  if (!match || !match[2]) return null;
  return `${match[1]}-Q${Math.ceil(Number(match[2]) / 3)}`;
}
