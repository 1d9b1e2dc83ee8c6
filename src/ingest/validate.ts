/**
 * Stage 2 of ingestion: checks one document against the format, its own
 * references and its own contradictions (contradictions.ts), collecting every
 * problem with its JSON path. Checks that need the stored graph (type
 * conflicts, duplicate names) run in the write stage and in `--dry-run`.
 */
import { findContradictions } from './contradictions';
import { ENTITY_TYPES, articleInput, entityInput, factInput, newsFileInput, type ArticleInput, type EntityInput, type EntityType, type FactInput, type NewsFile } from './news-schema';
import { formatPath, type Problem } from './problems';
import type { SourceDocument } from './read-file';
import { normalizeName } from '../domain/names';
import { factIdentities } from './normalize';

export type ValidateResult = { ok: true; file: NewsFile } | { ok: false; problems: Problem[] };

/** A reference from a fact to an entity: where it is, and the types it may point at. */
interface Reference {
  path: PropertyKey[];
  id: string;
  types: readonly EntityType[];
}

type EntityPart = Pick<EntityInput, 'id' | 'type' | 'name' | 'aliases' | 'kind' | 'country' | 'parent' | 'allowSimilarName'>;

/** What the cross-checks look at, each part with its index in the document. */
interface Parts {
  articleId: string | undefined;
  /** The article, when it passed the format check. */
  article: ArticleInput | undefined;
  entities: Array<{ index: number; entity: EntityPart }>;
  /** `complete` is false for a fact salvaged from a document that failed the format check: only its references are known. */
  facts: Array<{ index: number; fact: FactInput; complete: boolean }>;
}

/** The declared type of an entity whose type is misspelt: it matches any reference, so only the type is reported. */
const UNKNOWN_TYPE = 'unknown type';

const ANY_ORG_TARGET: readonly EntityType[] = ['Organization', 'Project', 'Site', 'Deal'];

export function validateNewsDocument(doc: SourceDocument): ValidateResult {
  const problem = (path: PropertyKey[], rule: string, message: string): Problem => ({
    file: doc.file,
    line: doc.lineOf(path),
    path: formatPath(path),
    rule,
    message,
  });

  const parsed = newsFileInput.safeParse(doc.data);
  const problems: Problem[] = parsed.success
    ? []
    : parsed.error.issues.flatMap(unwrapUnion).map((issue) => problem(issue.path as PropertyKey[], ruleOf(issue.code, issue.message), issue.message));
  // The cross-checks also run on what can be salvaged from a document that failed the format check, so one run reports every problem.
  const parts: Parts = parsed.success
    ? {
        articleId: parsed.data.article.id,
        article: parsed.data.article,
        entities: parsed.data.entities.map((entity, index) => ({ index, entity })),
        facts: parsed.data.facts.map((fact, index) => ({ index, fact, complete: true })),
      }
    : salvage(doc.data);
  problems.push(...crossCheck(parts, problem));

  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, file: parsed.data };
}

