import type { Problem } from './problems';

export type FileStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED' | 'RETRACTED';

/** What happened to one document; the CLI and the ingestArticle mutation return the same shape. */
export interface FileReport {
  file: string;
  articleId: string | null;
  status: FileStatus;
  problems: Problem[];
}
