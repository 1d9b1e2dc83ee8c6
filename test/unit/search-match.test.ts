import { matchingTexts, searchableEvidence } from '../../src/domain/search-match';

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

describe('searchableEvidence', () => {
  it('collects every distinct quote and note of the edges, each field\'s and the existence evidence, sorted', () => {
    const edges = [
      { value: { quote: 'b quote', note: 'a note' }, exists: { quote: 'a quote' } },
      { 'roles.BUYER': { note: 'a note' }, title: { quote: 'b quote', speaker: 'x' } },
    ];
    expect(searchableEvidence(edges)).toEqual({ quoteText: ['a quote', 'b quote'], noteText: ['a note'] });
  });

  it('is null for each kind there is none of, so the property is removed', () => {
    expect(searchableEvidence([])).toEqual({ quoteText: null, noteText: null });
    expect(searchableEvidence([{ value: { attribution: 'COMPANY' } }, { exists: { quote: ' ' } }])).toEqual({ quoteText: null, noteText: null });
  });
});
