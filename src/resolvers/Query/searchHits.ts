import type { QueryResolvers } from '../../generated/resolvers';

export const searchHits: QueryResolvers['searchHits'] = (_, args, { kb }) => kb.searchHits(args.text, args.first);
