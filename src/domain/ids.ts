/** Deterministic ids of fact nodes, so two articles stating the same fact support one node. */
import type { FactKind } from '../model/graph-model';

/** A fact's id: its kind and endpoints, and a discriminator where one pair of endpoints holds several (an ownership kind, a site role). */
export function factId(kind: FactKind, subject: string, object: string, discriminator?: string): string {
  const parts = [kind.toLowerCase(), subject, object];
  if (discriminator) parts.push(discriminator.toLowerCase());
  return parts.join('--');
}

/**
 * A fact id's parts, read back: ids are slugs with single hyphens only, so `--` separates them without ambiguity.
 * Null for an id that is not a fact's.
 */
export function factEnds(id: string): { kind: string; subject: string; object: string; discriminator: string | null } | null {
  const parts = id.split('--');
  if (parts.length < 3 || parts.length > 4) return null;
  return { kind: parts[0], subject: parts[1], object: parts[2], discriminator: parts[3] ?? null };
}
