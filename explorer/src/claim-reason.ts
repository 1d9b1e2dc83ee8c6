/**
 * Why the API displays the claim it displays, in words. The ranking is the server's own (`rankClaims` of
 * src/domain/claims.ts: sources marked WEAK after the others, then newest first, a partial date at its first day,
 * undated as the oldest, ties by article id), so the sentence cannot drift from the choice it explains. Retracted
 * claims never reach the explorer (the claim lists leave them out by default), which the sentence says too.
 */
import { rankClaims } from '../../src/domain/claims';
import type { ArticleRef } from './api';
import { formatDate, sourceLabel } from './format';

/** The rule texts, in one place: every sentence below is built from these. */
export const DISPLAY_RULES = {
  newest: 'it is the most recent report',
  notWeak: 'from a source not marked weak',
  weak: 'a source marked weak is kept but never displayed',
  undated: 'an undated report counts as the oldest',
  tie: 'reports of the same date are settled by article id',
  retracted: 'Retracted articles are not counted.',
  allWeak: 'No value is displayed: every source is marked weak, and a weak source is kept but never displayed.',
} as const;

/** One source's claim as the explorer holds it: the value and the article stating it. */
export interface ClaimLike<V = unknown> {
  value: V;
  evidence: { article: Pick<ArticleRef, 'id' | 'publisher' | 'originalOutlet' | 'publishedAt' | 'reliability'> };
}

const rankable = <C extends ClaimLike>(claim: C, index: number) => ({
  index,
  articleId: claim.evidence.article.id,
  publishedAt: claim.evidence.article.publishedAt ?? null,
  reliability: claim.evidence.article.reliability === 'WEAK' ? ('WEAK' as const) : ('NORMAL' as const),
});

/**
 * The index of the displayed claim: the best-ranked claim (server order) whose formatted value is the displayed
 * value's; -1 when nothing is displayed or no claim states it.
 */
export function displayedClaimIndex<C extends ClaimLike>(claims: readonly C[], displayed: C['value'] | null | undefined, format: (value: C['value']) => string): number {
  if (displayed == null) return -1;
  const shown = format(displayed);
  const best = rankClaims(claims.map(rankable)).find((c) => format(claims[c.index].value) === shown);
  return best ? best.index : -1;
}

function reportDate(publishedAt: string | null | undefined): string {
  return publishedAt ? `${formatDate(publishedAt)} report` : 'undated report';
}

/**
 * A sentence saying why claim `displayedAt` is the one displayed, and what every disagreeing source says, e.g.
 * "Shown because it is the most recent report from a source not marked weak (CDO Magazine via WSJ, 19 Sep 2025);
 * the 2 Jul 2025 report by Indebta via Financial Times says about $30B a year. Retracted articles are not counted."
 * Null when every claim gives the same value (nothing to explain); the all-weak sentence when nothing is displayed
 * because every source is weak.
 */
export function displayReason<C extends ClaimLike>(claims: readonly C[], displayedAt: number, format: (value: C['value']) => string): string | null {
  const values = new Set(claims.map((c) => format(c.value)));
  if (values.size <= 1 && displayedAt >= 0) return null;
  if (displayedAt < 0) return claims.length && claims.every((c) => c.evidence.article.reliability === 'WEAK') ? DISPLAY_RULES.allWeak : null;
  const shown = claims[displayedAt];
  const shownValue = format(shown.value);
  const shownDate = rankable(shown, displayedAt).publishedAt;
  const others = rankClaims(claims.map(rankable)).filter((c) => format(claims[c.index].value) !== shownValue);
  const notes = new Set<string>();
  const phrases = others.map(({ index, publishedAt, reliability }) => {
    const article = claims[index].evidence.article;
    const extra: string[] = [];
    if (reliability === 'WEAK') {
      extra.push(DISPLAY_RULES.weak);
    } else if (!publishedAt) notes.add(DISPLAY_RULES.undated);
    else if (shownDate && formatDate(publishedAt) === formatDate(shownDate)) notes.add(DISPLAY_RULES.tie);
    const by = `${reportDate(publishedAt)} by ${article.publisher}${article.originalOutlet && article.originalOutlet !== article.publisher ? ` via ${article.originalOutlet}` : ''}`;
    return `the ${by} says ${format(claims[index].value)}${extra.length ? ` (${extra.join('; ')})` : ''}`;
  });
  const because = `Shown because ${DISPLAY_RULES.newest} ${DISPLAY_RULES.notWeak} (${sourceLabel(shown.evidence.article)})`;
  const rules = notes.size ? ` (${[...notes].join('; ')})` : '';
  return `${because}; ${phrases.join('; ')}${rules}. ${DISPLAY_RULES.retracted}`;
}
