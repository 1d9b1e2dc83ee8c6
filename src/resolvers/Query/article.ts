import type { Context } from '../../context';

export const article = async (_: unknown, args: { id: string }, { loaders }: Context) => {
  const row = await loaders.node.load(args.id);
  return row && row.type === 'Article' ? row : null;
};
