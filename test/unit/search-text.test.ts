/** How a search text becomes a Lucene query, without a database: terms cut as the standard analyzer cuts them. */
import { LIMITS } from '../../src/limits';
import { checkSearchText, toLuceneQuery } from '../../src/service/read-service';

describe('a search text', () => {
  it('becomes one term per word the analyzer sees, joined by AND', () => {
    expect(toLuceneQuery('Stargate  Abilene')).toBe('Stargate AND Abilene');
    expect(toLuceneQuery('x,y;z/w-v')).toBe('x AND y AND z AND w AND v');
  });

  it('keeps the punctuation the analyzer keeps inside a word', () => {
    expect(toLuceneQuery("OpenAI's U.S. 1,000 3.5 snake_case")).toBe("OpenAI's AND U.S AND 1,000 AND 3.5 AND snake_case");
    expect(toLuceneQuery('a:b')).toBe('a\\:b');
  });

  it('makes each ideograph a term, as the analyzer does', () => {
    expect(toLuceneQuery('中文 カタカナ')).toBe('中 AND 文 AND カタカナ');
  });

  it('cuts a word longer than 255 characters where Lucene cuts it', () => {
    expect(toLuceneQuery(`${'x'.repeat(255)}${'y'.repeat(10)}`)).toBe(`${'x'.repeat(255)} AND ${'y'.repeat(10)}`);
  });

  it(`counts at most ${LIMITS.searchText.terms} distinct terms, after cutting`, () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    expect(toLuceneQuery(words.join(','))).toBe(words.slice(0, LIMITS.searchText.terms).join(' AND '));
    expect(toLuceneQuery(Array(1025).fill('x').join(','))).toBe('x');
  });

  it('neutralizes query syntax: operators become words, special characters separators', () => {
    expect(toLuceneQuery('title:(x OR y) AND NOT z~2 "q"* \\')).toBe('title AND x AND or AND y AND and AND not AND z AND 2 AND q');
    expect(toLuceneQuery('+-&|!(){}[]^"~*?:\\/')).toBeNull();
  });

  it(`is refused over ${LIMITS.searchText.max} characters, counted after NFKC normalization`, () => {
    expect(checkSearchText('x'.repeat(LIMITS.searchText.max))).toHaveLength(LIMITS.searchText.max);
    expect(checkSearchText('😀'.repeat(LIMITS.searchText.max))).toHaveLength(2 * LIMITS.searchText.max);
    expect(() => checkSearchText('x'.repeat(LIMITS.searchText.max + 1))).toThrow(`text must be at most ${LIMITS.searchText.max} characters.`);
    expect(() => checkSearchText('\uFDFA'.repeat(30))).toThrow('at most');
  });
});
