/**
 * A cheap first test for a pattern that opens with a word boundary. V8 cannot skip ahead to
 * where such a pattern can start: it tries the boundary at every position, and under the `i`
 * and `u` flags each try folds case (a line of prose costs several times the scan of the same
 * pattern without its `\b`). Without the boundary the pattern finds the places its first
 * letters stand at once, and a text where it matches nowhere cannot match the whole pattern
 * either: an assertion taken away only lets more texts match. Exact in that direction.
 */

/**
 * The pattern without its opening `\b` (no `g`, `y` or `d`: it only tests), or undefined when
 * it opens otherwise or has flags besides `i` and `u`.
 */
export function boundlessPreTest(re: RegExp): RegExp | undefined {
  // `\b` as the first token: a source that opens with an escaped backslash (`\\b`) is a literal.
  if (!re.source.startsWith('\\b')) return undefined;
  const flags = re.flags.replace(/[dgy]/gu, '');
  if (flags === 'iu') return new RegExp(re.source.slice(2), 'iu');
  return flags === 'u' ? new RegExp(re.source.slice(2), 'u') : undefined;
}

/** A test of `re` that runs its pre-test first (`boundlessPreTest`); `re` itself must not be global or sticky. */
export function preTested(re: RegExp): (text: string) => boolean {
  const pre = boundlessPreTest(re);
  return pre ? (text) => pre.test(text) && re.test(text) : (text) => re.test(text);
}
