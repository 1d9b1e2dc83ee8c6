import type { QueryResolvers } from '../../generated/resolvers';

export const changes: QueryResolvers['changes'] = (_, args, { kb }) => kb.changes(args);
