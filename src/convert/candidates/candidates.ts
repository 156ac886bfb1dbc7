import { LINE_RECOGNIZERS } from '../recognizers/registry.js';
import { shapeOf, type Shape } from '../recognizers/shape.js';
import type { LineContext, LineMatch } from '../recognizers/types.js';
import { LINE_CUES } from './evidence.js';
import { BASE_SCORES, CLOSE_CALL, RULE_SCORES, TEXT_SCORE } from './score-table.js';

/** One recogniser's proposal for a line: a label, its score and the evidence for it. */
export interface Candidate {
  readonly match: LineMatch;
  readonly score: number;
  readonly evidence: readonly string[];
}

/** A line's candidates, best first, and whether the best two scored close. */
export interface Verdict {
  readonly best: Candidate;
  readonly candidates: readonly Candidate[];
  readonly close: boolean;
}

const TEXT: LineMatch = Object.freeze({ kind: 'text', rule: 'text' });
const TEXT_CANDIDATE: Candidate = Object.freeze({ match: TEXT, score: TEXT_SCORE, evidence: Object.freeze(['plain text']) });
/**
 * The candidates and verdict of a line no recogniser claims (most lines): one frozen value for
 * all of them, so a line of prose allocates nothing here. Nothing downstream mutates a verdict
 * (a pass that changes one makes a new one).
 */
const PLAIN_CANDIDATES: readonly Candidate[] = Object.freeze([TEXT_CANDIDATE]);
const PLAIN_VERDICT: Verdict = Object.freeze({ best: TEXT_CANDIDATE, candidates: PLAIN_CANDIDATES, close: false });

/**
 * Every recogniser proposes; none decides. Each proposal gets its base score from the table
 * and the cues of the line; plain text is always a candidate. Pure.
 */
export function candidatesOf(text: string, ctx: LineContext): readonly Candidate[] {
  // The shape is measured only for a line some recogniser claims (most prose lines are claimed by none).
  let shape: Shape | undefined;
  let out: Candidate[] | undefined;
  for (const r of LINE_RECOGNIZERS) {
    const m = r(text, ctx);
    if (!m) continue;
    shape ??= shapeOf(text);
    out ??= [TEXT_CANDIDATE];
    let score = RULE_SCORES[m.rule] ?? BASE_SCORES[m.kind] ?? TEXT_SCORE;
    const evidence = [m.rule];
    for (const cue of LINE_CUES) {
      if (!cue.kinds.includes(m.kind) || !cue.test(text, shape)) continue;
      score += cue.delta;
      evidence.push(`${cue.evidence} (${cue.delta > 0 ? '+' : ''}${cue.delta})`);
    }
    out.push({ match: m, score, evidence });
  }
  // Most lines are claimed by no recogniser: plain text alone needs no ranking.
  if (out === undefined) return PLAIN_CANDIDATES;
  // Stable: among equal scores the recogniser tried first (the more specific) wins.
  const n = out.length;
  return out.map((c, i) => ({ c, i: c.match.kind === 'text' ? n : i })).sort((a, b) => b.c.score - a.c.score || a.i - b.i).map((x) => x.c);
}

/** The verdict on a line: its best candidate, all of them, and whether it was a close call. */
export function judgeLine(text: string, ctx: LineContext): Verdict {
  const candidates = candidatesOf(text, ctx);
  if (candidates === PLAIN_CANDIDATES) return PLAIN_VERDICT;
  const [best, second] = candidates;
  return { best: best!, candidates, close: second !== undefined && best!.score - second.score < CLOSE_CALL };
}
