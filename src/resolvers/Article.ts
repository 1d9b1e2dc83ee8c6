import type { ArticleResolvers, Attribution, TitleOrigin } from '../generated/resolvers';
import { relationFields } from './relations';

export const Article: ArticleResolvers = {
  ...relationFields('Article'),
  reliability: (article) => (article.reliability === 'WEAK' ? 'WEAK' : 'NORMAL'),
  titleOrigin: (article) => (article.titleOrigin ?? 'PAGE') as TitleOrigin,
  publishedAtInferred: (article) => article.publishedAtInferred === true,
  attribution: (article) => (article.attribution ?? 'MEDIA_REPORT') as Attribution,
};
