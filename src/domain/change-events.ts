/**
 * The change feed's events of one ingestion or retraction, computed from what the touched nodes showed before and
 * after it and from the article's claims before and after. Pure: the ingestion reads both states in its transaction
 * and writes these events in the same one (src/ingest/ingestion.ts), so the feed holds exactly what was committed.
 */
import { DISPLAY_FIELDS, JSON_FIELDS, SET_FIELDS } from './claims';
import { stableStringify } from './stable-json';

export const CHANGE_KINDS = [
  'RETRACTED', 'ENTITY_ADDED', 'FACT_ADDED', 'CLAIM_ADDED', 'VALUE_CHANGED', 'ROLES_CHANGED', 'FACT_REMOVED', 'ENTITY_REMOVED',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A node as one side of the change: its type, whether it is live (an entity or fact not retired), what it shows. */
export interface NodeState {
  id: string;
  type: string | null;
  entity: boolean;
  fact: boolean;
  props: Record<string, unknown>;
}

/** One claim edge of the article: its target, MENTIONS or SUPPORTS (retracted twins count as their live kind), the claims JSON. */
export interface ArticleClaim {
  target: string;
  via: string;
  claims: string | null;
}

/** An event as written to the feed, before it gets its number and time. Values are JSON text, or null for none. */
export interface ChangeDraft {
  kind: ChangeKind;
  targetId: string | null;
  targetType: string | null;
  field: string | null;
  before: string | null;
  after: string | null;
}

/** An event as the feed holds it: numbered, timed, with the article that caused it. */
export interface ChangeRow extends ChangeDraft {
  seq: number;
  at: string;
  articleId: string;
  kind: ChangeKind;
}

/** Fields whose change is an event: every displayed field and set, and an entity's name. */
const WATCHED = [...DISPLAY_FIELDS, ...SET_FIELDS, 'name'].filter((field) => field !== 'roles');

/** A displayed value as JSON text: object fields are stored as JSON text already, everything else is encoded. */
function valueText(props: Record<string, unknown>, field: string): string | null {
  const value = props[field];
  if (value === undefined || value === null) return null;
  return JSON_FIELDS.has(field) && typeof value === 'string' ? value : stableStringify(value);
}

const live = (node: NodeState | undefined) => node !== undefined && (node.entity || node.fact);
const liveVia = (via: string) => via.replace(/^RETRACTED_/, '');

export function changeEvents(input: {
  retracted: boolean;
  claimsBefore: readonly ArticleClaim[];
  claimsAfter: readonly ArticleClaim[];
  before: readonly NodeState[];
  after: readonly NodeState[];
}): ChangeDraft[] {
  const events: ChangeDraft[] = [];
  if (input.retracted) events.push({ kind: 'RETRACTED', targetId: null, targetType: null, field: null, before: null, after: null });

  const beforeById = new Map(input.before.map((n) => [n.id, n]));
  const afterById = new Map(input.after.map((n) => [n.id, n]));
  const ids = [...new Set([...beforeById.keys(), ...afterById.keys()])].sort();
  for (const id of ids) {
    const was = beforeById.get(id);
    const is = afterById.get(id);
    const type = is?.type ?? was?.type ?? null;
    const kindOf = (node: NodeState | undefined) => (node?.fact ? 'FACT' : 'ENTITY');
    if (!live(was) && live(is)) {
      events.push({ kind: `${kindOf(is)}_ADDED`, targetId: id, targetType: type, field: null, before: null, after: null });
      continue;
    }
    if (live(was) && !live(is)) {
      events.push({ kind: `${kindOf(was)}_REMOVED`, targetId: id, targetType: type, field: null, before: null, after: null });
      continue;
    }
    if (!live(was) || !live(is)) continue;
    for (const field of WATCHED) {
      const before = valueText(was!.props, field);
      const after = valueText(is!.props, field);
      if (before !== after) events.push({ kind: 'VALUE_CHANGED', targetId: id, targetType: type, field, before, after });
    }
    const rolesBefore = valueText(was!.props, 'roles');
    const rolesAfter = valueText(is!.props, 'roles');
    if (rolesBefore !== rolesAfter) events.push({ kind: 'ROLES_CHANGED', targetId: id, targetType: type, field: 'roles', before: rolesBefore, after: rolesAfter });
  }

  if (!input.retracted) {
    const key = (c: ArticleClaim) => `${c.target}|${liveVia(c.via)}`;
    const previous = new Map(input.claimsBefore.map((c) => [key(c), c.claims]));
    for (const claim of [...input.claimsAfter].sort((a, b) => key(a).localeCompare(key(b)))) {
      const before = previous.get(key(claim));
      if (before === claim.claims) continue;
      const node = afterById.get(claim.target) ?? beforeById.get(claim.target);
      events.push({ kind: 'CLAIM_ADDED', targetId: claim.target, targetType: node?.type ?? null, field: null, before: before ?? null, after: claim.claims });
    }
  }
  // A stable order: the kinds as listed, then target and field.
  const rank = (kind: ChangeKind) => CHANGE_KINDS.indexOf(kind);
  return events.sort((a, b) => rank(a.kind) - rank(b.kind) || (a.targetId ?? '').localeCompare(b.targetId ?? '') || (a.field ?? '').localeCompare(b.field ?? ''));
}
