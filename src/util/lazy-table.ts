/**
 * A table that makes each value on the first ask for its key and returns the same value after:
 * the one shape of the per-run caches (compiled schemas, parsed stylesheets). Each call makes a
 * new, empty table, owned by whoever holds the returned function, so nothing outlives the run
 * that made it.
 */
export function lazyTable<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key) as V;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}
