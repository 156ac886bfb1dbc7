/**
 * Runs of characters struck through with U+0336 COMBINING LONG STROKE OVERLAY after each: a
 * deletion, whose words may be apart. The pattern of a run opens with almost any character,
 * so scanning a paragraph with it tries it at every position; instead each stroke is looked
 * up (`indexOf`) and the pattern tried, anchored, only where the character it strikes begins.
 */

/**
 * One struck character: a base code point (not white space, a milestone or a mark), the
 * combining marks it carries, U+0336, and any marks after it. The `u` flag keeps a character
 * outside the BMP whole, so a stroke after `𝔄` never splits its surrogate pair.
 */
const STRUCK = '[^ \\t\\n\\uE000\\u0336\\p{M}](?:(?!\\u0336)\\p{M})*\\u0336\\p{M}*';

/** A run: struck characters, and more after spaces or tabs. */
const RUN = `(?:${STRUCK})+(?:[ \\t]+(?:${STRUCK})+)*`;

const MARK = /^\p{M}$/u;
const STROKE = 0x0336;

/** The code point that ends at `end` (a surrogate pair whole) and its length in code units. */
function codePointBefore(text: string, end: number): [number, number] {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return [text.codePointAt(end - 2)!, 2];
  }
  return [low, 1];
}

/**
 * Where the character struck by the stroke at `stroke` begins: back over the marks it carries
 * before the stroke (never another stroke) to its base. Undefined when that lies before `from`.
 */
function struckStart(text: string, stroke: number, from: number): number | undefined {
  let p = stroke;
  for (;;) {
    if (p <= from) return undefined;
    const [cp, size] = codePointBefore(text, p);
    if (cp === STROKE || !MARK.test(String.fromCodePoint(cp))) return p - size >= from ? p - size : undefined;
    p -= size;
  }
}

/**
 * The `[start, end)` of each struck run of `text`, in order: what a scan of the whole text with
 * the run's pattern finds. A run's first character carries the first stroke after the run's
 * start, and only marks stand between the two, so a run can only begin where `struckStart`
 * puts it for some stroke; each stroke after the last run is tried in turn.
 */
export function strikeRuns(text: string): [number, number][] {
  const out: [number, number][] = [];
  let stroke = text.indexOf('\u0336');
  if (stroke === -1) return out;
  // Sticky: a match only where it is tried. Made per call (it carries `lastIndex`); most texts have no stroke and never get here.
  const run = new RegExp(RUN, 'uy');
  let from = 0;
  for (; stroke !== -1; stroke = text.indexOf('\u0336', Math.max(stroke + 1, from))) {
    const start = struckStart(text, stroke, from);
    if (start === undefined) continue;
    run.lastIndex = start;
    const m = run.exec(text);
    if (!m) continue;
    out.push([start, start + m[0].length]);
    from = start + m[0].length;
  }
  return out;
}
