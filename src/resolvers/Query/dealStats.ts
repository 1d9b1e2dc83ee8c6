import type { QueryResolvers } from '../../generated/resolvers';

export const dealStats: QueryResolvers['dealStats'] = (_, args, { kb }) => kb.dealStats(args);
