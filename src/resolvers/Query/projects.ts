import type { Context } from '../../context';

export const projects = (_: unknown, { first, after }: { first?: number | null; after?: string | null }, { kb, stores }: Context) =>
  kb.page(first, after, (skip, size) => stores.queries.listProjects(skip, size));
