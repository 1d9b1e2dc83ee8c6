import type { QueryResolvers } from '../../generated/resolvers';

export const stats: QueryResolvers['stats'] = (_, _args, { kb }) => kb.stats();
