/** Resolvers of the fact types: endpoints by stored id, claims and evidence from support edges. */
import type {
  DealPartyResolvers, Duration, EmploymentResolvers, FoundingResolvers, HireResolvers, MembershipResolvers, Money, OwnershipResolvers, ParticipationResolvers, PartnerResolvers, Percent,
  Position, ProjectRoleResolvers, SiteRoleResolvers, TalentFlowResolvers,
} from '../generated/resolvers';
import type { Loaders, TalentFlowRow } from '../service/loaders';
import { LIMITS, checkLimit } from '../limits';
import { allClaims, claims, endpoint, evidence, json, list, reference, roleClaims, storedJson } from './fields';
import type { NodeRow } from '../domain/rows';

const subject = endpoint('subjectId');
const object = endpoint('objectId');
const roles = list('roles');
/** The deprecated single role: only when the displayed set has exactly one member, never a pick among several. */
const singleRole = (fact: NodeRow) => (Array.isArray(fact.roles) && fact.roles.length === 1 ? String(fact.roles[0]) : null);
const roleSet = { roles, roleClaims: roleClaims(), role: singleRole };

export const Employment: EmploymentResolvers = {
  person: subject,
  organization: object,
  titleClaims: claims('title'),
  startClaims: claims('start'),
  positions: (employment) => storedJson<Position[]>(employment, 'positions') ?? [],
  tenure: json<Duration>('tenure'),
  tenureClaims: claims('tenure'),
  evidence,
  claims: allClaims,
};

export const Hire: HireResolvers = {
  person: subject,
  organization: object,
  from: reference('from'),
  dateInferred: (hire) => hire.dateInferred === true,
  dateClaims: claims('date'),
  evidence,
  claims: allClaims,
};

export const Membership: MembershipResolvers = { person: subject, organization: object, evidence, claims: allClaims };
export const Founding: FoundingResolvers = { person: subject, organization: object, evidence, claims: allClaims };
export const Participation: ParticipationResolvers = { organization: subject, project: object, ...roleSet, evidence, claims: allClaims };
export const ProjectRole: ProjectRoleResolvers = { person: subject, project: object, roles, roleClaims: roleClaims(), titleClaims: claims('title'), evidence, claims: allClaims };
export const DealParty: DealPartyResolvers = { organization: subject, deal: object, ...roleSet, evidence, claims: allClaims };
export const SiteRole: SiteRoleResolvers = { organization: subject, site: object, evidence, claims: allClaims };

export const Ownership: OwnershipResolvers = {
  owner: subject,
  owned: object,
  percent: json<Percent>('percent'),
  percentClaims: claims('percent'),
  value: json<Money>('value'),
  valueClaims: claims('value'),
  evidence,
  claims: allClaims,
};

export const Partner: PartnerResolvers = {
  organization: (partner, _args, { loaders }) => loaders.existing(partner.organizationId),
  via: (partner, _args, { loaders }) => loaders.nodes(partner.viaIds),
};

/** The fact types' resolvers, spread into the resolver map: a new fact kind adds its entry here. */
export const FACT_RESOLVERS = { Employment, Hire, Membership, Founding, Participation, ProjectRole, DealParty, SiteRole, Ownership };

async function talentGroup(flow: TalentFlowRow, loaders: Loaders) {
  return (await loaders.talentHires.load(flow)).get(flow.fromId ?? '') ?? { hires: [], personIds: [], people: [] };
}

export const TalentFlow: TalentFlowResolvers = {
  from: (flow, _args, { loaders }) => (flow.fromId ? loaders.node.load(flow.fromId) : null),
  count: (flow) => flow.count,
  async people(flow, args, { loaders }) {
    const first = checkLimit('first', args.first, LIMITS.list);
    return loaders.nodes((await talentGroup(flow, loaders)).personIds.slice(0, first));
  },
  async hires(flow, args, { loaders }) {
    const first = checkLimit('first', args.first, LIMITS.list);
    return (await talentGroup(flow, loaders)).hires.slice(0, first);
  },
};
