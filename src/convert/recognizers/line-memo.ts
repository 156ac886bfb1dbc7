/**
 * Per-line memos. The candidates pass runs every recogniser on the same line in turn, and
 * several measure it the same way (its shape, its letters): a memo keeps what was measured
 * for the lines seen last, so each line is measured once however many recognisers ask.
 */

/** How many distinct lines a memo keeps before it starts afresh (bounded memory). */
const KEPT = 256;

/**
 * Wraps a pure function of a line's text in a bounded memo. The value must not be mutated
 * by its users (it is shared between them).
 */
export function lineMemo<T>(measure: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let v = seen.get(text);
    if (v === undefined) {
      if (seen.size >= KEPT) seen.clear();
      v = measure(text);
      seen.set(text, v);
    }
    return v;
  };
}

/** The letters of a line (every `\p{L}`, in order): one replace, not kept in a module memo. */
export function lettersOf(text: string): string {
  return text.replace(/[^\p{L}]/gu, '');
}
