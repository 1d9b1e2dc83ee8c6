import type { QueryResolvers } from '../../generated/resolvers';

export const talentFlow: QueryResolvers['talentFlow'] = (_, args, { kb }) => kb.talentFlow(args.to, args.from, args.since, args.first);
