import type { MutationResolvers } from '../../generated/resolvers';
import { BadUserInputError } from '../../errors';
import { LIMITS } from '../../limits';
import { toIngestReport } from './report';

export const ingestArticle: MutationResolvers['ingestArticle'] = async (_, args, { auth, ingestion, writtenBookmarks }) => {
  auth.requireAdmin();
  if (Buffer.byteLength(args.document, 'utf8') > LIMITS.documentBytes) {
    throw new BadUserInputError(`document is larger than ${LIMITS.documentBytes} bytes.`, { argument: 'document' });
  }
  const name = args.format === 'JSON' ? 'document.json' : 'document.yaml';
  return toIngestReport(await ingestion.ingestText(name, args.document), writtenBookmarks);
};
