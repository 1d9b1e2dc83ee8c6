import type { QueryResolvers } from '../../generated/resolvers';

export const search: QueryResolvers['search'] = (_, args, { kb }) => kb.search(args.text, args.first);
