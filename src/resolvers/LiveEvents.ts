import type { DealChangeResolvers, HireAddedResolvers } from '../generated/resolvers';

export const DealChange: DealChangeResolvers = {
  deal: (change, _, { kb }) => kb.node(change.dealId),
  article: (change, _, { kb }) => kb.article(change.articleId),
};

export const HireAdded: HireAddedResolvers = {
  hire: (added, _, { kb }) => kb.node(added.hireId),
  article: (added, _, { kb }) => kb.article(added.articleId),
};
