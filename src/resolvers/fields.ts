/**
 * Small factories for the resolvers every type repeats: follow a reference,
 * parse a stored value, list claims with their own evidence. Each keeps a
 * resolver one line long and free of database code. Relation pages: ./relations.ts.
 *
 * The rule they keep: a claim's evidence is that claim's own (its quote states
 * that value); the quote on the support edge itself states only that the node
 * exists, and is shown only as that.
 */
import { MENTIONS, REFERENCES, type ReferenceField } from '../model/graph-model';
import type { Context } from '../context';
import { DISPLAY_FIELDS, displayedSet, rankClaims, SET_FIELDS } from '../domain/claims';
import { historyOf, storedVersions, validityAt, type HistoryStepRow, type Validity } from '../domain/as-of';
import { BadUserInputError } from '../errors';
import type { Loaders } from '../service/loaders';
import type { ClaimRow, EvidenceRow, NodeRow, SupportRow } from '../domain/rows';

type Resolver<TResult, TArgs = unknown> = (parent: NodeRow, args: TArgs, context: Context) => TResult;
type RetractedArgs = { includeRetracted?: boolean | null };

/** A node whose id is stored on the parent under `field` (`projectId`, `subjectId`, ...); null when absent. */
export function ref(field: string): Resolver<Promise<NodeRow | null> | null> {
  return (parent, _args, { loaders }) => (typeof parent[field] === 'string' ? loaders.node.load(parent[field] as string) : null);
}

/** The nodes whose ids the parent keeps in the list `field` (`announcedBy`), those that exist. */
export function refs(field: string): Resolver<Promise<NodeRow[]>> {
  return async (parent, _args, { loaders }) => {
    const ids = Array.isArray(parent[field]) ? (parent[field] as string[]) : [];
    return (await Promise.all(ids.map((id) => loaders.node.load(id)))).filter((row): row is NodeRow => row !== null);
  };
}

/** The node whose id the parent keeps under `field` and which must exist: a fact's subject or object. */
export function endpoint(field: 'subjectId' | 'objectId'): Resolver<Promise<NodeRow>> {
  return (parent, _args, { loaders }) => loaders.existing(String(parent[field]));
}

/** The target of a reference of the graph model (`project`, `parent`, ...), by the id kept on the holder. */
export const reference = (field: ReferenceField) => ref(REFERENCES[field].idProperty);

/** A value stored as JSON text by ingestion, of the GraphQL type `T` the field declares. */
export function json<T>(field: string): Resolver<T | null> {
  return (parent) => storedJson<T>(parent, field);
}

/** The stored JSON value of `field` on a row, or null: for resolvers that go on from it. */
export function storedJson<T>(row: NodeRow, field: string): T | null {
  return typeof row[field] === 'string' ? (JSON.parse(row[field] as string) as T) : null;
}

/** A list property (a role set), empty when absent. */
export function list(field: string): Resolver<string[]> {
  return (parent) => (Array.isArray(parent[field]) ? (parent[field] as string[]) : []);
}

const articleAttribution = (row: SupportRow): string => (typeof row.article.attribution === 'string' ? row.article.attribution : 'MEDIA_REPORT');

/** The evidence of one claim of `row`, under `key` (a field, or `roles.<ROLE>`): its own quote or none, never the edge's. */
export function claimEvidence(row: SupportRow, key: string): EvidenceRow {
  const own = row.evidence[key] ?? {};
  // A role inherits who stands behind the part it belongs to (a party's attribution), then the article's.
  const inherited = key.includes('.') ? row.attribution : null;
  return {
    quote: own.quote ?? null,
    note: own.note ?? null,
    attribution: (own.attribution ?? inherited ?? articleAttribution(row)),
    speaker: own.speaker ?? (key.includes('.') ? row.speaker : null),
    recordedAt: row.ingestedAt,
    retractedAt: row.retractedAt,
    article: row.article,
  };
}

/** The evidence that the row's target exists at all: the edge's own quote. */
export function existenceEvidence(row: SupportRow): EvidenceRow {
  return {
    quote: row.quote,
    note: row.note,
    attribution: (row.attribution ?? articleAttribution(row)),
    speaker: row.speaker,
    recordedAt: row.ingestedAt,
    retractedAt: row.retractedAt,
    article: row.article,
  };
}

/** Rows of one kind, live ones first and best first (retracted only when asked for). */
function ranked(rows: SupportRow[], via: SupportRow['via'], includeRetracted = false): SupportRow[] {
  const mine = rows.filter((row) => row.via === via && (includeRetracted || row.retractedAt === null));
  const order = rankClaims(mine.map((row) => ({ articleId: row.article.id, publishedAt: (row.article.publishedAt as string | null) ?? null, reliability: row.article.reliability as 'NORMAL' | 'WEAK', row })));
  return [...order.filter((entry) => entry.row.retractedAt === null), ...order.filter((entry) => entry.row.retractedAt !== null)].map((entry) => entry.row);
}

const states = (row: SupportRow, field: string) => row.claims[field] !== undefined && row.claims[field] !== null;
const isDisplayable = (row: SupportRow) => row.retractedAt === null && row.article.reliability !== 'WEAK';

