import type { Context } from '../../context';

export const talentFlow = (_: unknown, args: { to: string; from?: string | null; since?: string | null; first?: number | null }, { kb }: Context) => kb.talentFlow(args.to, args.from, args.since, args.first);
