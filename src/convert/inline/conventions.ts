import type { Inline } from '../../ir/nodes.js';
import { createConvertMemo, type ConvertMemo } from '../memo.js';
import { MILESTONE_CHAR } from './flat-text.js';
import type { InlineRange } from './ranges.js';
import { strikeRuns } from './strike.js';

/** What a convention's markers stand for. */
export type ConventionElement = 'del' | 'add' | 'unclear' | 'note' | 'gap-illegible' | 'gap-redacted' | 'add-handwritten';

/** A transcription convention: plain-text markers and the element they stand for. */
export interface Convention {
  readonly open: string;
  readonly close: string;
  readonly element: ConventionElement;
  /**
   * Flanked like Markdown strike-through: the opener is followed and the closer preceded by a
   * character that is not white space, and the pair lies within one paragraph (no blank line).
   * OCR noise (`Rabat ~~`, `~~ ~`) is then literal text, not a marker.
   */
  readonly flanking?: boolean;
}

/** The documented conventions (README, "Transcription conventions"); longest opener first wins. */
export const DEFAULT_CONVENTIONS: readonly Convention[] = [
  { open: '~~', close: '~~', element: 'del', flanking: true },
  { open: '{+', close: '+}', element: 'add' },
  { open: '^', close: '^', element: 'add' },
  { open: '[?', close: '?]', element: 'unclear' },
  { open: '[deleted:', close: ']', element: 'del' },
  { open: '[del:', close: ']', element: 'del' },
  { open: '[struck:', close: ']', element: 'del' },
  { open: '[added:', close: ']', element: 'add' },
  { open: '[add:', close: ']', element: 'add' },
  { open: '[inserted:', close: ']', element: 'add' },
  { open: '[unclear:', close: ']', element: 'unclear' },
  { open: '[handwritten:', close: ']', element: 'add-handwritten' },
  { open: '[illegible', close: ']', element: 'gap-illegible' },
  { open: '[illeg.', close: ']', element: 'gap-illegible' },
  { open: '[redacted', close: ']', element: 'gap-redacted' },
  { open: '[', close: ']', element: 'note' },
];

const PAGE_MARKER = /^(?:p|pp|pg|page|f|fol|folio)\.?[ \t]*(\d{1,4}[rv]?)$/iu;

/** Strips spaces, tabs and line breaks at both ends (never other characters `trim()` takes for space, such as U+FEFF). */
export function trimSpace(s: string): string {
  return s.replace(/^[ \t\n]+|[ \t\n]+$/gu, '');
}

/** The highest page number of the `[p. N]` markers in a text, or undefined when it has none. */
export function lastPageMarker(text: string): number | undefined {
  const ns = [...text.matchAll(/\[[ \t]*(?:p|pp|pg|page|f|fol|folio)\.?[ \t]*(\d{1,4})[rv]?[ \t]*\]/giu)].map((m) => Number(m[1]));
  return ns.length ? Math.max(...ns.slice(-1000)) : undefined;
}

const GAPS: ReadonlySet<ConventionElement> = new Set(['gap-illegible', 'gap-redacted']);

/** Builds the node for an accepted convention range. */
function maker(el: ConventionElement): InlineRange['make'] {
  switch (el) {
    case 'gap-illegible':
    case 'gap-redacted':
      return (_c, pos, inner) => {
        const found = /:[ \t]*(.+)$/u.exec(inner)?.[1];
        const extent = found === undefined ? undefined : trimSpace(found);
        return { type: 'gap', reason: el === 'gap-illegible' ? 'illegible' : 'redacted', desc: trimSpace(inner), offset: pos.offset, ...(extent ? { extent } : {}) };
      };
    case 'add-handwritten':
      return (children, pos) => ({ type: 'add', children, offset: pos.offset, attrs: { rend: 'handwritten' } });
    case 'del':
      return (children, pos) => ({ type: 'del', children, offset: pos.offset, attrs: { rend: 'strikethrough' } });
    case 'note':
      return (children, pos, inner): Inline | Inline[] => {
        // `[p. 2]` inside a line is the transcriber's page marker: a page break, the marker kept as its printed form.
        const page = PAGE_MARKER.exec(trimSpace(inner));
        if (page) return [{ type: 'pb', n: page[1]!, inferred: false, pos }, { type: 'fw', kind: 'pageNum', n: page[1]!, children, pos }];
        // `[1]` in running text is the mark of a footnote.
        if (/^\d{1,2}$/u.test(trimSpace(inner))) return { type: 'ref', children, offset: pos.offset, attrs: { type: 'footnote-mark', n: trimSpace(inner) } };
        return { type: 'note', children, pos, attrs: { type: 'editorial' } };
      };
    default:
      return (children, pos): Inline => ({ type: el, children, offset: pos.offset });
  }
}

