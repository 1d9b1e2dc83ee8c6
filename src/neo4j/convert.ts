/**
 * Neo4j values → plain JS, at the store boundary, so nothing above a store
 * sees an Integer or a temporal object.
 */
import neo4j from 'neo4j-driver';

/** Converts Integers to numbers and temporals to ISO strings, recursively; the store that reads a row checks its shape (src/stores/rows.ts). */
export function toNative(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toNative);
  if (value && typeof value === 'object') {
    if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return String(value);
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toNative(v)]));
  }
  return value;
}

/**
 * An integer parameter for LIMIT/SKIP and list slices: JS numbers go to Cypher as floats. Callers pass only values
 * already range-checked (src/limits.ts); anything past Cypher's int range here is a bug of ours, so it throws.
 */
export function int(value: number) {
  if (!Number.isSafeInteger(value) || Math.abs(value) > 2 ** 31 - 1) throw new RangeError(`not a 32-bit integer: ${value}`);
  return neo4j.int(value);
}
