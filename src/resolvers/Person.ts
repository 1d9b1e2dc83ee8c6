import type { PersonResolvers } from '../generated/resolvers';
import { relationFields } from './relations';

export const Person: PersonResolvers = {
  ...relationFields('Person'),
  aliases: (person) => (person.aliases as string[] | undefined) ?? [],
};
