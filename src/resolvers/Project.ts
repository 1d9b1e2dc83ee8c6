import type { Context } from '../context';
import { parseCapacity, sumCapacity } from '../domain/capacity';
import type { NodeRow } from '../domain/rows';
import { claims, evidence, json, ref, related } from './fields';

export const Project = {
  aliases: (project: NodeRow) => project.aliases ?? [],
  announcedClaims: claims('announced'),
  investment: json('investment'),
  investmentClaims: claims('investment'),
  targetCapacity: json('targetCapacity'),
  targetCapacityClaims: claims('targetCapacity'),
  parent: ref('parentProjectId'),
  offshoots: related('offshootsByProject'),
  partners: related('participationsByProject'),
  sites: related('sitesByProject'),
  deals: related('dealsByProject'),
  mentions: related('mentionsByEntity'),
  evidence,
  async plannedMegawatts(project: NodeRow, _args: unknown, { loaders }: Context) {
    return sumCapacity((await loaders.siteCapacities.load(project.id)).map(parseCapacity));
  },
};
