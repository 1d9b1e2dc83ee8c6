/**
 * Rows as stores return them, checked at the boundary: plain JS values only (no Integer, no temporal object),
 * and a node row always has a string `id` and `type`. Nothing above a store holds an unchecked row.
 */
import { toNative } from '../neo4j/convert';
import type { NodeRow, SupportRow } from '../domain/rows';

export type { NodeRow, SupportRow };

/** Thrown when the graph holds a row the model does not allow: a bug or a foreign writer, never bad input. */
export class RowShapeError extends Error {
  constructor(what: string, value: unknown) {
    super(`store boundary: ${what} (got ${JSON.stringify(value)?.slice(0, 120)})`);
    this.name = 'RowShapeError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A node projection (`n {.*}`) as a NodeRow. */
export function asNodeRow(value: unknown): NodeRow {
  const row = toNative(value);
  if (!isRecord(row) || typeof row.id !== 'string' || typeof row.type !== 'string') throw new RowShapeError('a node row needs a string id and type', row);
  return row as NodeRow;
}

export function asNodeRows(value: unknown): NodeRow[] {
  if (!Array.isArray(value)) throw new RowShapeError('expected a list of node rows', value);
  return value.map(asNodeRow);
}

export function asNumber(value: unknown): number {
  const n = toNative(value);
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new RowShapeError('expected a number', n);
  return n;
}

export function asString(value: unknown): string {
  if (typeof value !== 'string') throw new RowShapeError('expected a string', value);
  return value;
}

export function asNullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : asString(value);
}

export function asStrings(value: unknown): string[] {
  if (!Array.isArray(value)) throw new RowShapeError('expected a list of strings', value);
  return value.map(asString);
}

/** Claims stored as JSON text on an edge. */
export function asClaims(value: unknown): Record<string, unknown> {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!isRecord(parsed)) throw new RowShapeError('claims must be a JSON object', value);
  return parsed;
}

/** A map projection of plain values (groups, counts) as a record to read fields from. */
export function asRecord(value: unknown): Record<string, unknown> {
  const row = toNative(value);
  if (!isRecord(row)) throw new RowShapeError('expected a map', row);
  return row;
}

export function asRecords(value: unknown): Array<Record<string, unknown>> {
  if (!Array.isArray(value)) throw new RowShapeError('expected a list of maps', value);
  return value.map(asRecord);
}
