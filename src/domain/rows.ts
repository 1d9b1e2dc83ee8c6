/** Rows as the stores return them (checked there, src/stores/rows.ts): plain JS values only. */

/** A node's properties. */
export interface NodeRow {
  id: string;
  /** Entity type, fact kind, or "Article". */
  type: string;
  [property: string]: unknown;
}

import type { ClaimEvidence } from './plan';

/**
 * A `SUPPORTS` or `MENTIONS` edge (or its retracted twin) seen from its target: the article, the claims it makes
 * (field → value), each claim's own evidence, and the evidence that the target exists (`quote`, `note`, ...).
 */
export interface SupportRow {
  /** SUPPORTS: the article states a fact or attributes; MENTIONS: it declares the entity. */
  via: 'SUPPORTS' | 'MENTIONS';
  quote: string | null;
  note: string | null;
  attribution: string | null;
  speaker: string | null;
  claims: Record<string, unknown>;
  /** By field, and by `roles.<ROLE>` for a member of a role set. */
  evidence: Record<string, ClaimEvidence>;
  /** When the article's claims were recorded (all at once, when it was last ingested). */
  ingestedAt: string | null;
  /** When the article was retracted; null for a live claim. */
  retractedAt: string | null;
  article: NodeRow;
}

/** One article's evidence for one claim, as resolvers return it: the claim's own quote or none. */
export interface EvidenceRow {
  quote: string | null;
  note: string | null;
  /** One of the Attribution enum's values. */
  attribution: string;
  speaker: string | null;
  recordedAt: string | null;
  retractedAt: string | null;
  article: NodeRow;
}

/** One claim of a node: field, value as text, whether it is the displayed one, its evidence. */
export interface ClaimRow {
  field: string;
  value: string;
  displayed: boolean;
  evidence: EvidenceRow;
}
