/** Hires counted by group: previous employer, hiring organization, year of the hire date; each hire in one group. */
import { compareKeys, keyPart, keyString, organizationPart, type KeyPart } from './group-keys';
import { yearOf } from './partial-dates';

export const HIRE_DIMENSIONS = ['FROM', 'TO', 'YEAR'] as const;
export type HireDimension = (typeof HIRE_DIMENSIONS)[number];
export type HireStatsOrder = 'COUNT_DESC' | 'KEY_ASC';

/** A hire as `hireStats` reads it. */
export interface StatsHire {
  id: string;
  from: { id: string; name: string } | null;
  to: { id: string; name: string };
  date: string | null;
}

export interface HireStatsGroup {
  key: KeyPart[];
  count: number;
  dated: { withFigure: number; of: number };
}

export function hireKey(hire: StatsHire, dimensions: readonly HireDimension[]): KeyPart[] {
  return dimensions.map((dimension) => {
    if (dimension === 'FROM') return organizationPart(dimension, hire.from);
    if (dimension === 'TO') return organizationPart(dimension, hire.to);
    return keyPart(dimension, yearOf(hire.date));
  });
}

/** Groups `hires` by `dimensions`, in `order` (ties by key). */
export function groupHires(hires: readonly StatsHire[], dimensions: readonly HireDimension[], order: HireStatsOrder): HireStatsGroup[] {
  const groups = new Map<string, HireStatsGroup>();
  for (const hire of hires) {
    const key = hireKey(hire, dimensions);
    const id = keyString(key);
    const group = groups.get(id) ?? { key, count: 0, dated: { withFigure: 0, of: 0 } };
    group.count += 1;
    group.dated.of += 1;
    if (hire.date) group.dated.withFigure += 1;
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => (order === 'COUNT_DESC' ? b.count - a.count : 0) || compareKeys(a.key, b.key));
}
