/**
 * Checks across files that write nothing (pure), run by `--dry-run`: an id declared with two types, or two names;
 * an article id used twice; two entities of one type with the same normalized name. The files are taken in the order
 * given, which is ingestion order (sorted paths), after what the stored graph holds when it could be read.
 *
 * A conflict is reported on the file that introduces it: the later one, or the one that disagrees with the stored
 * graph, at the `type`, name or alias that collides. A file with a type conflict or a duplicate name adds nothing for
 * the files after it, since ingestion would reject it and write none of it.
 */
import type { StoredEntityKeys } from '../stores/entity-key-store';
import type { FileDeclarations, Place } from './declarations';
import type { Problem } from './problems';

const STORED = 'the stored graph';

/** The rules ingestion rejects a file for; a file that breaks them is not taken into account for later files. */
const REJECTING = new Set(['type-conflict', 'duplicate-name']);

interface Known {
  type: string;
  /** Undefined for what the stored graph holds: names merge across articles there. */
  name?: string;
  /** A file, or the stored graph. */
  where: string;
}

/**
 * Every conflict between the files, and between the files and `stored` (the graph's nodes with the files' ids and
 * name keys); empty when there is none. Problems follow file order.
 */
export function checkCorpus(files: readonly FileDeclarations[], stored: readonly StoredEntityKeys[] = []): Problem[] {
  const types = new Map<string, Known>();
  const names = new Map<string, { id: string; where: string }>();
  const similar = new Set<string>();
  const articles = new Map<string, string>();

  // 1. What the graph holds. An entity declared only by the articles being checked is about to be declared again
  //    by them, with the names they give now: its stored names would only raise conflicts with names it no longer has.
  const checked = new Set(files.map((f) => f.articleId));
  for (const node of stored) {
    types.set(node.id, { type: node.type, where: STORED });
    if (node.allowSimilarName) similar.add(node.id);
    const redeclared = node.articles.length > 0 && node.articles.every((id) => checked.has(id));
    if (!redeclared) for (const key of node.keys) if (!names.has(key)) names.set(key, { id: node.id, where: STORED });
  }

  // 2. The files, one after another.
  const problems: Problem[] = [];
  for (const file of files) {
    const found = checkFile(file, { types, names, similar, articles });
    problems.push(...found);
    if (found.some((p) => REJECTING.has(p.rule))) continue;
    articles.set(file.articleId, file.file);
    if (!types.has(file.articleId)) types.set(file.articleId, { type: 'Article', where: file.file });
    for (const entity of file.entities) {
      if (!types.has(entity.id)) types.set(entity.id, { type: entity.type, name: entity.name, where: file.file });
      if (entity.allowSimilarName) similar.add(entity.id);
      for (const name of entity.names) if (!names.has(name.key)) names.set(name.key, { id: entity.id, where: file.file });
    }
  }
  return problems;
}

interface Seen {
  types: ReadonlyMap<string, Known>;
  names: ReadonlyMap<string, { id: string; where: string }>;
  similar: ReadonlySet<string>;
  articles: ReadonlyMap<string, string>;
}

function checkFile(file: FileDeclarations, seen: Seen): Problem[] {
  const problems: Problem[] = [];
  const report = (place: Place, rule: string, message: string) => problems.push({ file: file.file, line: place.line, path: place.path, rule, message });

  const otherFile = seen.articles.get(file.articleId);
  if (otherFile) report(file.articlePlace, 'duplicate-id', `article id "${file.articleId}" is also used by ${otherFile}`);
  const asNode = seen.types.get(file.articleId);
  if (asNode && asNode.type !== 'Article') report(file.articlePlace, 'type-conflict', `article id "${file.articleId}" is declared as ${asNode.type} in ${asNode.where}`);

  for (const entity of file.entities) {
    const known = seen.types.get(entity.id);
    if (known && known.type !== entity.type) {
      report(entity.typePlace, 'type-conflict', `"${entity.id}" is declared as ${entity.type} here but as ${known.type} in ${known.where}`);
    } else if (known?.name !== undefined && known.name !== entity.name) {
      report(entity.namePlace, 'name-mismatch', `"${entity.id}" is named "${entity.name}" here but "${known.name}" in ${known.where}`);
    }
    if (entity.allowSimilarName || seen.similar.has(entity.id)) continue;
    for (const name of entity.names) {
      const owner = seen.names.get(name.key);
      if (owner && owner.id !== entity.id && !seen.similar.has(owner.id)) {
        const normalized = name.key.slice(name.key.indexOf(':') + 1);
        report(
          name.place,
          'duplicate-name',
          `"${name.written}" has the same normalized name ("${normalized}") as ${entity.type} "${owner.id}" in ${owner.where}; if they really differ, mark it allowSimilarName: true`,
        );
      }
    }
  }
  return problems;
}
