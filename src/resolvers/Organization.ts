import type { OrganizationResolvers } from '../generated/resolvers';
import { LIMITS, checkLimit } from '../limits';
import { allClaims, reference } from './fields';
import { dealFields, relationFields } from './relations';

export const Organization: OrganizationResolvers = {
  ...relationFields('Organization'),
  ...dealFields('Organization'),
  aliases: (org) => (org.aliases as string[] | undefined) ?? [],
  parent: reference('parent'),
  claims: allClaims,
  async talentSources(org, args, { loaders }) {
    const first = checkLimit('first', args.first, LIMITS.list);
    return (await loaders.talentSources.load(org.id)).slice(0, first);
  },
  async partners(org, args, { loaders }) {
    const first = checkLimit('first', args.first, LIMITS.list);
    return first === 0 ? [] : loaders.partners.load({ id: org.id, first });
  },
};
