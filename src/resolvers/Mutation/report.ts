import type { FileReport } from '../../ingest/report';

/** The GraphQL shape of a file report: the same content the CLI prints. */
export function toIngestReport(report: FileReport) {
  return {
    articleId: report.articleId,
    status: report.status,
    problems: report.problems.map((p) => ({ line: p.line ?? null, path: p.path, rule: p.rule, message: p.message })),
    bookmarks: report.bookmarks ?? [],
  };
}
