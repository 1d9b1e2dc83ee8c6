/** How a search text becomes a Lucene query, without a database: terms cut as the standard analyzer cuts them. */
import { LIMITS } from '../../src/limits';
import { checkSearchText, escapeLucene, toLuceneQuery } from '../../src/service/read-service';

/** The clause a word becomes: itself, a prefix, and one edit away from four characters on. */
const STOP = new Set(['or', 'and', 'not', 'the']);
const clause = (word: string) => (STOP.has(word) ? word : [...word].length >= 4 ? `(${word} OR ${word}* OR ${word}~1)` : `(${word} OR ${word}*)`);
const all = (...words: string[]) => words.map(clause).join(' AND ');

describe('a search text', () => {
  it('becomes one clause per word the analyzer sees, every clause required', () => {
    expect(toLuceneQuery('Stargate  Abilene')).toBe('(Stargate OR Stargate* OR Stargate~1) AND (Abilene OR Abilene* OR Abilene~1)');
    expect(toLuceneQuery('x,y;z/w-v')).toBe(all('x', 'y', 'z', 'w', 'v'));
  });

  it('matches a word as itself, as a prefix, and with one typo only from four characters on', () => {
    expect(toLuceneQuery('Lazar')).toBe('(Lazar OR Lazar* OR Lazar~1)');
    expect(toLuceneQuery('AMD')).toBe('(AMD OR AMD*)');
  });

  it('keeps a stop word as a plain term, which the analyzer drops, so it never requires another word', () => {
    expect(toLuceneQuery('the Stargate')).toBe('the AND (Stargate OR Stargate* OR Stargate~1)');
  });

  it('keeps the punctuation the analyzer keeps inside a word, escaped', () => {
    expect(toLuceneQuery("OpenAI's U.S. 1,000 3.5 snake_case")).toBe(all("OpenAI's", 'U.S', '1,000', '3.5', 'snake_case'));
    expect(toLuceneQuery('a:b')).toBe('(a\\:b OR a\\:b*)');
  });

  it('makes each ideograph a term, as the analyzer does', () => {
    expect(toLuceneQuery('中文 カタカナ')).toBe(all('中', '文', 'カタカナ'));
  });

  it('cuts a word longer than 255 characters where Lucene cuts it', () => {
    expect(toLuceneQuery(`${'x'.repeat(255)}${'y'.repeat(10)}`)).toBe(all('x'.repeat(255), 'y'.repeat(10)));
  });

  it(`counts at most ${LIMITS.searchText.terms} distinct terms, after cutting`, () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    expect(toLuceneQuery(words.join(','))).toBe(all(...words.slice(0, LIMITS.searchText.terms)));
    expect(toLuceneQuery(Array(1025).fill('x').join(','))).toBe(all('x'));
  });

  it('neutralizes query syntax: operators become words, special characters separators', () => {
    expect(toLuceneQuery('title:(x OR y) AND NOT z~2 "q"* \\')).toBe(all('title', 'x', 'or', 'y', 'and', 'not', 'z', '2', 'q'));
    expect(toLuceneQuery('+-&|!(){}[]^"~*?:\\/')).toBeNull();
  });

  it('escapes every Lucene special character', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
    expect(escapeLucene('Lazarov')).toBe('Lazarov');
  });

  it(`is refused over ${LIMITS.searchText.max} characters, counted after NFKC normalization`, () => {
    expect(checkSearchText('x'.repeat(LIMITS.searchText.max))).toHaveLength(LIMITS.searchText.max);
    expect(checkSearchText('😀'.repeat(LIMITS.searchText.max))).toHaveLength(2 * LIMITS.searchText.max);
    expect(() => checkSearchText('x'.repeat(LIMITS.searchText.max + 1))).toThrow(`text must be at most ${LIMITS.searchText.max} characters.`);
    expect(() => checkSearchText('\uFDFA'.repeat(30))).toThrow('at most');
  });
});
