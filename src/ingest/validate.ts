/**
 * Stage 2 of ingestion: checks one document against the format and its own
 * references, collecting every problem with its JSON path. Checks that need
 * the stored graph (type conflicts, duplicate names) run in the write stage.
 */
import { newsFileInput, type EntityType, type FactInput, type NewsFile } from './news-schema';
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
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => problem(issue.path as PropertyKey[], ruleOf(issue.code, issue.message), issue.message)),
    };
  }

  const file = parsed.data;
  const problems: Problem[] = [];
  const declared = new Map<string, EntityType>();
  const names = new Map<string, string>();
  const references: Reference[] = [];

  file.entities.forEach((entity, index) => {
    if (declared.has(entity.id)) problems.push(problem(['entities', index, 'id'], 'duplicate-id', `entity id "${entity.id}" is declared twice`));
    declared.set(entity.id, entity.type);
    for (const name of [entity.name, ...entity.aliases]) {
      const key = `${entity.type}:${normalizeName(name)}`;
      const owner = names.get(key);
      if (owner !== undefined && owner !== entity.id && !entity.allowSimilarName) {
        problems.push(problem(['entities', index, 'name'], 'duplicate-name', `"${name}" has the same normalized name as ${entity.type} "${owner}"`));
      }
      names.set(key, entity.id);
    }
    if (entity.type !== 'Organization' && (entity.kind || entity.country || entity.parent)) {
      problems.push(problem(['entities', index], 'not-applicable', 'kind, country and parent apply to organizations only'));
    }
    if (entity.parent) references.push({ path: ['entities', index, 'parent'], id: entity.parent, types: ['Organization'] });
  });
  if (declared.has(file.article.id)) problems.push(problem(['article', 'id'], 'duplicate-id', `article id "${file.article.id}" is also an entity id`));

  file.facts.forEach((fact, index) => references.push(...referencesOf(fact, ['facts', index])));
  for (const ref of references) {
    const type = declared.get(ref.id);
    if (type === undefined) {
      problems.push(problem(ref.path, 'undeclared-entity', `"${ref.id}" is not declared in entities`));
    } else if (!ref.types.includes(type)) {
      problems.push(problem(ref.path, 'wrong-type', `"${ref.id}" is a ${type}; expected ${ref.types.join(' or ')}`));
    }
  }

  const seen = new Map<string, number>();
  file.facts.forEach((fact, index) => {
    for (const identity of factIdentities(fact)) {
      const first = seen.get(identity);
      if (first !== undefined) problems.push(problem(['facts', index], 'duplicate-id', `states the same fact as facts[${first}] (${identity})`));
      else seen.set(identity, index);
    }
  });

  return problems.length > 0 ? { ok: false, problems } : { ok: true, file };
}

function referencesOf(fact: FactInput, at: PropertyKey[]): Reference[] {
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
    case 'ownership':
      return [...ref('owner', fact.owner, ['Organization']), ...ref('owned', fact.owned, ANY_ORG_TARGET)];
    case 'project':
      return [...ref('project', fact.project, ['Project']), ...ref('parent', fact.parent, ['Project'])];
    case 'site':
      return [
        ...ref('site', fact.site, ['Site']),
        ...ref('project', fact.project, ['Project']),
        ...(fact.operators ?? []).flatMap((id, i) => ref('operators', id, ['Organization'], i)),
        ...(fact.developers ?? []).flatMap((id, i) => ref('developers', id, ['Organization'], i)),
      ];
    case 'deal':
      return [
        ...ref('deal', fact.deal, ['Deal']),
        ...ref('project', fact.project, ['Project']),
        ...(fact.parties ?? []).flatMap((party, i) => [{ path: [...at, 'parties', i, 'org'], id: party.org, types: ['Organization'] as const }]),
      ];
  }
}

function ruleOf(code: string, message: string): string {
  if (/partial date|calendar date/.test(message)) return 'invalid-date';
  if (/negative|finite|must be a number/.test(message)) return 'invalid-amount';
  if (/at most 30 words/.test(message)) return 'quote-too-long';
  if (code === 'invalid_value' || code === 'invalid_union' || code === 'invalid_enum_value') return 'unknown-value';
  if (code === 'unrecognized_keys') return 'unknown-field';
  if (code === 'invalid_type') return 'invalid-type';
  return code.replace(/_/g, '-');
}
