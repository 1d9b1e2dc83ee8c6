/**
 * The closest names to a lookup that matched nothing: a small edit-distance ranking over a bounded candidate set, so a
 * NOT_FOUND answer can say what the client probably meant ("Opn AI" → OpenAI).
 */

/** One name key of an entity: its normalized name or alias (`normalizeName`), with the entity it names. */
export interface NameCandidate {
  id: string;
  name: string;
  key: string;
}

/** Longest text compared, in code points: the ranking stays O(64 × 64) per candidate whatever a client sends. */
export const MAX_COMPARED_LENGTH = 64;

/** Levenshtein distance between two strings, by code point (insert, delete and substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= t.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[t.length];
}

/**
 * How far `query` is from `key`, both normalized: the edit distance to the whole key, or one more than the distance to
 * the key's start of the same length, whichever is smaller, so a mistyped beginning of a long name ("stargte" for
 * "stargateuae") ranks near the name.
 */
export function nameDistance(query: string, key: string): number {
  const q = [...query].slice(0, MAX_COMPARED_LENGTH).join('');
  const k = [...key].slice(0, MAX_COMPARED_LENGTH);
  const whole = editDistance(q, k.join(''));
  const start = editDistance(q, k.slice(0, [...q].length).join('')) + 1;
  return Math.min(whole, start);
}

/** The largest distance still worth suggesting for a normalized query: about half its length, at least 2. */
export function maxSuggestedDistance(query: string): number {
  return Math.max(2, Math.ceil(Math.min([...query].length, MAX_COMPARED_LENGTH) / 2));
}

/**
 * The names of at most `max` entities closest to the normalized `query`, closest first (ties by name, then id), each
 * entity once at the distance of its closest key; entities farther than `maxSuggestedDistance` are left out, so the
 * list may be empty. An empty query suggests nothing.
 */
export function closestNames(query: string, candidates: readonly NameCandidate[], max = 3): string[] {
  if (!query) return [];
  const limit = maxSuggestedDistance(query);
  const best = new Map<string, { name: string; id: string; distance: number }>();
  for (const candidate of candidates) {
    const distance = nameDistance(query, candidate.key);
    const seen = best.get(candidate.id);
    if (distance <= limit && (!seen || distance < seen.distance)) best.set(candidate.id, { name: candidate.name, id: candidate.id, distance });
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, max)
    .map((entry) => entry.name);
}
