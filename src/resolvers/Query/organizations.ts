import type { QueryResolvers } from '../../generated/resolvers';

export const organizations: QueryResolvers['organizations'] = (_, args, { kb }) => kb.listOrganizations(args);
