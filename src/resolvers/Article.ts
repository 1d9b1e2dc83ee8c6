import type { ArticleResolvers } from '../generated/resolvers';
import { relationFields } from './relations';

export const Article: ArticleResolvers = {
  ...relationFields('Article'),
  reliability: (article) => (article.reliability === 'WEAK' ? 'WEAK' : 'NORMAL'),
};
