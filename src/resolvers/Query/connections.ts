import type { QueryResolvers } from '../../generated/resolvers';

export const connections: QueryResolvers['connections'] = (_, args, { kb }) => kb.connections(args);