interface Open {
  readonly conv: Convention;
  readonly at: number;
}

/** A problem found while scanning: its flat index and message. */
export interface ConventionProblem {
  readonly at: number;
  readonly message: string;
}

/**
 * Scans flat text for convention markers. Returns the ranges of balanced constructs and
 * the problems (unclosed openers, closers with no opener); unbalanced markers stay text.
 * Linear in the text length times the number of conventions.
 */
export function scanConventions(text: string, conventions: readonly Convention[] = DEFAULT_CONVENTIONS, memo: ConvertMemo = createConvertMemo()): { ranges: InlineRange[]; problems: ConventionProblem[] } {
  const ranges: InlineRange[] = [];
  const problems: ConventionProblem[] = [];
  const stack: Open[] = [];
  const { opens, closers, firsts, asciiFirst } = markersOf(conventions, memo);
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 128 ? !asciiFirst[code] : !firsts.has(text[i]!.toLowerCase())) {
      i += 1;
      continue;
    }
    const closed = tryClose(text, i, stack, closers, ranges, problems);
    if (closed > 0) { i += closed; continue; }
    const conv = opens.find((c) => startsWithAt(text, i, c.open) && openerFits(text, i, c));
    if (conv) {
      if (GAPS.has(conv.element)) {
        const end = text.indexOf(conv.close, i + conv.open.length);
        // A gap holds no page turn: it never spans a milestone (its content is a desc only).
        if (end !== -1 && !text.slice(i, end).includes(MILESTONE_CHAR)) {
          ranges.push(range(i, end + conv.close.length, conv));
          i = end + conv.close.length;
          continue;
        }
        problems.push({ at: i, message: `"${conv.open}" is opened but never closed with "${conv.close}"; kept as text.` });
        i += conv.open.length;
        continue;
      }
      stack.push({ conv, at: i });
      i += conv.open.length;
      continue;
    }
    i += 1;
  }
  for (const o of stack) problems.push({ at: o.at, message: `"${o.conv.open}" is opened but never closed with "${o.conv.close}"; kept as text.` });
  return { ranges, problems };
}

/** A convention list's openers (longest first), closers (longest first) and the characters either can start with. */
interface Markers {
  readonly opens: readonly Convention[];
  readonly closers: readonly string[];
  readonly firsts: ReadonlySet<string>;
  /** `firsts` for ASCII characters, by code: most characters of a text are ASCII and start no marker. */
  readonly asciiFirst: readonly boolean[];
}

// Sorted once per convention list and conversion (its memo), not once per paragraph.
function markersOf(conventions: readonly Convention[], memo: ConvertMemo): Markers {
  return memo.once(conventions, 'inline/conventions', (): Markers => {
    const opens = [...conventions].sort((a, b) => b.open.length - a.open.length);
    const closers = [...new Set(conventions.map((c) => c.close))].sort((a, b) => b.length - a.length);
    const firsts = new Set([...opens.map((c) => c.open[0]!.toLowerCase()), ...closers.map((c) => c[0]!)]);
    const asciiFirst = Array.from({ length: 128 }, (_, code) => firsts.has(String.fromCharCode(code).toLowerCase()));
    return { opens, closers, firsts, asciiFirst };
  });
}

/** ASCII characters that are not letters: no case, and no other character lower-cases to one. */
const ASCII_CASELESS = /^[\u0000-\u0040\u005B-\u0060\u007B-\u007F]+$/u;

