import type { Compute, Location, Money, Power, SiteResolvers } from '../generated/resolvers';
import { allClaims, claims, evidence, json, reference, refs } from './fields';
import { dealFields, relationFields } from './relations';

export const Site: SiteResolvers = {
  ...relationFields('Site'),
  ...dealFields('Site'),
  aliases: (site) => (site.aliases as string[] | undefined) ?? [],
  location: json<Location>('location'),
  statusClaims: claims('status'),
  capacity: json<Power>('capacity'),
  capacityClaims: claims('capacity'),
  compute: json<Compute>('compute'),
  computeClaims: claims('compute'),
  cost: json<Money>('cost'),
  costClaims: claims('cost'),
  onlineClaims: claims('online'),
  announcedBy: refs('announcedBy'),
  project: reference('project'),
  evidence,
  claims: allClaims,
};
