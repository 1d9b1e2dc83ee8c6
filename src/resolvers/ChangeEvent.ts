import type { ChangeEventResolvers } from '../generated/resolvers';

export const ChangeEvent: ChangeEventResolvers = {
  article: (event, _, { kb }) => kb.article(event.articleId),
  target: (event, _, { kb }) => (event.targetId ? kb.node(event.targetId) : null),
};
