/** `organization`, `person`, `project`, `site` and `deal`: one entity by id or by name. */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import type { EntityType } from '../../ingest/news-schema';
import { prefetchRelations } from '../fields';

type Args = { id?: string | null; name?: string | null };
const lookup = (type: EntityType) => async (_: unknown, args: Args, { kb, loaders }: Context, info: GraphQLResolveInfo) => {
  if (args.id && !args.name) await prefetchRelations(args.id, type, info, loaders);
  return kb.lookup(type, args);
};

export const organization = lookup('Organization');
export const person = lookup('Person');
export const project = lookup('Project');
export const site = lookup('Site');
export const deal = lookup('Deal');
