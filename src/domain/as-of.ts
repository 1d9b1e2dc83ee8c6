/**
 * Answers "as of" two times (the `@asOf(knownAt:, validAt:)` operation directive), row by row. Pure: the loaders
 * pass every row they return through these, so every field read through them answers as of the same times.
 *
 * Known at: the reporting time. A node shows the version it had once the articles known by that day were in
 * (`versions`, which ingestion stores: src/domain/versions.ts), and does not exist before its first; an article
 * exists from its `knownFrom`. Valid at: a fact's or deal's own `validFrom`/`validTo`, as it is displayed then.
 * Both dates are partial dates compared by their first day.
 */
import { dateKey } from './claims';
import type { NodeRow, SupportRow } from './rows';
import type { Version } from './versions';

export interface AsOf {
  /** First-day keys (YYYY-MM-DD), or null for "now". */
  knownAt: string | null;
  validAt: string | null;
}

export const NOW: AsOf = Object.freeze({ knownAt: null, validAt: null });

export function storedVersions(row: NodeRow): Version[] | null {
  return typeof row.versions === 'string' ? (JSON.parse(row.versions) as Version[]) : null;
}

/**
 * The row as known at `knownAt`: the version it had then (its own id, type and the version's displayed values),
 * or null when nothing about it had been reported yet. A row without stored versions (a graph written by the
 * benchmark's generator) is taken as it is.
 */
export function asKnownAt(row: NodeRow, knownAt: string | null): NodeRow | null {
  if (knownAt === null) return row;
  if (row.type === 'Article') return typeof row.knownFrom !== 'string' || row.knownFrom <= knownAt ? row : null;
  const versions = storedVersions(row);
  if (versions === null) return row;
  let shown: Version | null = null;
  for (const version of versions) if (version.knownFrom <= knownAt) shown = version;
  return shown === null ? null : { ...row, ...shown.props, id: row.id, type: row.type, shownFrom: shown.knownFrom };
}

/** Whether a claim's article was known at `knownAt`. */
export function supportKnownAt(support: SupportRow, knownAt: string | null): boolean {
  if (knownAt === null) return true;
  const from = typeof support.article.knownFrom === 'string' ? support.article.knownFrom : dateKey(support.article.publishedAt as string | null);
  return from <= knownAt;
}

export type Validity = 'VALID' | 'NOT_YET_VALID' | 'NO_LONGER_VALID';

/** Where `at` falls against the row's displayed validFrom/validTo (validTo exclusive; partial dates by their first day). */
export function validityAt(row: NodeRow, at: string): Validity {
  if (typeof row.validFrom === 'string' && dateKey(row.validFrom) > at) return 'NOT_YET_VALID';
  if (typeof row.validTo === 'string' && dateKey(row.validTo) <= at) return 'NO_LONGER_VALID';
  return 'VALID';
}

/** Whether a row belongs in a list valid at `validAt` (always, without one). */
export const holdsAt = (row: NodeRow, validAt: string | null): boolean => validAt === null || validityAt(row, validAt) === 'VALID';

/** One step of a value's history: from when it showed, on what basis, because of which article. */
export interface HistoryStepRow {
  knownFrom: string;
  knownBasis: Version['knownBasis'];
  articleId: string;
  /** The displayed value as stored (JSON text for object fields), or null when nothing was shown. */
  value: unknown;
}

/**
 * What `field` showed over reporting time, oldest first: one step per change of the value (the first version
 * included, even when it shows nothing), up to `knownAt` when given.
 */
export function historyOf(versions: readonly Version[], field: string, knownAt: string | null): HistoryStepRow[] {
  const steps: HistoryStepRow[] = [];
  for (const version of versions) {
    if (knownAt !== null && version.knownFrom > knownAt) break;
    const value = version.props[field] ?? null;
    const last = steps.at(-1);
    if (last && JSON.stringify(last.value) === JSON.stringify(value)) continue;
    steps.push({ knownFrom: version.knownFrom, knownBasis: version.knownBasis, articleId: version.articleId, value });
  }
  return steps;
}
