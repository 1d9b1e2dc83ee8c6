import type { NodeRow } from '../domain/rows';
import { LIMITS } from '../limits';
import { related } from './fields';

const mentions = related('mentionsByArticle');

export const Article = {
  reliability: (article: NodeRow) => article.reliability ?? 'NORMAL',
  mentions: (article: NodeRow, args: { first?: number | null }, context: Parameters<typeof mentions>[2]) =>
    mentions(article, { first: args.first ?? Math.min(50, LIMITS.list.max) }, context),
};
