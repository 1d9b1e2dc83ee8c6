/**
 * Small factories for the resolvers every type repeats: follow a reference,
 * load a relation page, parse a stored value, list claims with evidence.
 * Each keeps a resolver one line long and free of database code.
 */
import { getArgumentValues, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import type { Context } from '../context';
import type { RelationKey } from '../loaders';
import { rankClaims } from '../domain/claims';
import type { RelationName } from '../domain/relation-store';
import type { NodeRow, SupportRow } from '../domain/rows';
import { LIMITS, checkLimit } from '../limits';

type Resolver<TArgs = Record<string, unknown>> = (parent: NodeRow, args: TArgs, context: Context) => unknown;

/** A node whose id is stored on the parent under `field` (`projectId`, `subjectId`, ...); null when absent. */
export function ref(field: string): Resolver {
  return (parent, _args, { loaders }) => (typeof parent[field] === 'string' ? loaders.node.load(parent[field] as string) : null);
}

interface RelationField {
  relation: RelationName;
  argName?: string;
}

/** Each `related` resolver's relation; then, once the resolver map is built, each relation field by `Type.field`. */
const RELATION_RESOLVERS = new WeakMap<object, RelationField>();
const RELATION_FIELDS = new Map<string, RelationField>();

/**
 * Records which fields of the resolver map are relation pages, so a lookup can prefetch them. By name, because the
 * schema builder binds resolvers to new functions.
 */
export function registerRelationFields(resolvers: Record<string, object>): void {
  for (const [typeName, fields] of Object.entries(resolvers)) {
    for (const [fieldName, resolver] of Object.entries(fields)) {
      const field = typeof resolver === 'function' ? RELATION_RESOLVERS.get(resolver) : undefined;
      if (field) RELATION_FIELDS.set(`${typeName}.${fieldName}`, field);
    }
  }
}

/** The loader key of a relation field; null for `first: 0`. Throws BAD_USER_INPUT for a `first` over the cap. */
function relationKey(id: string, args: { first?: number | null } & Record<string, unknown>, argName?: string): RelationKey | null {
  const first = checkLimit('first', args.first, LIMITS.list);
  const arg = argName ? ((args[argName] as string | boolean | null | undefined) ?? null) : null;
  return first === 0 ? null : { id, first, arg };
}

/** A page of a one-hop relation; `argName` picks the field argument passed as the statement's filter. */
export function related(relation: RelationName, argName?: string): Resolver<{ first?: number | null } & Record<string, unknown>> {
  const resolver: Resolver<{ first?: number | null } & Record<string, unknown>> = (parent, args, { loaders }) => {
    const key = relationKey(parent.id, args, argName);
    return key ? loaders.relation[relation].load(key) : [];
  };
  RELATION_RESOLVERS.set(resolver, { relation, argName });
  return resolver;
}

/** The fields selected directly on `typeName` under the field being resolved, skipping any under a directive. */
function selectedFields(info: GraphQLResolveInfo, typeName: string): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.directives?.length) continue;
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT && (!selection.typeCondition || selection.typeCondition.name.value === typeName)) visit(selection.selectionSet.selections);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        if (fragment?.typeCondition.name.value === typeName) visit(fragment.selectionSet.selections);
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet.selections);
  return fields;
}

/**
 * Starts, as one batch, the relations the query selects on the entity `id` of `typeName` being looked up. Their
 * statements return the entity too, so the lookup that follows is answered from the loader: the entity and its first
 * level of relations cost one round trip instead of two. The relation resolvers then find their pages loaded. Any
 * failure is left to the field that asked for it.
 */
export async function prefetchRelations(id: string, typeName: string, info: GraphQLResolveInfo, loaders: Context['loaders']): Promise<void> {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return;
  const loads: Array<Promise<unknown>> = [];
  for (const node of selectedFields(info, typeName)) {
    const field = type.getFields()[node.name.value];
    const meta = RELATION_FIELDS.get(`${typeName}.${node.name.value}`);
    if (!field || !meta) continue;
    try {
      const key = relationKey(id, getArgumentValues(field, node, info.variableValues), meta.argName);
      if (key) loads.push(loaders.relation[meta.relation].load(key));
    } catch {
      // A bad argument is reported by the field's own resolver.
    }
  }
  await Promise.allSettled(loads);
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
