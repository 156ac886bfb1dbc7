/**
 * A fixed collation: strings compared by Unicode code point, so that the order of diagnostics
 * and of the site index is the same on every machine (`localeCompare` follows the machine's
 * locale, and `<` on strings compares UTF-16 code units, which puts astral characters before
 * U+E000–U+FFFF).
 */
export function compareCodePoints(a: string, b: string): number {
  const x = a[Symbol.iterator]();
  const y = b[Symbol.iterator]();
  for (;;) {
    const p = x.next();
    const q = y.next();
    if (p.done || q.done) return p.done && q.done ? 0 : p.done ? -1 : 1;
    const d = (p.value.codePointAt(0) ?? 0) - (q.value.codePointAt(0) ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
}
