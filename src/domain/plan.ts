/**
 * The write plan of one curated file: what ingestion computes (pure, src/ingest/normalize.ts) and the ingest store
 * writes in one transaction. Here so both sides share it without the store importing ingestion.
 */
import type { EntityLabel, FactKind } from '../model/graph-model';

export interface PlannedEntity {
  id: string;
  type: EntityLabel;
  /** The article's declaration: name, aliases, and organization attributes. */
  claims: Record<string, unknown>;
}

export interface PlannedFact {
  id: string;
  label: FactKind;
  subject: string;
  object: string;
}

/** The evidence of one claim: its own verbatim quote (or none), a curator note, who stands behind it. */
export interface ClaimEvidence {
  quote?: string;
  note?: string;
  attribution?: string;
  speaker?: string;
}

/**
 * One `SUPPORTS` edge: this article states `claims` (field → value) about `target` (a fact or an entity).
 * `quote`, `note`, `attribution` and `speaker` are the evidence that the target exists at all (the hire happened,
 * Oracle is a party); `evidence` holds each value claim's own evidence, by field, and by `roles.<ROLE>` for each
 * member of a role set. A value without an entry there has no quote: no quote is ever borrowed from another field.
 */
export interface PlannedSupport {
  target: string;
  quote: string | null;
  note: string | null;
  attribution: string | null;
  speaker: string | null;
  claims: Record<string, unknown>;
  evidence: Record<string, ClaimEvidence>;
}

export interface Plan {
  article: {
    id: string;
    title: string;
    url: string;
    publisher: string;
    titleOrigin: 'PAGE' | 'URL_SLUG' | 'CURATOR';
    originalOutlet: string | null;
    publishedAt: string | null;
    publishedAtInferred: boolean;
    attribution: string;
    retrievedAt: string | null;
    language: string;
    reliability: 'NORMAL' | 'WEAK';
    summary: string;
    dossierRef: string | null;
  };
  entities: PlannedEntity[];
  facts: PlannedFact[];
  supports: PlannedSupport[];
  /** Hash of everything above; equal hashes mean an unchanged file. */
  hash: string;
}
