/** Resolvers of the fact types: endpoints by stored id, claims and evidence from support edges. */
import type { Context } from '../context';
import type { NodeRow } from '../domain/rows';
import type { TalentFlowRow } from '../loaders';
import { LIMITS, checkLimit } from '../limits';
import { claims, evidence, json, ref } from './fields';

const subject = ref('subjectId');
const object = ref('objectId');

export const Employment = {
  person: subject,
  organization: object,
  titleClaims: claims('title'),
  startClaims: claims('start'),
  tenure: json('tenure'),
  tenureClaims: claims('tenure'),
  evidence,
};

export const Hire = {
  person: subject,
  organization: object,
  from: ref('fromId'),
  dateInferred: (hire: NodeRow) => hire.dateInferred === true,
  dateClaims: claims('date'),
  evidence,
};

export const Membership = { person: subject, organization: object, evidence };
export const Founding = { person: subject, organization: object, evidence };
export const Participation = { organization: subject, project: object, evidence };
export const DealParty = { organization: subject, deal: object, evidence };
export const SiteRole = { organization: subject, site: object, evidence };

export const Ownership = {
  owner: subject,
  owned: object,
  percent: json('percent'),
  percentClaims: claims('percent'),
  value: json('value'),
  valueClaims: claims('value'),
  evidence,
};

export const Partner = {
  organization: (partner: { organizationId: string }, _args: unknown, { loaders }: Context) => loaders.node.load(partner.organizationId),
  via: (partner: { viaIds: string[] }, _args: unknown, { loaders }: Context) => loaders.node.loadMany(partner.viaIds),
};

async function talentGroup(flow: TalentFlowRow, loaders: Context['loaders']) {
  return (await loaders.talentHires.load(flow)).get(flow.fromId ?? '') ?? { hires: [], personIds: [], people: [] };
}

export const TalentFlow = {
  from: (flow: TalentFlowRow, _args: unknown, { loaders }: Context) => (flow.fromId ? loaders.node.load(flow.fromId) : null),
  count: (flow: TalentFlowRow) => flow.count,
  async people(flow: TalentFlowRow, args: { first?: number | null }, { loaders }: Context) {
    const first = checkLimit('first', args.first, LIMITS.list);
    return loaders.node.loadMany((await talentGroup(flow, loaders)).personIds.slice(0, first));
  },
  async hires(flow: TalentFlowRow, args: { first?: number | null }, { loaders }: Context) {
    const first = checkLimit('first', args.first, LIMITS.list);
    return (await talentGroup(flow, loaders)).hires.slice(0, first);
  },
};
