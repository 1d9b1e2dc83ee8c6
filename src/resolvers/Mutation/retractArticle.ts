import type { Context } from '../../context';
import { toIngestReport } from './report';

export const retractArticle = async (_: unknown, args: { id: string }, { auth, ingestion }: Context) => {
  auth.requireAdmin();
  return toIngestReport(await ingestion.retract(args.id));
};