/** Every article's claim on `field`, best first; `displayed` marks the one shown (the first live non-WEAK one). */
export function claims<T>(field: string, via: SupportRow['via'] = 'SUPPORTS'): Resolver<Promise<Array<{ value: T; displayed: boolean; evidence: EvidenceRow }>>, RetractedArgs> {
  return async (parent, args, { loaders }) => {
    const rows = ranked(await loaders.supports.load(parent.id), via, args.includeRetracted === true).filter((row) => states(row, field));
    const shown = rows.find(isDisplayable);
    return rows.map((row) => ({ value: (typeof row.claims[field] === 'object' ? row.claims[field] : String(row.claims[field])) as T, displayed: row === shown, evidence: claimEvidence(row, field) }));
  };
}

/** Each member of the role set `field`, with every article stating it; `displayed` when it is in the shown set. */
export function roleClaims(field = 'roles'): Resolver<Promise<Array<{ role: string; displayed: boolean; evidence: EvidenceRow[] }>>, RetractedArgs> {
  return async (parent, args, { loaders }) => {
    const rows = ranked(await loaders.supports.load(parent.id), 'SUPPORTS', args.includeRetracted === true).filter((row) => Array.isArray(row.claims[field]));
    const shown = new Set(displayedSet(rows.filter((row) => row.retractedAt === null).map((row) => ({ reliability: row.article.reliability as 'NORMAL' | 'WEAK', values: row.claims })), field));
    const members = [...new Set(rows.flatMap((row) => row.claims[field] as string[]))].sort();
    return members.map((role) => ({
      role,
      displayed: shown.has(role),
      evidence: rows.filter((row) => (row.claims[field] as string[]).includes(role)).map((row) => claimEvidence(row, `${field}.${role}`)),
    }));
  };
}

/** The articles stating that the node exists (its facts or attributes), best first, each with the edge's own evidence. */
export const evidence: Resolver<Promise<EvidenceRow[]>, RetractedArgs> = async (parent, args, { loaders }) =>
  ranked(await loaders.supports.load(parent.id), 'SUPPORTS', args.includeRetracted === true).map(existenceEvidence);

/** Evidence of a link: the live rows of `nodeId` claiming `field` (with that claim's evidence), or its existence. */
export async function evidenceOf(loaders: Loaders, nodeId: string, field: string | null): Promise<EvidenceRow[]> {
  const model = field && Object.hasOwn(REFERENCES, field) ? REFERENCES[field as ReferenceField] : null;
  const rows = ranked(await loaders.supports.load(nodeId), model?.via === MENTIONS ? 'MENTIONS' : 'SUPPORTS');
  if (field === null) return rows.map(existenceEvidence);
  return rows.filter((row) => states(row, field)).map((row) => claimEvidence(row, field));
}

/** Every claim on the node, one per (article, field, value): role sets one claim per member, and `exists` per fact edge. */
export const allClaims: Resolver<Promise<ClaimRow[]>, RetractedArgs & { field?: string | null }> = async (parent, args, { loaders }) => {
  const supports = await loaders.supports.load(parent.id);
  const out: ClaimRow[] = [];
  for (const via of ['MENTIONS', 'SUPPORTS'] as const) {
    const rows = ranked(supports, via, args.includeRetracted === true);
    const fields = [...new Set(rows.flatMap((row) => Object.keys(row.claims)))].sort();
    if (via === 'SUPPORTS' && rows.length > 0) fields.unshift('exists');
    for (const field of fields) {
      if (args.field && args.field !== field) continue;
      if (field === 'exists') {
        rows.forEach((row) => out.push({ field, value: 'true', displayed: row.retractedAt === null, evidence: existenceEvidence(row) }));
        continue;
      }
      const stating = rows.filter((row) => states(row, field));
      if (SET_FIELDS.has(field)) {
        const shown = new Set(Array.isArray(parent[field]) ? (parent[field] as string[]) : []);
        for (const row of stating) {
          for (const member of row.claims[field] as string[]) {
            out.push({ field, value: member, displayed: shown.has(member) && isDisplayable(row), evidence: claimEvidence(row, `${field}.${member}`) });
          }
        }
        continue;
      }
      const shown = stating.find(isDisplayable);
      for (const row of stating) {
        const value = row.claims[field];
        out.push({ field, value: typeof value === 'string' ? value : JSON.stringify(value), displayed: row === shown, evidence: claimEvidence(row, field) });
      }
    }
  }
  return out;
};

/** Resolves an interface or union member from the row's `type`, among the member types; null (an error) for any other. */
export function resolveTypeAmong<T extends string>(types: readonly T[]): (row: NodeRow) => T | null {
  return (row) => ((types as readonly string[]).includes(row.type) ? (row.type as T) : null);
}

/** Fields `history` answers for: what ingestion displays, and an entity's names. */
const HISTORY_FIELDS = new Set<string>([...DISPLAY_FIELDS, ...SET_FIELDS, 'name', 'aliases']);

/** `history(field:)`: the steps of one displayed value over reporting time, up to the request's knownAt. */
export const history: Resolver<HistoryStepRow[], { field: string }> = (parent, { field }, { loaders }) => {
  if (!HISTORY_FIELDS.has(field)) {
    throw new BadUserInputError(`history takes a displayed field (${[...HISTORY_FIELDS].sort().join(', ')}); got ${JSON.stringify(field.slice(0, 40))}.`, { argument: 'field' });
  }
  return historyOf(storedVersions(parent) ?? [], field, loaders.asOf().knownAt);
};

/** `validity`: on the request's validAt day, or today. */
export const validity: Resolver<Validity> = (parent, _args, { loaders }) => validityAt(parent, loaders.asOf().validAt ?? new Date().toISOString().slice(0, 10));
