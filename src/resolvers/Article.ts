import { dateKey } from '../domain/claims';
import type { ArticleResolvers, Attribution, KnownBasis, TitleOrigin } from '../generated/resolvers';
import { relationFields } from './relations';

export const Article: ArticleResolvers = {
  ...relationFields('Article'),
  reliability: (article) => (article.reliability === 'WEAK' ? 'WEAK' : 'NORMAL'),
  titleOrigin: (article) => (article.titleOrigin ?? 'PAGE') as TitleOrigin,
  publishedAtInferred: (article) => article.publishedAtInferred === true,
  // An article stored before articles kept these (until the next seed rewrites it) counts from its publication day.
  knownFrom: (article) => (typeof article.knownFrom === 'string' ? article.knownFrom : dateKey(article.publishedAt as string | null)),
  knownBasis: (article) => (article.knownBasis ?? (article.publishedAt ? 'PUBLISHED' : 'INGESTED')) as KnownBasis,
  attribution: (article) => (article.attribution ?? 'MEDIA_REPORT') as Attribution,
};
