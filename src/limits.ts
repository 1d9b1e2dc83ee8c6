/**
 * Hard caps on every list argument. Over the cap is a BAD_USER_INPUT error,
 * never silent clamping: a client asking for 10,000 rows should learn that it
 * will not get them.
 */
import { BadUserInputError } from './errors';

export const LIMITS = {
  /** Nested lists and root connections. */
  list: { default: 20, max: 100 },
  search: { default: 10, max: 50 },
  paths: { default: 5, max: 20 },
  hops: { default: 3, max: 6 },
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
