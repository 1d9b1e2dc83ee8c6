/** YAML that attacks the parser rather than the schema. */

/** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded, from a few hundred bytes. */
export const ALIAS_BOMB = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
].join('\n');
