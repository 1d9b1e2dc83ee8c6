import type { Context } from '../context';
import type { PathStep } from '../domain/paths';
import { evidenceOf } from './fields';

export const Step = {
  from: (step: PathStep, _args: unknown, { loaders }: Context) => loaders.node.load(step.fromId),
  to: (step: PathStep, _args: unknown, { loaders }: Context) => loaders.node.load(step.toId),
  evidence: (step: PathStep, _args: unknown, { loaders }: Context) => evidenceOf(loaders, step.evidenceNodeId, step.evidenceField),
};
