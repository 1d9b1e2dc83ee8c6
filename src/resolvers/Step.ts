import type { StepResolvers } from '../generated/resolvers';
import { evidenceOf } from './fields';

export const Step: StepResolvers = {
  from: (step, _args, { loaders }) => loaders.existing(step.fromId),
  to: (step, _args, { loaders }) => loaders.existing(step.toId),
  evidence: (step, _args, { loaders }) => evidenceOf(loaders, step.evidenceNodeId, step.evidenceField),
};
