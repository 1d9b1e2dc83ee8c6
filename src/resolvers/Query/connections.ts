import type { Context } from '../../context';

export const connections = (_: unknown, args: { from: string; to: string; maxHops?: number | null; first?: number | null }, { kb }: Context) => kb.connections(args);
