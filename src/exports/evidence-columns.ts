/** The evidence columns every export's CSV ends with. */

export interface ExportedEvidence {
  quote: string | null;
  article: { publisher: string; publishedAt: string | null; url: string };
}

/** What joins the items of a list column. */
export const LIST_SEPARATOR = ' | ';

export const EVIDENCE_COLUMNS = ['evidence_count', 'evidence_quotes', 'evidence_publishers', 'evidence_dates', 'evidence_urls'] as const;

/**
 * Four aligned lists: the n-th quote, publisher, date and URL belong to the same article, and a missing quote or date
 * is an empty item, so each list has `evidence_count` items.
 */
export function evidenceColumns(evidence: readonly ExportedEvidence[]): Record<(typeof EVIDENCE_COLUMNS)[number], string | number> {
  return {
    evidence_count: evidence.length,
    evidence_quotes: evidence.map((e) => e.quote ?? '').join(LIST_SEPARATOR),
    evidence_publishers: evidence.map((e) => e.article.publisher).join(LIST_SEPARATOR),
    evidence_dates: evidence.map((e) => e.article.publishedAt ?? '').join(LIST_SEPARATOR),
    evidence_urls: evidence.map((e) => e.article.url).join(LIST_SEPARATOR),
  };
}
