/**
 * The root lists of organizations, people and sites as of another time (`@asOf`): their value filters and orders,
 * the TypeScript twins of the Cypher in src/stores/query-store.ts, over each row's version known then.
 */
import { normalizeName } from './names';
import type { NodeRow } from './rows';

/** `nameContains` as the Cypher reads it: in the normalized name, or in an alias lowercased. */
export function nameContains(row: NodeRow, contains: string | null): boolean {
  if (contains === null) return true;
  const aliases = Array.isArray(row.aliases) ? (row.aliases as unknown[]).map(String) : [];
  return normalizeName(String(row.name ?? '')).includes(contains) || aliases.some((alias) => alias.toLowerCase().includes(contains));
}

const byId = (a: NodeRow, b: NodeRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** By name, case aside, then id: organizations and people. */
export function byName(a: NodeRow, b: NodeRow): number {
  const [x, y] = [String(a.name ?? '').toLowerCase(), String(b.name ?? '').toLowerCase()];
  return x !== y ? (x < y ? -1 : 1) : byId(a, b);
}

/** Largest planned megawatts first, sites without a figure last, then id. */
export function byMegawatts(a: NodeRow, b: NodeRow): number {
  const [x, y] = [typeof a.megawatts === 'number' ? a.megawatts : null, typeof b.megawatts === 'number' ? b.megawatts : null];
  if ((x === null) !== (y === null)) return x === null ? 1 : -1;
  if (x !== null && y !== null && x !== y) return y - x;
  return byId(a, b);
}
