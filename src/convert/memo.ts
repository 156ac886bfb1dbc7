/**
 * A conversion's memo: what the converter computes from an immutable part of a profile (a
 * word list, a kinds table, a date locale) and needs for every line, made once per
 * conversion rather than kept in module tables, so that no state outlives the run that made
 * it. The conversion entry point makes one and carries it on the contexts it hands down
 * (`LineContext.memo`); a library function called without one makes its own.
 */
export interface ConvertMemo {
  /**
   * The value `make` computes from `owner` (by identity) for `slot` (one name per use, e.g.
   * `recognizers/caveat`), made on the first ask of this memo and returned after.
   */
  once<O extends object, T>(owner: O, slot: string, make: (owner: O) => T): T;
  /**
   * `s`, or the string equal to it this memo gave before, when it is short (at most
   * {@link SHORT_TEXT} code units): one copy per conversion of the short texts many nodes
   * hold (a space, a word between two elements), which V8 copies for each node (a string
   * that short is never a slice of the text it came from). A 5 MB letter's IR held 1.4 MB of
   * such copies. Longer strings are returned as they are.
   */
  intern(s: string): string;
}

/** The longest string `intern` keeps one copy of: V8 slices a string from 13 code units on (its `SlicedString::kMinLength`), and copies shorter ones. */
export const SHORT_TEXT = 12;

/** A new, empty memo (one per conversion). */
export function createConvertMemo(): ConvertMemo {
  // By owner first: the owners are profile parts, dropped with the memo (or their profile).
  const byOwner = new WeakMap<object, Map<string, unknown>>();
  const short = new Map<string, string>();
  return {
    intern(s: string): string {
      if (s.length > SHORT_TEXT) return s;
      const hit = short.get(s);
      if (hit !== undefined) return hit;
      short.set(s, s);
      return s;
    },
    once<O extends object, T>(owner: O, slot: string, make: (owner: O) => T): T {
      let slots = byOwner.get(owner);
      if (!slots) byOwner.set(owner, (slots = new Map()));
      const hit = slots.get(slot);
      // `has` only when the slot holds nothing: a value made as undefined is kept too.
      if (hit !== undefined || slots.has(slot)) return hit as T;
      const value = make(owner);
      slots.set(slot, value);
      return value;
    },
  };
}

/** The memo a context carries, or a new one for a caller that passed none (a library call). */
export function memoOf(holder: { readonly memo?: ConvertMemo | undefined }): ConvertMemo {
  return holder.memo ?? createConvertMemo();
}
