import type { Context } from '../../context';

export const search = (_: unknown, args: { text: string; first?: number | null }, { kb }: Context) => kb.search(args.text, args.first);
