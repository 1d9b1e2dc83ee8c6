import type { QueryResolvers } from '../../generated/resolvers';

export const capacity: QueryResolvers['capacity'] = (_, args, { kb }) => kb.capacity(args.groupBy);
