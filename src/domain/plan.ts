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

/** One `SUPPORTS` edge: this article states `claims` about `target` (a fact or an entity). */
export interface PlannedSupport {
  target: string;
  quote: string | null;
  note: string | null;
  claims: Record<string, unknown>;
}

export interface Plan {
  article: {
    id: string;
    title: string;
    url: string;
    publisher: string;
    originalOutlet: string | null;
    publishedAt: string | null;
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
