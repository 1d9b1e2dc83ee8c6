import type { Context } from '../context';
import type { NodeRow } from '../domain/rows';
import { claims, evidence, json, ref, related } from './fields';

async function organizationsInRole(site: NodeRow, role: 'OPERATOR' | 'DEVELOPER', { loaders }: Context) {
  const roles = await loaders.relation.siteRolesBySite.load({ id: site.id, first: 100, arg: role });
  return loaders.node.loadMany(roles.map((r) => r.subjectId as string));
}

export const Site = {
  aliases: (site: NodeRow) => site.aliases ?? [],
  location: json('location'),
  statusClaims: claims('status'),
  capacity: json('capacity'),
  capacityClaims: claims('capacity'),
  project: ref('projectId'),
  operators: (site: NodeRow, _args: unknown, context: Context) => organizationsInRole(site, 'OPERATOR', context),
  developers: (site: NodeRow, _args: unknown, context: Context) => organizationsInRole(site, 'DEVELOPER', context),
  mentions: related('mentionsByEntity'),
  evidence,
};
