/**
 * Stages 1–3 for one document: read → validate → plan. Pure apart from
 * reading the file; no database involved.
 */
import { declarationsOf, type FileDeclarations } from './declarations';
import { planNewsFile, type Plan } from './normalize';
import type { Problem } from './problems';
import { parseNewsText, readNewsFile, type ReadResult } from './read-file';
import { validateNewsDocument } from './validate';

/** A file ready to write: its plan, and where its entities are declared (for problems found against other files or the graph). */
export type Prepared = { ok: true; file: string; plan: Plan; declarations: FileDeclarations } | { ok: false; file: string; problems: Problem[] };

export function prepareFile(file: string): Prepared {
  let read: ReadResult;
  try {
    read = readNewsFile(file);
  } catch (error) {
    return { ok: false, file, problems: [{ file, path: '', rule: 'unreadable', message: (error as Error).message }] };
  }
  return prepareRead(file, read);
}

/** Same as prepareFile, for a document given as text (the ingestArticle mutation). */
export function prepareText(file: string, text: string): Prepared {
  return prepareRead(file, parseNewsText(file, text));
}

function prepareRead(file: string, read: ReadResult): Prepared {
  if (!read.ok) return { ok: false, file, problems: read.problems };
  const validated = validateNewsDocument(read.doc);
  if (!validated.ok) return { ok: false, file, problems: validated.problems };
  return { ok: true, file, plan: planNewsFile(validated.file), declarations: declarationsOf(read.doc, validated.file) };
}
