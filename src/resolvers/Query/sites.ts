import type { QueryResolvers } from '../../generated/resolvers';

export const sites: QueryResolvers['sites'] = (_, args, { kb }) => kb.listSites(args);
