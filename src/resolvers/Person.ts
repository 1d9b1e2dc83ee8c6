import type { PersonResolvers } from '../generated/resolvers';
import { allClaims } from './fields';
import { relationFields } from './relations';

export const Person: PersonResolvers = {
  ...relationFields('Person'),
  aliases: (person) => (person.aliases as string[] | undefined) ?? [],
  claims: allClaims,
};
