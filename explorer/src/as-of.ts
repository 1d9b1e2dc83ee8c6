/**
 * "As known at": the evidence panel and the numbers view can ask the API what it would have shown on a past date,
 * with the `@asOf(knownAt:)` operation directive. The documents stay static (codegen reads them), so the directive
 * and its variable are added to the operation's text when a date is set; the date itself travels as a variable.
 */

/** A date the API compares by its first day: a year, a year and month, or a day. */
export const KNOWN_AT = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The variable the directive reads; no document of the explorer uses the name. */
export const KNOWN_AT_VARIABLE = 'kbKnownAt';

export function validKnownAt(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && KNOWN_AT.test(trimmed) ? trimmed : undefined;
}

/**
 * The operation `query Name($a: T) {` as `query Name($a: T, $kbKnownAt: String!) @asOf(knownAt: $kbKnownAt) {`.
 * Only the first operation of the document is changed (each explorer document holds one; fragments follow it).
 */
export function withKnownAt(document: string): string {
  const match = /\bquery\s+\w+\s*(\(([^)]*)\))?\s*\{/.exec(document);
  if (!match) throw new Error('no query operation to date');
  const definitions = match[2]?.trim();
  const variables = `(${definitions ? `${definitions}, ` : ''}$${KNOWN_AT_VARIABLE}: String!)`;
  const name = /\bquery\s+\w+/.exec(match[0])![0];
  return `${document.slice(0, match.index)}${name}${variables} @asOf(knownAt: $${KNOWN_AT_VARIABLE}) {${document.slice(match.index + match[0].length)}`;
}
