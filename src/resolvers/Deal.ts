import type { Context } from '../context';
import type { NodeRow } from '../domain/rows';
import { claims, evidence, json, ref, related } from './fields';

export const Deal = {
  aliases: (deal: NodeRow) => deal.aliases ?? [],
  statusClaims: claims('status'),
  parties: (deal: NodeRow, _args: unknown, context: Context) => related('partiesByDeal')(deal, { first: 100 }, context),
  value: json('value'),
  valueClaims: claims('value'),
  annualized: json('annualized'),
  term: json('term'),
  termClaims: claims('term'),
  startsClaims: claims('starts'),
  capacity: json('capacity'),
  capacityClaims: claims('capacity'),
  project: ref('projectId'),
  mentions: related('mentionsByEntity'),
  evidence,
};
