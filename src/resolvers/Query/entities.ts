/** `organization`, `person`, `project`, `site` and `deal`: one entity by id or by name. */
import type { EntityLabel } from '../../model/graph-model';
import type { QueryResolvers } from '../../generated/resolvers';
import { prefetchRelations } from '../relations';

const lookup =
  (type: EntityLabel): NonNullable<QueryResolvers['organization']> =>
  async (_, args, { kb, loaders }, info) => {
    if (args.id && !args.name) await prefetchRelations(args.id, type, info, loaders);
    return kb.lookup(type, args);
  };

export const organization = lookup('Organization');
export const person = lookup('Person');
export const project = lookup('Project');
export const site = lookup('Site');
export const deal = lookup('Deal');
