import type { Context } from '../context';
import type { NodeRow } from '../domain/rows';
import { related } from './fields';

export const Person = {
  aliases: (person: NodeRow) => person.aliases ?? [],
  employments: related('employmentsByPerson'),
  memberships: related('membershipsByPerson'),
  hires: related('hiresByPerson'),
  foundings: related('foundingsByPerson'),
  mentions: related('mentionsByEntity'),
  /** The organization of the first employment marked current; employments list current ones first. */
  async currentEmployer(person: NodeRow, _args: unknown, { loaders }: Context) {
    const [first] = await loaders.relation.employmentsByPerson.load({ id: person.id, first: 20, arg: null });
    return first && first.current === true ? loaders.node.load(first.objectId as string) : null;
  },
};
