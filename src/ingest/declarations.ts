/**
 * A validated file's entity declarations in the order they are written, each name and alias with its JSON path,
 * line and normalized key: what the checks across files and against the stored graph need to point at the value that
 * collides. (The write plan sorts entities by id and keeps no lines, so it cannot.)
 */
import { normalizeName } from '../domain/names';
import type { EntityType, NewsFile } from './news-schema';
import { formatPath } from './problems';
import type { SourceDocument } from './read-file';

/** A place in the file, as a Problem gives it. */
export interface Place {
  path: string;
  line?: number;
}

export interface DeclaredName {
  /** As written: "Open AI". */
  written: string;
  /** The name key as the graph stores it: `<type>:<normalized name>`, e.g. "Organization:openai". */
  key: string;
  place: Place;
}

export interface Declaration {
  id: string;
  type: EntityType;
  name: string;
  allowSimilarName: boolean;
  /** Where its `type` and its `name` are written. */
  typePlace: Place;
  namePlace: Place;
  /** Its name, then its aliases; names that normalize to nothing are left out, and a key is listed once. */
  names: DeclaredName[];
}

export interface FileDeclarations {
  file: string;
  articleId: string;
  articlePlace: Place;
  entities: Declaration[];
}

/** The declarations of one file that passed validation, in document order. */
export function declarationsOf(doc: SourceDocument, news: NewsFile): FileDeclarations {
  const place = (path: PropertyKey[]): Place => ({ path: formatPath(path), line: doc.lineOf(path) });
  return {
    file: doc.file,
    articleId: news.article.id,
    articlePlace: place(['article', 'id']),
    entities: news.entities.map((entity, index) => {
      const written: Array<[PropertyKey[], string]> = [[['name'], entity.name], ...entity.aliases.map((alias, j): [PropertyKey[], string] => [['aliases', j], alias])];
      const names = new Map<string, DeclaredName>();
      for (const [field, name] of written) {
        const normalized = normalizeName(name);
        const key = `${entity.type}:${normalized}`;
        if (normalized !== '' && !names.has(key)) names.set(key, { written: name, key, place: place(['entities', index, ...field]) });
      }
      return {
        id: entity.id,
        type: entity.type,
        name: entity.name,
        allowSimilarName: entity.allowSimilarName === true,
        typePlace: place(['entities', index, 'type']),
        namePlace: place(['entities', index, 'name']),
        names: [...names.values()],
      };
    }),
  };
}

/**
 * Where a file writes the name of entity `id` whose name key is `key`: that name or alias, else the entity's name;
 * `entities` when the file does not declare `id` at all.
 */
export function placeOfName(declarations: FileDeclarations, id: string, key: string): Place {
  const entity = declarations.entities.find((e) => e.id === id);
  if (!entity) return { path: 'entities' };
  return entity.names.find((name) => name.key === key)?.place ?? entity.namePlace;
}
