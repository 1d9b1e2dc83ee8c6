import type { Context } from '../../context';
import type { DealOrder } from '../../domain/query-store';

type Args = { first?: number | null; after?: string | null; orderBy?: DealOrder | null; filter?: Record<string, unknown> | null };

export const deals = (_: unknown, args: Args, { kb }: Context) => kb.listDeals(args);
