/** Deterministic ids of fact nodes, so two articles stating the same fact support one node. */
import type { FactKind } from '../model/graph-model';

/** A fact's id: its kind and endpoints, and a discriminator where one pair of endpoints holds several (an ownership kind, a site role). */
export function factId(kind: FactKind, subject: string, object: string, discriminator?: string): string {
  const parts = [kind.toLowerCase(), subject, object];
  if (discriminator) parts.push(discriminator.toLowerCase());
  return parts.join('--');
}
