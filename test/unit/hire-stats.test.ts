/** groupHires (src/domain/hire-stats.ts): each hire in one group, undated and unknown-origin hires in null groups. */
import { groupHires, type StatsHire } from '../../src/domain/hire-stats';

const openai = { id: 'openai', name: 'OpenAI' };
const meta = { id: 'meta', name: 'Meta Platforms' };
const apple = { id: 'apple', name: 'Apple' };
const hires: StatsHire[] = [
  { id: 'h1', from: apple, to: openai, date: '2025-07' },
  { id: 'h2', from: null, to: openai, date: null },
  { id: 'h3', from: apple, to: meta, date: '2024-11-02' },
  { id: 'h4', from: apple, to: openai, date: '2025' },
];

describe('groupHires', () => {
  it('counts each hire once, with how many of a group are dated', () => {
    expect(groupHires(hires, ['TO'], 'COUNT_DESC').map((g) => [g.key[0].value, g.count, g.dated])).toEqual([
      ['openai', 3, { withFigure: 2, of: 3 }],
      ['meta', 1, { withFigure: 1, of: 1 }],
    ]);
  });

  it('puts unknown previous employers and undated hires in null groups, last by key', () => {
    expect(groupHires(hires, ['FROM', 'YEAR'], 'KEY_ASC').map((g) => g.key.map((p) => p.value))).toEqual([
      ['apple', '2024'],
      ['apple', '2025'],
      [null, null],
    ]);
  });
});
