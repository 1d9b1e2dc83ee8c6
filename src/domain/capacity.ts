/**
 * Honest sums of power figures. A total says how many sites it covers and how
 * many had a figure; adding "more than" figures gives a lower bound, so the
 * total keeps that qualifier; mixing bounds of opposite kinds gives ABOUT.
 */
import type { Qualifier } from './money';

export interface PowerFigure {
  megawatts: number;
  qualifier: Qualifier;
}

export interface CapacityTotal {
  megawatts: number | null;
  qualifier: Qualifier | null;
  sites: number;
  sitesWithFigure: number;
}

const LOWER_BOUNDS: Qualifier[] = ['MORE_THAN', 'AT_LEAST'];
const UPPER_BOUNDS: Qualifier[] = ['UP_TO', 'NEARLY'];

/** The qualifier of a sum of figures with these qualifiers. */
export function combineQualifiers(qualifiers: readonly Qualifier[]): Qualifier | null {
  if (qualifiers.length === 0) return null;
  const inexact = qualifiers.filter((q) => q !== 'EXACT');
  if (inexact.length === 0) return 'EXACT';
  if (inexact.every((q) => LOWER_BOUNDS.includes(q))) return inexact.includes('MORE_THAN') ? 'MORE_THAN' : 'AT_LEAST';
  if (inexact.every((q) => q === 'UP_TO')) return 'UP_TO';
  if (inexact.every((q) => UPPER_BOUNDS.includes(q))) return 'NEARLY';
  return 'ABOUT';
}

/** Sums one figure per site (null for a site without one). */
export function sumCapacity(figures: ReadonlyArray<PowerFigure | null>): CapacityTotal {
  const known = figures.filter((f): f is PowerFigure => f !== null);
  return {
    megawatts: known.length > 0 ? known.reduce((sum, f) => sum + f.megawatts, 0) : null,
    qualifier: combineQualifiers(known.map((f) => f.qualifier)),
    sites: figures.length,
    sitesWithFigure: known.length,
  };
}

/** Parses a stored capacity (JSON text) into a figure. */
export function parseCapacity(stored: string | null | undefined): PowerFigure | null {
  if (!stored) return null;
  const value = JSON.parse(stored) as PowerFigure;
  return { megawatts: value.megawatts, qualifier: value.qualifier };
}

/** A group of sites as the store returns it: its key, its site count and the stored capacities of those with one. */
export interface SiteGroup {
  key: string | null;
  sites: number;
  capacities: string[];
}

/** Sums each group of sites; a null key becomes UNKNOWN (merged with a literal UNKNOWN). Largest total first. */
export function groupCapacity(groups: readonly SiteGroup[]): Array<CapacityTotal & { key: string }> {
  const figures = new Map<string, Array<PowerFigure | null>>();
  for (const group of groups) {
    const key = group.key ?? 'UNKNOWN';
    const list = figures.get(key) ?? [];
    for (const capacity of group.capacities) list.push(parseCapacity(capacity));
    for (let i = group.capacities.length; i < group.sites; i += 1) list.push(null);
    figures.set(key, list);
  }
  return [...figures.entries()]
    .map(([key, list]) => ({ key, ...sumCapacity(list) }))
    .sort((a, b) => (b.megawatts ?? -1) - (a.megawatts ?? -1) || a.key.localeCompare(b.key));
}
