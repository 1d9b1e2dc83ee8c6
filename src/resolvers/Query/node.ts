import type { Context } from '../../context';

export const node = (_: unknown, args: { id: string }, { loaders }: Context) => loaders.node.load(args.id);
