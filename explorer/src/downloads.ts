/**
 * Download links to the server's exports (src/exports/export-plugin.ts): `/export/<table>.<format>` with the table's
 * current filter as query parameters, so the file holds what the table shows (all of it, not one page).
 * Every export has CSV and JSON lines. The hires export is per hiring organization (`to`), as `talentFlow` is.
 */
import { h } from './dom';

export const EXPORT_FORMATS = {
  deals: ['csv', 'jsonl'],
  sites: ['csv', 'jsonl'],
  hires: ['csv', 'jsonl'],
  organizations: ['csv', 'jsonl'],
} as const;

export type ExportTable = keyof typeof EXPORT_FORMATS;

/** `/export/<table>.<format>`, with `params` (empty values left out) as the query string. */
export function exportHref(table: ExportTable, format: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const search = query.toString();
  return `/export/${table}.${format}${search ? `?${search}` : ''}`;
}

/** One link per format of `table`'s export, e.g. "CSV · JSON lines". */
export function downloadLinks(table: ExportTable, params: Record<string, string | undefined> = {}): HTMLElement {
  const formats: readonly string[] = EXPORT_FORMATS[table];
  return h(
    'span',
    { class: 'download-links' },
    formats.map((format, i) => [
      i ? ' · ' : '',
      h('a', { href: exportHref(table, format, params), download: '', class: 'download', 'data-export': `${table}.${format}` }, format === 'csv' ? 'CSV' : 'JSON lines'),
    ]),
  );
}
