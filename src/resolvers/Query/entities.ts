/** `organization`, `person`, `project`, `site` and `deal`: one entity by id or by name. */
import type { Context } from '../../context';
import type { EntityType } from '../../ingest/news-schema';

type Args = { id?: string | null; name?: string | null };
const lookup = (type: EntityType) => (_: unknown, args: Args, { kb }: Context) => kb.lookup(type, args);

export const organization = lookup('Organization');
export const person = lookup('Person');
export const project = lookup('Project');
export const site = lookup('Site');
export const deal = lookup('Deal');
