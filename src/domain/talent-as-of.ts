/**
 * Talent flows as of another time (`@asOf(knownAt:)`): the hires known then, each as it was then (its date and
 * previous employer then), grouped as the Cypher of src/stores/relation-store.ts groups today's.
 */
import type { NodeRow } from './rows';

const fromOf = (hire: NodeRow): string | null => (typeof hire.fromId === 'string' ? hire.fromId : null);
const dateOf = (hire: NodeRow): string | null => (typeof hire.date === 'string' ? hire.date : null);

/** The hires a flow counts: dated on or after `since` when given, from `fromId` when given. */
export function flowHires(hires: readonly NodeRow[], since: string | null, fromId: string | null): NodeRow[] {
  return hires.filter((hire) => (since === null || (dateOf(hire) !== null && (dateOf(hire) as string) >= since)) && (fromId === null || fromOf(hire) === fromId));
}

/** Hires per previous employer, largest first, unknown employers after known ones at equal counts, then by id. */
export function talentCountsOf(hires: readonly NodeRow[], first: number): Array<{ fromId: string | null; count: number }> {
  const counts = new Map<string | null, number>();
  for (const hire of hires) counts.set(fromOf(hire), (counts.get(fromOf(hire)) ?? 0) + 1);
  return [...counts]
    .map(([fromId, count]) => ({ fromId, count }))
    .sort((a, b) => b.count - a.count || Number(a.fromId === null) - Number(b.fromId === null) || String(a.fromId ?? '').localeCompare(String(b.fromId ?? '')))
    .slice(0, first);
}

/** Per previous employer ('' when unknown): the newest `cap` hires and the first `cap` people hired, newest first. */
export function talentHiresOf(hires: readonly NodeRow[], cap: number): Map<string, { hires: NodeRow[]; personIds: string[] }> {
  const newestFirst = [...hires].sort((a, b) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = new Map<string, { hires: NodeRow[]; personIds: string[] }>();
  for (const hire of newestFirst) {
    const key = fromOf(hire) ?? '';
    const group = groups.get(key) ?? { hires: [], personIds: [] };
    if (group.hires.length < cap) group.hires.push(hire);
    const person = String(hire.subjectId);
    if (group.personIds.length < cap && !group.personIds.includes(person)) group.personIds.push(person);
    groups.set(key, group);
  }
  return groups;
}
