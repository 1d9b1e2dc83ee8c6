import type { Annualized, Compute, DealResolvers, Duration, Money, Power } from '../generated/resolvers';
import { allClaims, claims, evidence, json, reference, refs, storedJson } from './fields';
import { relationFields } from './relations';

type StoredAnnualized = Omit<Annualized, 'source'> & { sourceArticleId: string | null };

export const Deal: DealResolvers = {
  ...relationFields('Deal'),
  aliases: (deal) => (deal.aliases as string[] | undefined) ?? [],
  statusClaims: claims('status'),
  value: json<Money>('value'),
  valueClaims: claims('value'),
  cost: json<Money>('cost'),
  costClaims: claims('cost'),
  async annualized(deal, _args, { loaders }) {
    const stored = storedJson<StoredAnnualized>(deal, 'annualized');
    if (!stored) return null;
    const { sourceArticleId, ...figure } = stored;
    return { ...figure, source: sourceArticleId ? await loaders.node.load(sourceArticleId) : null };
  },
  term: json<Duration>('term'),
  termClaims: claims('term'),
  startsClaims: claims('starts'),
  endsClaims: claims('ends'),
  deliveryTargetClaims: claims('deliveryTarget'),
  announcedBy: refs('announcedBy'),
  capacity: json<Power>('capacity'),
  capacityClaims: claims('capacity'),
  compute: json<Compute>('compute'),
  computeClaims: claims('compute'),
  project: reference('project'),
  site: reference('site'),
  evidence,
  claims: allClaims,
};
