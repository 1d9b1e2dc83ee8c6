/**
 * What the quotes and notes search holds (`searchableEvidence`), and which of a hit's stored quotes (or notes) hold the
 * words searched for (`matchingTexts`). The index says only that a node matched in its quotes; to show the analyst why, each quote is checked here the way the query matches a word: the word itself,
 * a word it starts, or, from FUZZY_MIN_LENGTH letters on, a word one edit away, after case and accents are folded.
 * This is a close reading of Lucene's standard-folding analyzer, not the analyzer itself, so it only picks which
 * verbatim texts to show; whether and where the node matched is always the index's answer.
 */

/**
 * The English stop words of Lucene's standard analyzer: never indexed, so a stop word is searched only as itself, and
 * a quote need not hold it.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

/** Words shorter than this get no fuzzy variant: one edit away from a two- or three-letter word is another word. */
export const FUZZY_MIN_LENGTH = 4;

/**
 * What the `search_notes` full-text index holds for an entity, from the `evidence` JSON of the live support edges of
 * the entity and of the facts it stands at (a hire's quotes count for the person, the hiring organization and the
 * previous employer): every distinct quote (`quoteText`) and curator's note (`noteText`), WEAK articles' included,
 * each verbatim, sorted so the order files came in never shows; null when there is none.
 */
export function searchableEvidence(evidence: readonly Record<string, unknown>[]): { quoteText: string[] | null; noteText: string[] | null } {
  const quotes = new Set<string>();
  const notes = new Set<string>();
  for (const edge of evidence) {
    for (const entry of Object.values(edge)) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { quote, note } = entry as { quote?: unknown; note?: unknown };
      if (typeof quote === 'string' && quote.trim() !== '') quotes.add(quote);
      if (typeof note === 'string' && note.trim() !== '') notes.add(note);
    }
  }
  const sorted = (set: Set<string>) => (set.size > 0 ? [...set].sort() : null);
  return { quoteText: sorted(quotes), noteText: sorted(notes) };
}

/** Lowercased, accents removed, cut into runs of letters and digits. */
function words(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when `a` and `b` are at most one insertion, deletion, substitution or swap of neighbours apart. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

function matchesWord(term: string, word: string): boolean {
  return word.startsWith(term) || ([...term].length >= FUZZY_MIN_LENGTH && withinOneEdit(term, word));
}

/**
 * The texts, in their given order and verbatim, that hold every word of `query` (stop words aside); when none holds
 * them all, those that hold at least one; [] when none holds any or the query has no word.
 */
export function matchingTexts(texts: readonly string[], query: string): string[] {
  const terms = [...new Set(words(query))].filter((term) => !STOP_WORDS.has(term));
  if (terms.length === 0) return [];
  const counted = texts.map((text) => {
    const own = words(text);
    return { text, found: terms.filter((term) => own.some((word) => matchesWord(term, word))).length };
  });
  const all = counted.filter((c) => c.found === terms.length);
  return (all.length > 0 ? all : counted.filter((c) => c.found > 0)).map((c) => c.text);
}
