/**
 * Relation fields, read from the graph model's relation-field table (RELATION_FIELDS): the resolvers of each
 * type's relation fields and the prefetch of a lookup by id both come from that one table, so a field the model
 * lists is resolved and prefetched the same way, and nothing registers itself at import time.
 */
import { getArgumentValues, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { ENTITY_LABELS, RELATION_FIELDS, RELATION_NAMES, type RelationFieldModel, type RelationName } from '../model/graph-model';
import type { Context } from '../context';
import { LIMITS, checkLimit } from '../limits';
import type { Loaders, RelationKey } from '../service/loaders';
import type { NodeRow } from '../domain/rows';

type FieldArgs = { first?: number | null } & Record<string, unknown>;
type RelationResolver = (parent: NodeRow, args: FieldArgs, context: Context) => Promise<NodeRow[]> | NodeRow[] | Promise<NodeRow | null>;

/** The relation fields of a GraphQL type: its own, and for an entity type those of the `Entity` interface. */
function appliesTo(field: RelationFieldModel, typeName: string): boolean {
  return field.parent === typeName || (field.parent === 'Entity' && (ENTITY_LABELS as readonly string[]).includes(typeName));
}

/**
 * The loader key of a relation field; null for `first: 0`. Throws BAD_USER_INPUT for a `first` over the cap. A
 * single-valued field reads one row; a model-fixed filter value wins over any argument.
 */
function relationKey(model: RelationFieldModel, id: string, args: FieldArgs): RelationKey | null {
  const first = model.single ? 1 : checkLimit('first', args.first, LIMITS.list);
  const filter = model.filter;
  const arg = filter?.value ?? (filter?.arg ? ((args[filter.arg] as string | boolean | null | undefined) ?? null) : null);
  return first === 0 ? null : { id, first, arg };
}

function relationResolver(name: RelationName): RelationResolver {
  const model: RelationFieldModel = RELATION_FIELDS[name];
  if (model.single) {
    // The one row's far end: for `currentEmployer`, the organization of the employment.
    return async (parent, args, { loaders }) => {
      const key = relationKey(model, parent.id, args);
      const [row] = key ? await loaders.relation[name].load(key) : [];
      const farId = row ? (row.subjectId === parent.id ? row.objectId : row.subjectId) : null;
      return typeof farId === 'string' ? loaders.node.load(farId) : null;
    };
  }
  return (parent, args, { loaders }) => {
    const key = relationKey(model, parent.id, args);
    return key ? loaders.relation[name].load(key) : [];
  };
}

/** Relation names by `Type.field`, for every concrete type the model's table applies to. */
const BY_TYPE_FIELD = new Map<string, RelationName>();
for (const name of RELATION_NAMES) {
  const model: RelationFieldModel = RELATION_FIELDS[name];
  for (const typeName of [...ENTITY_LABELS, 'Article']) if (appliesTo(model, typeName)) BY_TYPE_FIELD.set(`${typeName}.${model.field}`, name);
}

/** Resolvers for the relation fields of `typeName`, by field name. */
export function relationFields(typeName: string): Record<string, RelationResolver> {
  return Object.fromEntries(RELATION_NAMES.filter((name) => appliesTo(RELATION_FIELDS[name], typeName)).map((name) => [RELATION_FIELDS[name].field, relationResolver(name)]));
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
export async function prefetchRelations(id: string, typeName: string, info: GraphQLResolveInfo, loaders: Loaders): Promise<void> {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return;
  const loads: Array<Promise<unknown>> = [];
  for (const node of selectedFields(info, typeName)) {
    const field = type.getFields()[node.name.value];
    const name = BY_TYPE_FIELD.get(`${typeName}.${node.name.value}`);
    if (!field || !name) continue;
    try {
      const args = getArgumentValues(field, node, info.variableValues);
      // A filtered `deals` is answered by the deal service, not by the relation (see dealFields).
      if (args.filter) continue;
      const key = relationKey(RELATION_FIELDS[name], id, args);
      if (key) loads.push(loaders.relation[name].load(key));
    } catch {
      // A bad argument is reported by the field's own resolver.
    }
  }
  await Promise.allSettled(loads);
}

/**
 * `deals(filter:)` and `dealsPage` of an organization, project or site: without a filter `deals` is the relation field
 * of the model (prefetched with a lookup); with one, and for every `dealsPage`, a page of the deal service, batched
 * over the parents asking the same.
 */
export function dealFields(typeName: 'Organization' | 'Project' | 'Site') {
  const name: RelationName = typeName === 'Organization' ? 'dealsByOrganization' : typeName === 'Project' ? 'dealsByProject' : 'dealsBySite';
  const unfiltered = relationResolver(name);
  return {
    deals(parent: NodeRow, args: FieldArgs, context: Context) {
      if (!args.filter) return unfiltered(parent, args, context) as Promise<NodeRow[]> | NodeRow[];
      return context.kb.nestedDeals(typeName, parent.id, args as Parameters<Context['kb']['nestedDeals']>[2]);
    },
    dealsPage(parent: NodeRow, args: FieldArgs, { kb }: Context) {
      return kb.nestedDealsPage(typeName, parent.id, args as Parameters<Context['kb']['nestedDealsPage']>[2]);
    },
  };
}
