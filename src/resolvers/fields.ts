/**
 * Small factories for the resolvers every type repeats: follow a reference,
 * parse a stored value, list claims with evidence. Each keeps a resolver one
 * line long and free of database code. Relation pages: ./relations.ts.
 */
import { MENTIONS, REFERENCES, type ReferenceField } from '../model/graph-model';
import type { Context } from '../context';
import { rankClaims } from '../domain/claims';
import type { Loaders } from '../service/loaders';
import type { NodeRow, SupportRow } from '../domain/rows';

type Resolver<TResult> = (parent: NodeRow, args: unknown, context: Context) => TResult;

/** A node whose id is stored on the parent under `field` (`projectId`, `subjectId`, ...); null when absent. */
export function ref(field: string): Resolver<Promise<NodeRow | null> | null> {
  return (parent, _args, { loaders }) => (typeof parent[field] === 'string' ? loaders.node.load(parent[field] as string) : null);
}

/** The node whose id the parent keeps under `field` and which must exist: a fact's subject or object. */
export function endpoint(field: 'subjectId' | 'objectId'): Resolver<Promise<NodeRow>> {
  return (parent, _args, { loaders }) => loaders.existing(String(parent[field]));
}

/** The target of a reference of the graph model (`project`, `parent`, ...), by the id kept on the holder. */
export const reference = (field: ReferenceField) => ref(REFERENCES[field].idProperty);

/** A value stored as JSON text by ingestion, of the GraphQL type `T` the field declares. */
export function json<T>(field: string): Resolver<T | null> {
  return (parent) => (typeof parent[field] === 'string' ? (JSON.parse(parent[field] as string) as T) : null);
}

function toEvidence(row: SupportRow) {
  return { quote: row.quote ?? null, note: row.note ?? null, article: row.article };
}

function ranked(rows: SupportRow[], via: SupportRow['via']): SupportRow[] {
  const mine = rows.filter((row) => row.via === via);
  const order = rankClaims(mine.map((row) => ({ articleId: row.article.id, publishedAt: (row.article.publishedAt as string | null) ?? null, reliability: row.article.reliability as 'NORMAL' | 'WEAK', row })));
  return order.map((entry) => entry.row);
}

/** Every article's claim on `field`, best first (the first non-WEAK one is the displayed value). */
export function claims<T>(field: string, via: SupportRow['via'] = 'SUPPORTS'): Resolver<Promise<Array<{ value: T; evidence: ReturnType<typeof toEvidence> }>>> {
  return async (parent, _args, { loaders }) =>
    ranked(await loaders.supports.load(parent.id), via)
      .filter((row) => row.claims[field] !== undefined && row.claims[field] !== null)
      .map((row) => ({ value: (typeof row.claims[field] === 'object' ? row.claims[field] : String(row.claims[field])) as T, evidence: toEvidence(row) }));
}

/** The articles stating the node (its facts or attributes), best first. */
export const evidence: Resolver<Promise<Array<ReturnType<typeof toEvidence>>>> = async (parent, _args, { loaders }) => ranked(await loaders.supports.load(parent.id), 'SUPPORTS').map(toEvidence);

/** Evidence of a link: the support rows of `nodeId`, kept to those claiming `field` when given. */
export async function evidenceOf(loaders: Loaders, nodeId: string, field: string | null) {
  const model = field && Object.hasOwn(REFERENCES, field) ? REFERENCES[field as ReferenceField] : null;
  const rows = ranked(await loaders.supports.load(nodeId), model?.via === MENTIONS ? 'MENTIONS' : 'SUPPORTS');
  return rows.filter((row) => field === null || (row.claims[field] !== undefined && row.claims[field] !== null)).map(toEvidence);
}

/** Resolves an interface or union member from the row's `type`, among the member types; null (an error) for any other. */
export function resolveTypeAmong<T extends string>(types: readonly T[]): (row: NodeRow) => T | null {
  return (row) => ((types as readonly string[]).includes(row.type) ? (row.type as T) : null);
}
