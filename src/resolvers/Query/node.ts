import type { QueryResolvers } from '../../generated/resolvers';

export const node: QueryResolvers['node'] = (_, args, { kb }) => kb.node(args.id);
