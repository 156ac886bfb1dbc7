/**
 * Appends `items` to `target` in place. Unlike `target.push(...items)` it works for arrays of
 * any length (spreading passes every item as an argument, and the stack limits their number).
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
