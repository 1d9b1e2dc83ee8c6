import type { Context } from '../../context';

export const stats = (_: unknown, _args: unknown, { stores }: Context) => stores.queries.stats();
