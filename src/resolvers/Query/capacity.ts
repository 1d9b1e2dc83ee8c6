import type { Context } from '../../context';

export const capacity = (_: unknown, args: { groupBy: 'PROJECT' | 'COUNTRY' | 'OPERATOR' | 'STATUS' }, { kb }: Context) => kb.capacity(args.groupBy);
