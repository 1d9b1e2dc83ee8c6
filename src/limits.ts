/**
 * Hard caps on every list argument, and the range of every other number a
 * client sends, checked before Cypher sees it. Over the cap is a BAD_USER_INPUT
 * error, never silent clamping: a client asking for 10,000 rows should learn
 * that it will not get them.
 */
import { BadUserInputError } from './errors';

export const LIMITS = {
  /** Nested lists and root connections. */
  list: { default: 20, max: 100 },
  search: { default: 10, max: 50 },
  /** Length of a search text (after NFKC normalization), and how many of its words count. */
  searchText: { max: 500, terms: 16 },
  paths: { default: 5, max: 20 },
  hops: { default: 3, max: 6 },
  /** Offset a page cursor may carry: far beyond any list we hold, far below where Cypher's list indexes overflow. */
  cursorOffset: { max: 1_000_000 },
  /** Annualized USD bounds of a deal filter: from nothing to a quadrillion dollars a year. */
  usd: { min: 0, max: 1e15 },
  /** Party conditions of one deal filter (`parties`, with the `party` shorthand). */
  partyConditions: { max: 10 },
  /** Size of one document given to ingestArticle. */
  documentBytes: 256_000,
} as const;

/** Validates a `first`-like argument against its cap; returns the value to use. */
export function checkLimit(name: string, value: number | null | undefined, limit: { default: number; max: number }, min = 0): number {
  if (value === null || value === undefined) return limit.default;
  if (!Number.isInteger(value) || value < min || value > limit.max) {
    throw new BadUserInputError(`${name} must be an integer between ${min} and ${limit.max}; got ${value}.`, { argument: name, max: limit.max });
  }
  return value;
}

/** Validates an optional number against `[min, max]`; returns it, or null when not given. */
export function checkRange(name: string, value: number | null | undefined, range: { min: number; max: number }): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < range.min || value > range.max) {
    throw new BadUserInputError(`${name} must be a number between ${range.min} and ${range.max}; got ${value}.`, { argument: name, min: range.min, max: range.max });
  }
  return value;
}
