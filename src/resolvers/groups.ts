/** The groups of `dealStats` and `hireStats`: key parts resolve their organization, a deal group its deals. */
import type { DealGroupResolvers, GroupKeyPartResolvers } from '../generated/resolvers';
import { LIMITS, checkLimit } from '../limits';

export const GroupKeyPart: GroupKeyPartResolvers = {
  organization: (part, _args, { loaders }) => (part.organizationId ? loaders.node.load(part.organizationId) : null),
};

export const DealGroup: DealGroupResolvers = {
  async deals(group, args, { loaders }) {
    const first = checkLimit('first', args.first, LIMITS.list);
    return loaders.nodes(group.dealIds.slice(0, first));
  },
};
