import { parseCapacity, sumCapacity } from '../domain/capacity';
import type { Money, Power, ProjectResolvers } from '../generated/resolvers';
import { claims, evidence, json, reference } from './fields';
import { relationFields } from './relations';

export const Project: ProjectResolvers = {
  ...relationFields('Project'),
  aliases: (project) => (project.aliases as string[] | undefined) ?? [],
  announcedClaims: claims('announced'),
  investment: json<Money>('investment'),
  investmentClaims: claims('investment'),
  targetCapacity: json<Power>('targetCapacity'),
  targetCapacityClaims: claims('targetCapacity'),
  parent: reference('parentProject'),
  evidence,
  async plannedMegawatts(project, _args, { loaders }) {
    return sumCapacity((await loaders.siteCapacities.load(project.id)).map(parseCapacity));
  },
};
