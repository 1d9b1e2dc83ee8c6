import type { Location, Power, SiteResolvers } from '../generated/resolvers';
import { claims, evidence, json, reference } from './fields';
import { relationFields } from './relations';

export const Site: SiteResolvers = {
  ...relationFields('Site'),
  aliases: (site) => (site.aliases as string[] | undefined) ?? [],
  location: json<Location>('location'),
  statusClaims: claims('status'),
  capacity: json<Power>('capacity'),
  capacityClaims: claims('capacity'),
  project: reference('project'),
  evidence,
};
