import type { Context } from '../../context';

type Args = { first?: number | null; after?: string | null; filter?: { country?: string | null; status?: string | null; project?: string | null; organization?: string | null } | null };

export const sites = async (_: unknown, { first, after, filter }: Args, { kb, stores }: Context) => {
  const project = await kb.filterId('Project', filter?.project);
  const organization = await kb.filterId('Organization', filter?.organization);
  const query = {
    country: filter?.country ?? null,
    status: filter?.status ?? null,
    projectId: project.id,
    projectGiven: project.given,
    organizationId: organization.id,
    organizationGiven: organization.given,
  };
  return kb.page(first, after, (skip, size) => stores.queries.listSites(query, skip, size));
};
