/**
 * Stage 1 of ingestion: text → plain data, keeping enough of the YAML
 * document to point later problems at a line.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML, { LineCounter, isScalar, type Document } from 'yaml';
import { LIMITS } from '../limits';
import type { Problem } from './problems';

export interface SourceDocument {
  file: string;
  data: unknown;
  /** Line of a JSON path in the source, when known. */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

export type ReadResult = { ok: true; doc: SourceDocument } | { ok: false; problems: Problem[] };

const NEWS_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export function isNewsFile(file: string): boolean {
  return NEWS_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/** Expands files and folders (recursively) into a sorted list of news files. */
export function listNewsFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const entry of paths) {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      const children = fs.readdirSync(entry).map((child) => path.join(entry, child));
      out.push(...listNewsFiles(children.filter((child) => fs.statSync(child).isDirectory() || isNewsFile(child))));
    } else {
      out.push(entry);
    }
  }
  return [...new Set(out)].sort();
}

export function readNewsFile(file: string): ReadResult {
  // The same cap as a document sent to ingestArticle: no path into the parser takes an unbounded text.
  const bytes = fs.statSync(file).size;
  if (bytes > LIMITS.documentBytes) return { ok: false, problems: [{ file, path: '', rule: 'too-large', message: `is larger than ${LIMITS.documentBytes} bytes` }] };
  return parseNewsText(file, fs.readFileSync(file, 'utf8'));
}

/** Alias expansions allowed when a document is turned into data; an alias bomb (billion laughs) needs millions. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parses YAML (or JSON, by extension) text. Dates and numbers in YAML arrive as the strings the curator wrote.
 * Whatever the text, the answer is data or `syntax` problems, never an exception: the parser reports its own errors
 * (stack overflows of deep nesting included), and what throws after it (an alias bomb's expansion) is caught here.
 */
export function parseNewsText(file: string, text: string): ReadResult {
  if (path.extname(file).toLowerCase() === '.json') return parseJson(file, text);
  try {
    return parseYaml(file, text);
  } catch (error) {
    return { ok: false, problems: [{ file, path: '', rule: 'syntax', message: yamlFailure(error) }] };
  }
}

function yamlFailure(error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  // The yaml package's words for maxAliasCount: "Excessive alias count indicates a resource exhaustion attack".
  if (/alias count/i.test(message)) return `aliases expand more than ${MAX_ALIAS_COUNT} times (an alias bomb?); write the values out instead`;
  return `cannot be read as YAML: ${message}`;
}

function parseYaml(file: string, text: string): ReadResult {
  const lineCounter = new LineCounter();
  // The failsafe schema turns off YAML's number, boolean and timestamp guessing: "2025" stays "2025".
  const doc = YAML.parseDocument(text, { schema: 'failsafe', lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0]?.line,
        path: '',
        rule: 'syntax',
        message: error.message.split('\n')[0],
      })),
    };
  }
  restorePlainNulls(doc);
  return {
    ok: true,
    doc: {
      file,
      data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }),
      lineOf(jsonPath) {
        for (let depth = jsonPath.length; depth >= 0; depth -= 1) {
          const node = doc.getIn(jsonPath.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
          if (node && node.range) return lineCounter.linePos(node.range[0]).line;
        }
        return undefined;
      },
    },
  };
}

/** Under the failsafe schema an unquoted `null` or `~` is a string; curators mean null. */
function restorePlainNulls(doc: Document): void {
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && node.type === 'PLAIN' && (node.value === 'null' || node.value === '~' || node.value === '')) {
        node.value = null;
      }
    },
  });
}

function parseJson(file: string, text: string): ReadResult {
  try {
    const data: unknown = JSON.parse(text);
    return { ok: true, doc: { file, data, lineOf: () => undefined } };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    return { ok: false, problems: [{ file, line, path: '', rule: 'syntax', message }] };
  }
}
