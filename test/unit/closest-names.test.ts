import { closestNames, editDistance, maxSuggestedDistance, nameDistance, type NameCandidate } from '../../src/domain/closest-names';

const candidate = (id: string, name: string, key: string): NameCandidate => ({ id, name, key });

const ORGANIZATIONS = [
  candidate('openai', 'OpenAI', 'openai'),
  candidate('openai', 'OpenAI', 'openaigrouppbc'),
  candidate('open-compute', 'Open Compute', 'opencompute'),
  candidate('oracle', 'Oracle', 'oracle'),
  candidate('nvidia', 'NVIDIA', 'nvidia'),
];

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('opnai', 'openai')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('counts by code point, so a letter outside the BMP is one edit', () => {
    expect(editDistance('a𝒜b', 'ab')).toBe(1);
  });
});

describe('nameDistance', () => {
  it('ranks a mistyped beginning of a long name near it', () => {
    // "stargte" is two edits from "stargat", the key's start of its length; the whole key is 19 away.
    expect(nameDistance('stargte', 'stargateunitedarabemirates')).toBe(3);
    expect(editDistance('stargte', 'stargateunitedarabemirates')).toBeGreaterThan(3);
  });

  it('compares at most the first 64 characters of a long query', () => {
    expect(nameDistance('x'.repeat(10_000), 'openai')).toBeLessThanOrEqual(64);
  });
});

describe('closestNames', () => {
  it('puts OpenAI first for "Opn AI"', () => {
    expect(closestNames('opnai', ORGANIZATIONS)[0]).toBe('OpenAI');
  });

  it('names each entity once, at the distance of its closest key', () => {
    expect(closestNames('openai', ORGANIZATIONS)).toEqual(['OpenAI', 'Open Compute']);
  });

  it('leaves out names farther than about half the query', () => {
    expect(maxSuggestedDistance('opnai')).toBe(3);
    expect(closestNames('opnai', ORGANIZATIONS)).not.toContain('NVIDIA');
    expect(closestNames('zzzzzzzz', ORGANIZATIONS)).toEqual([]);
  });

  it('breaks ties by name and keeps at most `max`', () => {
    const twins = [candidate('b', 'Beta', 'abcx'), candidate('a', 'Alpha', 'abcy'), candidate('c', 'Gamma', 'abcz')];
    expect(closestNames('abc', twins, 2)).toEqual(['Alpha', 'Beta']);
  });

  it('suggests nothing for an empty query', () => {
    expect(closestNames('', ORGANIZATIONS)).toEqual([]);
  });
});
