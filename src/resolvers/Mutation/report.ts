import type { FileReport } from '../../ingest/report';

const WROTE = new Set(['CREATED', 'UPDATED', 'RETRACTED']);

/**
 * The GraphQL shape of a file report: the same content the CLI prints, and the server's bookmarks once the write
 * committed (they include it), none when nothing was written.
 */
export async function toIngestReport(report: FileReport, bookmarks: () => Promise<string[]>) {
  return {
    articleId: report.articleId,
    status: report.status,
    problems: report.problems.map((p) => ({ line: p.line ?? null, path: p.path, rule: p.rule, message: p.message })),
    bookmarks: WROTE.has(report.status) ? await bookmarks() : [],
  };
}
