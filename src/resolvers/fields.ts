/**
 * Small factories for the resolvers every type repeats: follow a reference,
 * load a relation page, parse a stored value, list claims with evidence.
 * Each keeps a resolver one line long and free of database code.
 */
import type { Context } from '../context';
import { rankClaims } from '../domain/claims';
import type { RelationName } from '../domain/relation-store';
import type { NodeRow, SupportRow } from '../domain/rows';
import { LIMITS, checkLimit } from '../limits';

type Resolver<TArgs = Record<string, unknown>> = (parent: NodeRow, args: TArgs, context: Context) => unknown;

/** A node whose id is stored on the parent under `field` (`projectId`, `subjectId`, ...); null when absent. */
export function ref(field: string): Resolver {
  return (parent, _args, { loaders }) => (typeof parent[field] === 'string' ? loaders.node.load(parent[field] as string) : null);
}

/** A page of a one-hop relation; `argName` picks the field argument passed as the statement's filter. */
export function related(relation: RelationName, argName?: string): Resolver<{ first?: number | null } & Record<string, unknown>> {
  return (parent, args, { loaders }) => {
    const first = checkLimit('first', args.first, LIMITS.list);
    const arg = argName ? ((args[argName] as string | boolean | null | undefined) ?? null) : null;
    return first === 0 ? [] : loaders.relation[relation].load({ id: parent.id, first, arg });
  };
}

/** A value stored as JSON text. */
export function json(field: string): Resolver {
  return (parent) => (typeof parent[field] === 'string' ? JSON.parse(parent[field] as string) : null);
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
export function claims(field: string, via: SupportRow['via'] = 'SUPPORTS'): Resolver {
  return async (parent, _args, { loaders }) =>
    ranked(await loaders.supports.load(parent.id), via)
      .filter((row) => row.claims[field] !== undefined && row.claims[field] !== null)
      .map((row) => ({ value: typeof row.claims[field] === 'object' ? row.claims[field] : String(row.claims[field]), evidence: toEvidence(row) }));
}

/** The articles stating the node (its facts or attributes), best first. */
export const evidence: Resolver = async (parent, _args, { loaders }) => ranked(await loaders.supports.load(parent.id), 'SUPPORTS').map(toEvidence);

/** Evidence of a link: the support rows of `nodeId`, kept to those claiming `field` when given. */
export async function evidenceOf(loaders: Context['loaders'], nodeId: string, field: string | null, via: SupportRow['via'] = 'SUPPORTS') {
  const rows = ranked(await loaders.supports.load(nodeId), field === 'parent' ? 'MENTIONS' : via);
  return rows.filter((row) => field === null || (row.claims[field] !== undefined && row.claims[field] !== null)).map(toEvidence);
}

/** Resolves an interface or union member from the row's `type`. */
export function resolveType(row: NodeRow): string {
  return row.type;
}
