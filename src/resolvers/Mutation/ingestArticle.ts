import type { Context } from '../../context';
import { BadUserInputError } from '../../errors';
import { LIMITS } from '../../limits';
import { toIngestReport } from './report';

export const ingestArticle = async (_: unknown, args: { document: string; format?: 'YAML' | 'JSON' | null }, { auth, ingestion }: Context) => {
  auth.requireAdmin();
  if (Buffer.byteLength(args.document, 'utf8') > LIMITS.documentBytes) {
    throw new BadUserInputError(`document is larger than ${LIMITS.documentBytes} bytes.`, { argument: 'document' });
  }
  const name = args.format === 'JSON' ? 'document.json' : 'document.yaml';
  return toIngestReport(await ingestion.ingestText(name, args.document));
};
