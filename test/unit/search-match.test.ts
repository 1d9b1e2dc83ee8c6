import { matchingTexts } from '../../src/domain/search-match';

describe('matchingTexts', () => {
  const quotes = ['Ce projet s’accompagne de conventions cloud multimillionnaires', 'un accord avec Oracle estimé à plus de 30 milliards', 'Stargate is a joint venture'];

  it('returns the texts that hold every word, verbatim and in their order', () => {
    expect(matchingTexts(quotes, 'conventions multimillionnaires')).toEqual([quotes[0]]);
  });

  it('matches a word by its start, with one edit from four letters on, and with case and accents folded', () => {
    expect(matchingTexts(quotes, 'multimil')).toEqual([quotes[0]]);
    expect(matchingTexts(quotes, 'multimilionnaires')).toEqual([quotes[0]]);
    expect(matchingTexts(quotes, 'ESTIME')).toEqual([quotes[1]]);
    expect(matchingTexts(quotes, 'Orcale')).toEqual([quotes[1]]);
  });

  it('gives no fuzzy match to short words and ignores stop words', () => {
    expect(matchingTexts(quotes, 'cluod')).toEqual([quotes[0]]);
    expect(matchingTexts(quotes, 'pls')).toEqual([]);
    expect(matchingTexts(quotes, 'le')).toEqual([]);
    expect(matchingTexts(quotes, 'the joint')).toEqual([quotes[2]]);
  });

  it('falls back to the texts holding some of the words, and is empty for none or no word', () => {
    expect(matchingTexts(quotes, 'Oracle Stargate')).toEqual([quotes[1], quotes[2]]);
    expect(matchingTexts(quotes, 'nothing here')).toEqual([]);
    expect(matchingTexts(quotes, '!!')).toEqual([]);
  });
});
