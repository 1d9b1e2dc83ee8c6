import type { Context } from '../../context';
import { normalizeName } from '../../domain/names';

type Args = { first?: number | null; after?: string | null; filter?: { kind?: string | null; country?: string | null; nameContains?: string | null } | null };

export const organizations = (_: unknown, { first, after, filter }: Args, { kb, stores }: Context) =>
  kb.page(first, after, (skip, size) =>
    stores.queries.listOrganizations({ kind: filter?.kind ?? null, country: filter?.country ?? null, nameContains: filter?.nameContains ? normalizeName(filter.nameContains) : null }, skip, size),
  );
