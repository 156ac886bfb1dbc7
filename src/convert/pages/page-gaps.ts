import type { Profile } from '../../profiles/profile.js';
import { FURNITURE_KINDS } from '../recognizers/index.js';
import type { Item } from '../structure/items.js';
import { IN_BLOCK } from '../structure/items.js';
import { continues } from '../structure/joins.js';
import * as C from './page-cues.js';
import { formKeys } from '../structure/form-key.js';
import { printedOf, recurrence, runCues, runScore } from './run-cues.js';

/** Why a gap's text reads on: the paragraph before breaks off, or the next resumes in lower case. */
const LOWER_CASE = 'resumes in lower case';
const TEXT_NONE = 0;
const TEXT_LOWER = 1;
const TEXT_BROKEN = 2;

const TEXT_ONLY = 1;
const EXPLICIT = 2;
const COUNTED = 4;
const KEY = 8;

const isFurniture = (it: Item) => FURNITURE_KINDS.has(it.kind);

/**
 * The gaps between pieces of content, one column per fact by gap index: the content item a
 * turn there would precede (its index in the items), where its run of furniture begins (the
 * run is the items from there to it), the content characters before it, its score and flags.
 * A gap's cues (text for the decisions) are made only for the turns taken ({@link cuesOf}):
 * over a large file the gaps with their runs, cue arrays and cue strings were held at once,
 * some four times the input in memory at the page model's peak. Paragraphs that follow one
 * another inside a block have no gap.
 */
export class Gaps {
  readonly at: number[] = [];
  readonly from: number[] = [];
  readonly line: number[] = [];
  readonly score: number[] = [];
  readonly flags: number[] = [];
  readonly text: number[] = [];
  /** The page number a gap's furniture prints for the next page (only gaps that print one). */
  readonly printedAt = new Map<number, number>();
  /** The file's text is spaced: most gaps between two texts read on (see `page-cues.ts`). */
  spaced = false;

  /** `recurs`: the furniture whose shape recurs in the file, which the cues name. */
  constructor(readonly items: readonly Item[], private readonly recurs: ReadonlySet<Item>) {}

  get length(): number {
    return this.at.length;
  }

  item(k: number): Item {
    return this.items[this.at[k]!]!;
  }

  textOnly(k: number): boolean {
    return (this.flags[k]! & TEXT_ONLY) !== 0;
  }

  /** Its furniture alone is strong enough for a turn. */
  explicit(k: number): boolean {
    return (this.flags[k]! & EXPLICIT) !== 0;
  }

  printed(k: number): number | undefined {
    return this.printedAt.get(k);
  }

  /** The printed number comes from a record footer's counter (it counts the pages of its record). */
  counted(k: number): boolean {
    return (this.flags[k]! & COUNTED) !== 0;
  }

  /** The cues of gap `k`, joined by `; ` as the decisions give them: its run's, the form key's, its text's. */
  cuesOf(k: number): string {
    const cues = runCues(this.items.slice(this.from[k]!, this.at[k]!), this.recurs);
    if (this.flags[k]! & KEY) cues.push(`the key to a form's codes follows (${C.FORM_KEY_CUE})`);
    const text = this.text[k]!;
    if (text !== TEXT_NONE) cues.push(`text ${text === TEXT_LOWER ? LOWER_CASE : 'breaks off mid-sentence'} (${textWeight(text, this.spaced).toFixed(2)})`);
    return cues.join('; ');
  }
}

const textWeight = (text: number, spaced: boolean) => (text === TEXT_LOWER ? C.TEXT_CUES.lowerCase : C.TEXT_CUES.brokenOff)[spaced ? 'spaced' : 'clean'];

/** The gaps of `items` (see {@link Gaps}). */
export function gapsOf(items: readonly Item[], profile: Profile): Gaps {
  const recurs = recurrence(items);
  const keys = formKeys(items);
  const g = new Gaps(items, recurs);
  let prev: Item | undefined;
  let from = 0;
  let line = 0;
  let inSentence = 0;
  let textGaps = 0;
  items.forEach((it, i) => {
    if (isFurniture(it)) return;
    if (prev && it.match.rule !== IN_BLOCK) {
      const why = prev.kind === 'text' && it.kind === 'text' ? continues(prev.lines, it.lines, profile) : undefined;
      if (from === i && prev.kind === 'text' && it.kind === 'text') {
        textGaps++;
        if (why) inSentence++;
      }
      const run = items.slice(from, i);
      const key = keys.has(it);
      const score = key ? runScore(run, recurs) + C.FORM_KEY_CUE : runScore(run, recurs);
      const printed = printedOf(run);
      const counted = printed !== undefined && !run.some((r) => r.kind === 'pageNum');
      if (printed !== undefined) g.printedAt.set(g.at.length, printed);
      g.at.push(i);
      g.from.push(from);
      g.line.push(line);
      g.score.push(score);
      g.flags.push((run.length === 0 ? TEXT_ONLY : 0) | (score >= C.TURN_COST * 2 ? EXPLICIT : 0) | (counted ? COUNTED : 0) | (key ? KEY : 0));
      g.text.push(why === undefined ? TEXT_NONE : why === LOWER_CASE ? TEXT_LOWER : TEXT_BROKEN);
    }
    line += it.lines.reduce((a, l) => a + l.text.length + 1, 0);
    prev = it;
    from = i + 1;
  });
  g.spaced = textGaps >= 4 && inSentence / textGaps > C.SPACED_SHARE;
  for (let k = 0; k < g.length; k++) if (g.text[k] !== TEXT_NONE) g.score[k] = g.score[k]! + textWeight(g.text[k]!, g.spaced);
  return g;
}
