/**
 * The items of the timeline: deals at their announced date, hires at their hire date. A partial date ("2025",
 * "2025-07") is placed at its first day and marked partial with its precision; an item without a date is undated
 * and listed apart, never placed. Pure, so the placement rules are unit-tested.
 */
import type { TimelineData } from './api';

export type Precision = 'day' | 'month' | 'year';

export interface TimelineItem {
  id: string;
  kind: 'deal' | 'hire';
  /** "Oracle–OpenAI cloud deal", "Keith Heyde → OpenAI (from Meta Platforms)". */
  label: string;
  /** The date as the source gives it, or null. */
  date: string | null;
  /** Where it is placed: the first day of `date`, as a UTC time in ms; null when undated. */
  at: number | null;
  precision: Precision | null;
  /** The hire's date is the curator's inference. */
  inferred: boolean;
}

/** "2025" → year, "2025-07" → month, "2025-07-04" → day; anything else → null (treated as undated). */
export function precisionOf(date: string | null | undefined): Precision | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  return null;
}

/** The first day of a partial date, in UTC ms; null when it is not a partial date. */
export function firstDay(date: string | null | undefined): number | null {
  const precision = precisionOf(date);
  if (!precision) return null;
  const [year, month = '01', day = '01'] = date!.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}

/** Every deal and hire of `data` (a hire listed twice, once per end, counted once), placed ones in date order then by label, undated ones by label. */
export function timelineItems(data: Pick<TimelineData, 'deals' | 'hires'>): { placed: TimelineItem[]; undated: TimelineItem[] } {
  const items = new Map<string, TimelineItem>();
  for (const deal of data.deals) {
    items.set(deal.id, { id: deal.id, kind: 'deal', label: deal.name, date: deal.announced ?? null, at: firstDay(deal.announced), precision: precisionOf(deal.announced), inferred: false });
  }
  for (const hire of data.hires) {
    const label = `${hire.person.name} → ${hire.organization.name}${hire.from ? ` (from ${hire.from.name})` : ''}`;
    items.set(hire.id, { id: hire.id, kind: 'hire', label, date: hire.date ?? null, at: firstDay(hire.date), precision: precisionOf(hire.date), inferred: hire.dateInferred === true });
  }
  const all = [...items.values()];
  const byLabel = (a: TimelineItem, b: TimelineItem) => a.label.localeCompare(b.label);
  return {
    placed: all.filter((i) => i.at != null).sort((a, b) => a.at! - b.at! || byLabel(a, b)),
    undated: all.filter((i) => i.at == null).sort(byLabel),
  };
}
