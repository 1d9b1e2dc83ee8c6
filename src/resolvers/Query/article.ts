import type { QueryResolvers } from '../../generated/resolvers';

export const article: QueryResolvers['article'] = (_, args, { kb }) => kb.article(args.id);