/** Whether a marker is all ASCII non-letters (`~~`, `]`, `+}`), so that it matches only as itself (a test of a few characters: no memo needed). */
function isCaseless(s: string): boolean {
  return ASCII_CASELESS.test(s);
}

/** Whether `s` stands at `i` of `text`, case-insensitively. */
function startsWithAt(text: string, i: number, s: string): boolean {
  if (text.length - i < s.length) return false;
  // A marker opening with an ASCII non-letter (`[deleted:`) needs that very character first;
  // one made only of such characters needs itself. Neither needs lower-casing a slice.
  const c0 = s.charCodeAt(0);
  const asciiLetter = (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122);
  if (c0 < 128 && !asciiLetter && text.charCodeAt(i) !== c0) return false;
  if (isCaseless(s)) return text.startsWith(s, i);
  return text.slice(i, i + s.length).toLowerCase() === s.toLowerCase();
}

/** Keyword openers (`[illegible`) must end at a word boundary; a toggle never opens on a closing run. */
function openerFits(text: string, i: number, c: Convention): boolean {
  const next = text[i + c.open.length] ?? '';
  if (c.flanking && (next === '' || WHITE.test(next))) return false;
  if (/\p{L}$/u.test(c.open)) return !/\p{L}/u.test(next);
  return true;
}

function tryClose(text: string, i: number, stack: Open[], closers: readonly string[], ranges: InlineRange[], problems: ConventionProblem[]): number {
  const close = closers.find((c) => startsWithAt(text, i, c));
  if (!close) return 0;
  let k = stack.length - 1;
  while (k >= 0 && stack[k]!.conv.close !== close) k--;
  if (k >= 0 && stack[k]!.conv.flanking && !flankedClose(text, stack[k]!.at, i)) return 0;
  if (k < 0) {
    const opensToo = close === '~~' || close === '^';
    if (!opensToo) problems.push({ at: i, message: `"${close}" closes nothing (no matching opener before it); kept as text.` });
    return opensToo ? 0 : close.length;
  }
  for (const o of stack.splice(k + 1)) problems.push({ at: o.at, message: `"${o.conv.open}" is opened but not closed before "${close}"; kept as text.` });
  const o = stack.pop()!;
  if (i === o.at + o.conv.open.length) {
    problems.push({ at: o.at, message: `"${o.conv.open}${close}" encloses nothing; kept as text.` });
    return close.length;
  }
  ranges.push(range(o.at, i + close.length, o.conv));
  return close.length;
}

/** White space that a flanking marker may not touch on its inner side. */
const WHITE = /^[ \t\n\r]$/u;
/** A blank line: the end of a paragraph, which a flanking pair never spans. */
const BLANK_LINE = /\n[ \t\r]*\n/u;

/** Whether a flanking closer at `i` closes the opener at `at`: a non-space before it, no blank line between. */
function flankedClose(text: string, at: number, i: number): boolean {
  return i > 0 && !WHITE.test(text[i - 1]!) && !BLANK_LINE.test(text.slice(at, i));
}

function range(start: number, end: number, conv: Convention): InlineRange {
  const innerStart = start + conv.open.length;
  const innerEnd = end - conv.close.length;
  const gap = GAPS.has(conv.element);
  return {
    start,
    end,
    innerStart: gap ? start + 1 : innerStart,
    innerEnd: gap ? end - 1 : innerEnd,
    dropped: gap ? [[start, start + 1], [end - 1, end]] : [[start, innerStart], [innerEnd, end]],
    element: conv.element,
    make: maker(conv.element),
  };
}

/** Finds Unicode strike-through runs; the combining strokes are the markers. */
export function scanCombiningStrike(text: string): InlineRange[] {
  return strikeRuns(text).map(([start, end]) => {
    const dropped: [number, number][] = [];
    for (let k = start; k < end; k++) if (text.charCodeAt(k) === 0x0336) dropped.push([k, k + 1]);
    return { start, end, innerStart: start, innerEnd: end, dropped, make: maker('del') };
  });
}
