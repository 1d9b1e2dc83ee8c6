import type { QueryResolvers } from '../../generated/resolvers';

export const deals: QueryResolvers['deals'] = (_, args, { kb }) => kb.listDeals(args);
