import type { Context } from '../../context';
import { normalizeName } from '../../domain/names';

type Args = { first?: number | null; after?: string | null; filter?: { nameContains?: string | null; employer?: string | null } | null };

export const people = async (_: unknown, { first, after, filter }: Args, { kb, stores }: Context) => {
  const employer = await kb.filterId('Organization', filter?.employer);
  const nameContains = filter?.nameContains ? normalizeName(filter.nameContains) : null;
  return kb.page(first, after, (skip, size) => stores.queries.listPeople({ nameContains, employerId: employer.id, employerGiven: employer.given }, skip, size));
};