function crossCheck(parts: Parts, problem: (path: PropertyKey[], rule: string, message: string) => Problem): Problem[] {
  const problems: Problem[] = [];
  const declared = new Map<string, EntityType>();
  const names = new Map<string, { id: string; index: number; allowSimilarName: boolean }>();
  const references: Reference[] = [];

  for (const { index, entity } of parts.entities) {
    if (declared.has(entity.id)) problems.push(problem(['entities', index, 'id'], 'duplicate-id', `entity id "${entity.id}" is declared twice`));
    declared.set(entity.id, entity.type);
    // The problem points at the name or alias that collides; the first entity to use a name keeps it.
    const written: Array<[PropertyKey[], string]> = [[['name'], entity.name], ...entity.aliases.map((alias, j): [PropertyKey[], string] => [['aliases', j], alias])];
    for (const [field, name] of written) {
      const normalized = normalizeName(name);
      if (normalized === '') continue;
      const key = `${entity.type}:${normalized}`;
      const owner = names.get(key);
      if (owner === undefined) names.set(key, { id: entity.id, index, allowSimilarName: entity.allowSimilarName === true });
      else if (owner.id !== entity.id && !entity.allowSimilarName && !owner.allowSimilarName) {
        problems.push(
          problem(['entities', index, ...field], 'duplicate-name', `"${name}" has the same normalized name ("${normalized}") as ${entity.type} "${owner.id}" (entities[${owner.index}]); if they really differ, mark it allowSimilarName: true`),
        );
      }
    }
    if (entity.type !== 'Organization' && (entity.kind || entity.country || entity.parent)) {
      problems.push(problem(['entities', index], 'not-applicable', 'kind, country and parent apply to organizations only'));
    }
    if (entity.parent) references.push({ path: ['entities', index, 'parent'], id: entity.parent, types: ['Organization'] });
  }
  if (parts.articleId !== undefined && declared.has(parts.articleId)) {
    problems.push(problem(['article', 'id'], 'duplicate-id', `article id "${parts.articleId}" is also an entity id`));
  }

  for (const { index, fact } of parts.facts) references.push(...referencesOf(fact, ['facts', index]));
  for (const ref of references) {
    const type = declared.get(ref.id);
    if (type === undefined) {
      problems.push(problem(ref.path, 'undeclared-entity', `"${ref.id}" is not declared in entities`));
    } else if ((type as string) !== UNKNOWN_TYPE && !ref.types.includes(type)) {
      problems.push(problem(ref.path, 'wrong-type', `"${ref.id}" is a ${type}; expected ${ref.types.join(' or ')}`));
    }
  }

  const seen = new Map<string, number>();
  for (const { index, fact, complete } of parts.facts) {
    if (!complete) continue;
    for (const identity of factIdentities(fact)) {
      const first = seen.get(identity);
      if (first !== undefined) problems.push(problem(['facts', index], 'duplicate-id', `states the same fact as facts[${first}] (${identity})`));
      else seen.set(identity, index);
    }
  }
  problems.push(...findContradictions(parts.article, parts.facts.filter((f) => f.complete), problem));
  return problems;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The parts of a document that failed the format check which are still well-formed
 * enough to cross-check: entities with a string id and a known type, and the
 * string-valued references of every fact (array positions kept, for the paths).
 */
function salvage(data: unknown): Parts {
  const root = isRecord(data) ? data : {};
  const articleId = isRecord(root.article) && typeof root.article.id === 'string' ? root.article.id : undefined;
  const article = articleInput.safeParse(root.article);
  const entities: Parts['entities'] = [];
  (Array.isArray(root.entities) ? root.entities : []).forEach((raw: unknown, index) => {
    const parsed = entityInput.safeParse(raw);
    if (parsed.success) entities.push({ index, entity: parsed.data });
    else if (isRecord(raw) && typeof raw.id === 'string') {
      // An entity with a misspelt type is still declared (its type problem is reported by the format check), so the
      // facts that refer to it are not also reported as referring to something undeclared.
      const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
      entities.push({
        index,
        entity: {
          id: raw.id,
          type: ((ENTITY_TYPES as readonly unknown[]).includes(raw.type) ? raw.type : UNKNOWN_TYPE) as EntityType,
          name: text(raw.name) ?? '',
          aliases: Array.isArray(raw.aliases) ? raw.aliases.filter((alias): alias is string => typeof alias === 'string') : [],
          kind: undefined,
          country: undefined,
          parent: text(raw.parent),
          allowSimilarName: raw.allowSimilarName === true || raw.allowSimilarName === 'true',
        },
      });
    }
  });
  const facts: Parts['facts'] = [];
  (Array.isArray(root.facts) ? root.facts : []).forEach((raw: unknown, index) => {
    const parsed = factInput.safeParse(raw);
    if (parsed.success) facts.push({ index, fact: parsed.data, complete: true });
    else if (isRecord(raw) && typeof raw.type === 'string') facts.push({ index, fact: referenceFields(raw), complete: false });
  });
  return { articleId, article: article.success ? article.data : undefined, entities, facts };
}

/** A malformed fact reduced to its string fields (and arrays of them), enough for referencesOf. */
function referenceFields(raw: Record<string, unknown>): FactInput {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') fields[key] = value;
    else if (Array.isArray(value)) {
      fields[key] = value.map((item: unknown) => {
        if (isRecord(item)) return { org: typeof item.org === 'string' ? item.org : undefined };
        return typeof item === 'string' ? item : undefined;
      });
    }
  }
  return fields as FactInput;
}

