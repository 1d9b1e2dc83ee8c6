import type { Context } from '../context';
import type { NodeRow } from '../domain/rows';
import { LIMITS, checkLimit } from '../limits';
import { ref, related } from './fields';

export const Organization = {
  aliases: (org: NodeRow) => org.aliases ?? [],
  parent: ref('parentId'),
  subsidiaries: related('subsidiariesByOrganization'),
  hires: related('hiresByOrganization'),
  departures: related('departuresByOrganization'),
  people: related('employmentsByOrganization', 'current'),
  projects: related('participationsByOrganization'),
  deals: related('dealsByOrganization', 'role'),
  sites: related('siteRolesByOrganization'),
  stakes: related('stakesByOrganization'),
  members: related('membersByOrganization'),
  founders: related('foundersByOrganization'),
  mentions: related('mentionsByEntity'),
  async talentSources(org: NodeRow, args: { first?: number | null }, { loaders }: Context) {
    const first = checkLimit('first', args.first, LIMITS.list);
    return (await loaders.talentSources.load(org.id)).slice(0, first);
  },
  async partners(org: NodeRow, args: { first?: number | null }, { loaders }: Context) {
    const first = checkLimit('first', args.first, LIMITS.list);
    if (first === 0) return [];
    const partners = await loaders.partners.load({ id: org.id, first });
    return partners.map((p) => ({ organizationId: p.partnerId, viaIds: p.via }));
  },
};
