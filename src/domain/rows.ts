/** Rows as the stores return them (checked there, src/stores/rows.ts): plain JS values only. */

/** A node's properties. */
export interface NodeRow {
  id: string;
  /** Entity type, fact kind, or "Article". */
  type: string;
  [property: string]: unknown;
}

/** A `SUPPORTS` or `MENTIONS` edge seen from its target: the article, its quote, and the claims it makes. */
export interface SupportRow {
  /** SUPPORTS: the article states a fact or attributes; MENTIONS: it declares the entity. */
  via: 'SUPPORTS' | 'MENTIONS';
  quote: string | null;
  note: string | null;
  claims: Record<string, unknown>;
  article: NodeRow;
}
