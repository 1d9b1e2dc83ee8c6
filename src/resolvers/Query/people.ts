import type { QueryResolvers } from '../../generated/resolvers';

export const people: QueryResolvers['people'] = (_, args, { kb }) => kb.listPeople(args);
