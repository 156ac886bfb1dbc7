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
}

/** A new, empty memo (one per conversion). */
export function createConvertMemo(): ConvertMemo {
  // By owner first: the owners are profile parts, dropped with the memo (or their profile).
  const byOwner = new WeakMap<object, Map<string, unknown>>();
  return {
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
