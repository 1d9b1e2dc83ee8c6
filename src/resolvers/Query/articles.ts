import type { QueryResolvers } from '../../generated/resolvers';

export const articles: QueryResolvers['articles'] = (_, args, { kb }) => kb.listArticles(args);
