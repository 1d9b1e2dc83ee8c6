import type { StepResolvers } from '../generated/resolvers';
import { evidenceOf } from './fields';

export const Step: StepResolvers = {
  from: (step, _args, { loaders }) => loaders.existing(step.fromId),
  to: (step, _args, { loaders }) => loaders.existing(step.toId),
  fact: (step, _args, { loaders }) => (step.factId ? loaders.node.load(step.factId) : null),
  async through(step, _args, { loaders }) {
    if (!step.throughFactId) return null;
    const fact = await loaders.node.load(step.throughFactId);
    return fact && typeof fact.subjectId === 'string' ? loaders.node.load(fact.subjectId) : null;
  },
  evidence: (step, _args, { loaders }) => evidenceOf(loaders, step.evidenceNodeId, step.evidenceField),
};
