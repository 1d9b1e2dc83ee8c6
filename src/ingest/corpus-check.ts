/**
 * Cross-file checks that need no database: an id declared with two types, or
 * two names, across a set of files; an article id used twice; two entities of
 * one type with the same normalized name. Run by `--dry-run`.
 */
import { nameKeys } from '../domain/names';
import type { Plan } from './normalize';
import type { Problem } from './problems';

export function checkCorpus(plans: Array<{ file: string; plan: Plan }>): Problem[] {
  const problems: Problem[] = [];
  const types = new Map<string, { type: string; name: string; file: string }>();
  const articles = new Map<string, string>();
  const keys = new Map<string, string>();
  for (const { file, plan } of plans) {
    const other = articles.get(plan.article.id);
    if (other) problems.push({ file, path: 'article.id', rule: 'duplicate-id', message: `article id "${plan.article.id}" is also used by ${other}` });
    articles.set(plan.article.id, file);
    for (const entity of plan.entities) {
      const name = String(entity.claims.name);
      const known = types.get(entity.id);
      if (known && known.type !== entity.type) {
        problems.push({ file, path: 'entities', rule: 'type-conflict', message: `"${entity.id}" is a ${entity.type} here but a ${known.type} in ${known.file}` });
      } else if (known && known.name !== name) {
        problems.push({ file, path: 'entities', rule: 'name-mismatch', message: `"${entity.id}" is named "${name}" here but "${known.name}" in ${known.file}` });
      }
      if (!known) types.set(entity.id, { type: entity.type, name, file });
      if (entity.claims.allowSimilarName) continue;
      for (const key of nameKeys(name, (entity.claims.aliases as string[]) ?? [])) {
        const owner = keys.get(`${entity.type}:${key}`);
        if (owner && owner !== entity.id) {
          problems.push({ file, path: 'entities', rule: 'duplicate-name', message: `${entity.type} "${entity.id}" shares the normalized name "${key}" with "${owner}"` });
        }
        keys.set(`${entity.type}:${key}`, entity.id);
      }
    }
  }
  return problems;
}
