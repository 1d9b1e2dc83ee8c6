/**
 * Name normalization for lookups and duplicate detection: "openai", "Open AI"
 * and "OpenAI" are the same key; so are "Doña Ana" and "Dona Ana".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The distinct normalized keys of a name and its aliases, empty keys dropped. */
export function nameKeys(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map(normalizeName).filter(Boolean))];
}
