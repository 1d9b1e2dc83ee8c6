import type { QueryResolvers } from '../../generated/resolvers';

export const projects: QueryResolvers['projects'] = (_, args, { kb }) => kb.listProjects(args);
