import { parseCapacity, sumCapacity } from '../domain/capacity';
import type { Money, Power, ProjectResolvers } from '../generated/resolvers';
import { allClaims, claims, evidence, json, reference, refs } from './fields';
import { dealFields, relationFields } from './relations';

export const Project: ProjectResolvers = {
  ...relationFields('Project'),
  ...dealFields('Project'),
  aliases: (project) => (project.aliases as string[] | undefined) ?? [],
  announcedClaims: claims('announced'),
  announcedBy: refs('announcedBy'),
  investment: json<Money>('investment'),
  investmentClaims: claims('investment'),
  cost: json<Money>('cost'),
  costClaims: claims('cost'),
  horizonClaims: claims('horizon'),
  targetCapacity: json<Power>('targetCapacity'),
  targetCapacityClaims: claims('targetCapacity'),
  parent: reference('parentProject'),
  evidence,
  claims: allClaims,
  async plannedMegawatts(project, _args, { loaders }) {
    return sumCapacity((await loaders.siteCapacities.load(project.id)).map(parseCapacity));
  },
};
