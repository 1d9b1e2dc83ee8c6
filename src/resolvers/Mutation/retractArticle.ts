import type { MutationResolvers } from '../../generated/resolvers';
import { toIngestReport } from './report';

export const retractArticle: MutationResolvers['retractArticle'] = async (_, args, { auth, ingestion, writtenBookmarks }) => {
  auth.requireAdmin();
  return toIngestReport(await ingestion.retract(args.id, args.reason ?? null), writtenBookmarks);
};
