import type { Annualized, DealResolvers, Duration, Money, Power } from '../generated/resolvers';
import { claims, evidence, json, reference } from './fields';
import { relationFields } from './relations';

export const Deal: DealResolvers = {
  ...relationFields('Deal'),
  aliases: (deal) => (deal.aliases as string[] | undefined) ?? [],
  statusClaims: claims('status'),
  value: json<Money>('value'),
  valueClaims: claims('value'),
  annualized: json<Annualized>('annualized'),
  term: json<Duration>('term'),
  termClaims: claims('term'),
  startsClaims: claims('starts'),
  capacity: json<Power>('capacity'),
  capacityClaims: claims('capacity'),
  project: reference('project'),
  evidence,
};
