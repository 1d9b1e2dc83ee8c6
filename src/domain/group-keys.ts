/**
 * Keys of the groups `dealStats` and `hireStats` answer: one part per dimension, compared dimension by dimension, so
 * every order of groups breaks its ties the same way.
 */

/** One dimension's value in a key; `organizationId` and `name` for the dimensions whose value is an organization. */
export interface KeyPart {
  dimension: string;
  /** The value (an organization's id for organization dimensions); null for the items without one. */
  value: string | null;
  organizationId: string | null;
  /** What organization values sort by (their name); null for other dimensions. */
  sortName: string | null;
}

export const keyPart = (dimension: string, value: string | null): KeyPart => ({ dimension, value, organizationId: null, sortName: null });

export const organizationPart = (dimension: string, organization: { id: string; name: string } | null): KeyPart =>
  organization ? { dimension, value: organization.id, organizationId: organization.id, sortName: organization.name } : { dimension, value: null, organizationId: null, sortName: null };

/** A key as one string, for grouping: equal keys, equal strings. */
export const keyString = (key: readonly KeyPart[]): string => JSON.stringify(key.map((part) => part.value));

/** Part by part: null values last, organizations by name (case ignored) then id, other values as text. */
export function compareKeys(a: readonly KeyPart[], b: readonly KeyPart[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const [x, y] = [a[i], b[i]];
    if (x.value === y.value) continue;
    if (x.value === null) return 1;
    if (y.value === null) return -1;
    const byName = (x.sortName ?? '').toLowerCase().localeCompare((y.sortName ?? '').toLowerCase());
    if (byName !== 0) return byName;
    return x.value < y.value ? -1 : 1;
  }
  return a.length - b.length;
}

/** Larger first, null last; 0 when equal. */
export function descendingNullsLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}
