import type { StepResolvers } from '../generated/resolvers';
import { evidenceOf } from './fields';

export const Step: StepResolvers = {
  from: (step, _args, { loaders }) => loaders.existing(step.fromId),
  to: (step, _args, { loaders }) => loaders.existing(step.toId),
  fact: (step, _args, { loaders }) => (step.factId ? loaders.node.load(step.factId) : null),
  through: (step, _args, { loaders }) => (step.throughId ? loaders.node.load(step.throughId) : null),
  evidence: (step, _args, { loaders }) => evidenceOf(loaders, step.evidenceNodeId, step.evidenceField),
};
