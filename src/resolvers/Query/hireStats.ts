import type { QueryResolvers } from '../../generated/resolvers';

export const hireStats: QueryResolvers['hireStats'] = (_, args, { kb }) => kb.hireStats(args);
