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

/** Groups (key, capacity) rows and sums each group; a null key becomes UNKNOWN. Largest total first. */
export function groupCapacity(rows: ReadonlyArray<{ key: string | null; capacity: string | null }>): Array<CapacityTotal & { key: string }> {
  const groups = new Map<string, Array<PowerFigure | null>>();
  for (const row of rows) {
    const key = row.key ?? 'UNKNOWN';
    groups.set(key, [...(groups.get(key) ?? []), parseCapacity(row.capacity)]);
  }
  return [...groups.entries()]
    .map(([key, figures]) => ({ key, ...sumCapacity(figures) }))
    .sort((a, b) => (b.megawatts ?? -1) - (a.megawatts ?? -1) || a.key.localeCompare(b.key));
}
