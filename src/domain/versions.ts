/**
 * Reporting time ("known at"): when the knowledge base could first have known a claim, and what a node displayed as
 * its claims arrived. Pure functions; ingestion stores their results, reads select from them.
 *
 * An article is known from its publishedAt at its precision (a partial date counts from its first day); an undated
 * article from when it was retrieved, if that was recorded, else from when it was first ingested. The basis is kept
 * with the key so an answer can say which one it used. Retracted articles are no live claims, so they never count.
 */
import { dateKey, resolveNode, type Claim, type Resolved } from './claims';

export type KnownBasis = 'PUBLISHED' | 'RETRIEVED' | 'INGESTED';

export interface Known {
  /** First-day key, YYYY-MM-DD. */
  knownFrom: string;
  knownBasis: KnownBasis;
}

/** The first day of a partial date or of an ISO timestamp ("2025-07-15T10:00:00Z" → "2025-07-15"). */
const dayOf = (value: string): string => dateKey(value.slice(0, 10));

/** When an article became known, and on what basis. `ingestedAt` is its first ingestion, kept across updates. */
export function knownFrom(article: { publishedAt: string | null; retrievedAt: string | null }, ingestedAt: string): Known {
  if (article.publishedAt) return { knownFrom: dayOf(article.publishedAt), knownBasis: 'PUBLISHED' };
  if (article.retrievedAt) return { knownFrom: dayOf(article.retrievedAt), knownBasis: 'RETRIEVED' };
  return { knownFrom: dayOf(ingestedAt), knownBasis: 'INGESTED' };
}

/** Properties kept for search and name checks, never displayed: not part of a version. */
const NOT_SHOWN = new Set(['searchText', 'normName', 'roleKey', 'allowSimilarName']);
const shownProps = (props: Resolved['props']): Resolved['props'] => Object.fromEntries(Object.entries(props).filter(([key]) => !NOT_SHOWN.has(key)));

/** A claim with the time its article became known. */
export type KnownClaim = Claim & Known;

/** One displayed state of a node: from `knownFrom` on (until the next version), as the article `articleId` made it. */
export interface Version extends Known {
  /** The article whose arrival produced this state (the first of them, by id, when several arrived on one day). */
  articleId: string;
  props: Resolved['props'];
}

/**
 * The states a node displayed over reporting time, oldest first: for each distinct knownFrom of its claims, the node
 * resolved from the claims known by that day; a state equal to the one before is left out (a later article that only
 * repeats what was shown changes nothing). Empty when there are no claims.
 */
export function resolveVersions(type: string, claims: readonly KnownClaim[]): Version[] {
  const days = [...new Set(claims.map((c) => c.knownFrom))].sort();
  const versions: Version[] = [];
  let last: string | null = null;
  for (const day of days) {
    const known = claims.filter((c) => c.knownFrom <= day);
    const props = shownProps(resolveNode(type, known).props);
    const text = JSON.stringify(props);
    if (text === last) continue;
    last = text;
    const arriving = claims.filter((c) => c.knownFrom === day).sort((a, b) => a.articleId.localeCompare(b.articleId))[0];
    versions.push({ knownFrom: day, knownBasis: arriving.knownBasis, articleId: arriving.articleId, props });
  }
  return versions;
}

/** The version shown as known at `at` (a partial date, compared by its first day); null when nothing was known yet. */
export function versionAt<T extends Known>(versions: readonly T[], at: string): T | null {
  const key = dateKey(at);
  let found: T | null = null;
  for (const version of versions) if (version.knownFrom <= key) found = version;
  return found;
}

/** Whether a fact valid from `validFrom` until `validTo` (exclusive; partial dates by their first day) holds at `at`. */
export function validAt(validFrom: string | null | undefined, validTo: string | null | undefined, at: string): boolean {
  const key = dateKey(at);
  if (validFrom && dateKey(validFrom) > key) return false;
  if (validTo && dateKey(validTo) <= key) return false;
  return true;
}
