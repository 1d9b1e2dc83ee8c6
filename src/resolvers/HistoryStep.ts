import type { HistoryStepResolvers } from '../generated/resolvers';

export const HistoryStep: HistoryStepResolvers = {
  value: (step) => (step.value === null ? null : typeof step.value === 'string' ? step.value : JSON.stringify(step.value)),
  article: (step, _, { kb }) => kb.article(step.articleId),
};