function referencesOf(fact: FactInput, at: PropertyKey[]): Reference[] {
  // A salvaged fact keeps site organizations as plain strings or { org } records.
  const orgOf = (item: unknown): string | undefined => (typeof item === 'string' ? item : isRecord(item) && typeof item.org === 'string' ? item.org : undefined);
  const announcers = (ids: readonly unknown[] | undefined) =>
    (ids ?? []).flatMap((id, i) => (typeof id === 'string' ? ref('announcedBy', id, ['Organization', 'Person'], i) : []));
  const ref = (field: string, id: string | undefined, types: readonly EntityType[], index?: number): Reference[] =>
    id === undefined ? [] : [{ path: index === undefined ? [...at, field] : [...at, field, index], id, types }];
  switch (fact.type) {
    case 'employment':
    case 'membership':
    case 'founding':
      return [...ref('person', fact.person, ['Person']), ...ref('org', fact.org, ['Organization'])];
    case 'hire':
      return [...ref('person', fact.person, ['Person']), ...ref('org', fact.org, ['Organization']), ...ref('from', fact.from, ['Organization'])];
    case 'participation':
      return [...ref('org', fact.org, ['Organization']), ...ref('project', fact.project, ['Project'])];
    case 'projectRole':
      return [...ref('person', fact.person, ['Person']), ...ref('project', fact.project, ['Project'])];
    case 'ownership':
      return [...ref('owner', fact.owner, ['Organization']), ...ref('owned', fact.owned, ANY_ORG_TARGET)];
    case 'project':
      return [...ref('project', fact.project, ['Project']), ...ref('parent', fact.parent, ['Project']), ...announcers(fact.announcedBy)];
    case 'site':
      return [
        ...ref('site', fact.site, ['Site']),
        ...ref('project', fact.project, ['Project']),
        ...(fact.operators ?? []).flatMap((item, i) => ref('operators', orgOf(item), ['Organization'], i)),
        ...(fact.developers ?? []).flatMap((item, i) => ref('developers', orgOf(item), ['Organization'], i)),
        ...announcers(fact.announcedBy),
      ];
    case 'deal':
      return [
        ...ref('deal', fact.deal, ['Deal']),
        ...ref('project', fact.project, ['Project']),
        ...ref('site', fact.site, ['Site']),
        ...announcers(fact.announcedBy),
        ...(fact.parties ?? []).flatMap((party, i) => (party.org === undefined ? [] : [{ path: [...at, 'parties', i, 'org'], id: party.org, types: ['Organization'] as const }])),
      ];
    default:
      // An unknown fact type (already reported by the format check) references nothing we can check.
      return [];
  }
}

interface Issue {
  code: string;
  message: string;
  path: PropertyKey[];
  errors?: Issue[][];
}

/**
 * A value that may be written plain or with its evidence (`title: x` or `title: { value: x, quote: ... }`) is a
 * union; zod reports a failed union as "Invalid input" with each branch's issues. The branch meant is the one whose
 * issues are not a wrong shape at its root (an object given where a string is expected), so its issues are reported,
 * at their full path.
 */
function unwrapUnion(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || !issue.errors || issue.errors.length === 0) return [issue];
  const wrongShape = (branch: Issue[]) => branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0);
  const candidates = issue.errors.filter((branch) => branch.length > 0 && !wrongShape(branch));
  if (candidates.length === 0) return [issue];
  const meant = candidates.reduce((best, branch) => (branch.length < best.length ? branch : best));
  return meant.flatMap((inner) => unwrapUnion({ ...inner, path: [...issue.path, ...inner.path] }));
}

function ruleOf(code: string, message: string): string {
  if (/partial date|calendar date/.test(message)) return 'invalid-date';
  if (/negative|finite|must be a number/.test(message)) return 'invalid-amount';
  if (/at most 30 words/.test(message)) return 'quote-too-long';
  if (/^must be at most 100$/.test(message)) return 'percent-over-100';
  if (/^unknown type/.test(message)) return 'unknown-type';
  if (code === 'invalid_value' || code === 'invalid_union' || code === 'invalid_enum_value') return 'unknown-value';
  if (code === 'unrecognized_keys') return 'unknown-field';
  if (code === 'invalid_type') return 'invalid-type';
  return code.replace(/_/g, '-');
}
