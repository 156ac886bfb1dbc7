import { distanceScratch, similarity, type DistanceScratch } from '../fuzzy.js';
import { profileDateContext } from '../dates/dateline-parts.js';
import { parseDates } from '../dates/parse-dates.js';
import type { Profile } from '../../profiles/profile.js';
import { memoOf, type ConvertMemo } from '../memo.js';
import { furnitureShaped } from '../recognizers/shape.js';
import type { BlockKind, LineMatch } from '../recognizers/types.js';
import { EMPTY_LABEL } from './form-region.js';
import type { Item } from './items.js';

/** Kinds a recurring line may be re-read from: what the line recognisers left as text-like. */
const CANDIDATES: ReadonlySet<BlockKind> = new Set(['text', 'unclassified', 'heading', 'idno', 'folio']);
const MAX_GROUPS = 256;
/** How alike two shape keys must be to be copies of one line. */
const SAME_LINE = 0.7;

/**
 * The shape of a line with digits and OCR noise folded: lower case, every digit run one `#`,
 * letters OCR confuses (`l`/`I`/`1`, `0`/`o`) merged, punctuation dropped. Record footers with
 * a rising counter and different ids share one shape.
 */
export function shapeKey(text: string): string {
  return text.toLowerCase().replace(/\d+/gu, '#').replace(/[|!1]/gu, 'l').replace(/[^\p{L}#]+/gu, '');
}

/**
 * A sentence of prose (three words or more, two of them in lower case, a full stop at the end):
 * the same answer said twice in a transcript (`Mr. Day. That is right.`) is no running head.
 */
function spokenSentence(text: string): boolean {
  return /[.?!]["'”’)]*$/u.test(text) && (text.match(/(?:^|[ \t])\p{Ll}{2,}/gu) ?? []).length >= 2 && text.split(/[ \t]+/u).length >= 3;
}

/** A short line in capitals with no heading word of the profile (`SMITH & SONS`): it may recur as a running head. */
function shortHead(it: Item): boolean {
  const text = it.lines[0]!.text;
  return it.kind === 'heading' && !it.match.value && text.length >= 5 && (text.match(/\p{Lu}/gu) ?? []).length >= 4;
}

/**
 * A line that is a date and nothing more (OCR residue aside): the dateline of each document of
 * a file recurs with the same shape, and is no running head. A date with words of a title
 * around it (`Daily Summary, 3 May`) may still recur as one.
 */
function dateOnly(text: string, profile: Profile, memo: ConvertMemo | undefined): boolean {
  if (!/\d/u.test(text)) return false;
  let rest = text;
  for (const d of parseDates(text, profileDateContext(profile, { memo })).reverse()) if (d.when && /^\d{4}-\d{2}/u.test(d.when)) rest = rest.slice(0, d.start) + rest.slice(d.end);
  return rest !== text && (rest.match(/\p{L}/gu) ?? []).length < 3;
}

/** Blank labels a form's column has at least, and how many items its value block may run after the last. */
const FORM_BLANKS = 5;
const VALUE_BLOCK = 12;

/**
 * Items in the value block of a form whose values OCR put after a column of blank labels
 * (`TITLE :` … then the title): a form restates the record's title and date, so a line there
 * that recurs once more in the text is the record's title, not a running head.
 */
function formValues(items: readonly Item[]): Set<Item> {
  const out = new Set<Item>();
  let blanks = 0;
  let since = Infinity;
  for (const it of items) {
    const blank = it.lines.filter((l) => EMPTY_LABEL.test(l.text)).length;
    if (blank) {
      blanks += blank;
      since = 0;
    } else if (++since > VALUE_BLOCK) blanks = 0;
    else if (blanks >= FORM_BLANKS) out.add(it);
  }
  return out;
}

interface Group {
  readonly key: string;
  readonly members: Item[];
}

function groupOf(groups: Group[], byKey: Map<string, Group>, key: string, scratch: DistanceScratch): Group | undefined {
  const exact = byKey.get(key);
  if (exact) return exact;
  return groups.find((g) => Math.abs(g.key.length - key.length) <= key.length * 0.3 && similarity(g.key, key, scratch) >= SAME_LINE);
}

/**
 * Repetition clusters: lines whose shape recurs across the file are page furniture even when
 * no pattern names them (running heads, stamps and record footers with OCR damage). A cluster
 * that holds a record footer with a counter, or lines with commas and numbers, is archival
 * citations; any other is a running head (never a line that is only a date: see `dateOnly`). Then folio shapes are kept only with evidence (a
 * run of rising numbers, or the foot of a page). Re-labels the items in place.
 */
export function clusterFurniture(items: Item[], profile: Profile, memo?: ConvertMemo): void {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const scratch = distanceScratch(memoOf({ memo }));
  for (const it of items) {
    const counter = it.match.rule === 'record-footer/counter';
    if (!counter && (!CANDIDATES.has(it.kind) || it.lines.length !== 1 || (it.kind === 'heading' && it.match.value))) continue;
    const text = it.lines[0]!.text;
    if (text.length > 200 || (!counter && (!furnitureShaped(text, 24) || spokenSentence(text)))) continue;
    if ((text.length < 12 && !shortHead(it)) || (!counter && dateOnly(text, profile, memo))) continue;
    const key = shapeKey(text);
    const g = groupOf(groups, byKey, key, scratch);
    if (g) g.members.push(it);
    else if (groups.length < MAX_GROUPS) {
      const ng = { key, members: [it] };
      groups.push(ng);
      byKey.set(key, ng);
    }
  }
  // A short line is weaker evidence than a long one: it must recur three times (a firm's name
  // at the foot of each page), a longer one twice.
  const values = formValues(items);
  for (const g of groups) {
    if (g.members.length < (g.members[0]!.lines[0]!.text.length < 12 ? 3 : 2)) continue;
    // Twice, once among a form's values: the form restates the record's title (see `formValues`).
    if (g.members.length === 2 && g.members.some((m) => values.has(m))) continue;
    relabelCluster(g.members);
  }
  acceptFolios(items);
}

function relabelCluster(members: readonly Item[]): void {
  const counter = members.some((it) => it.match.rule === 'record-footer/counter');
  const citationLike = counter || members.every((it) => /,/u.test(it.lines[0]!.text) && /\d/u.test(it.lines[0]!.text));
  for (const it of members) {
    if (it.match.rule === 'record-footer/counter') continue;
    const kind: BlockKind = citationLike ? 'archival-citation' : 'running-head';
    relabel(it, { kind, rule: citationLike ? 'citation/repeated' : 'running-head/repeated' }, `recurs ${members.length} times`);
  }
}

function relabel(it: Item, match: LineMatch, why: string): void {
  it.kind = match.kind;
  it.match = match;
  if (it.verdict) it.verdict = { ...it.verdict, best: { match, score: it.verdict.best.score, evidence: [...it.verdict.best.evidence, why] } };
}

const folioOf = (it: Item): LineMatch | undefined => it.verdict?.candidates.find((c) => c.match.kind === 'folio')?.match;
const FOOT: ReadonlySet<BlockKind> = new Set(['archival-citation', 'classification']);

/**
 * A folio or Bates number needs evidence beyond its shape: it stands at the foot of a page
 * (right after a footer), or it belongs to a run of folio shapes whose numbers rise by a
 * little each time. Others keep the label they had (`NSC 68` stays text).
 */
function acceptFolios(items: Item[]): void {
  const shaped = items.map((it, i) => ({ it, i, m: it.lines.length === 1 && CANDIDATES.has(it.kind) ? folioOf(it) : undefined })).filter((x) => x.m);
  const inRun = new Set<number>();
  const numbered = shaped.filter((x) => x.m!.value !== undefined);
  numbered.forEach((x, k) => {
    const next = numbered[k + 1];
    const step = next ? Number(next.m!.value) - Number(x.m!.value) : NaN;
    if (step >= 1 && step <= 3) {
      inRun.add(x.i);
      inRun.add(next!.i);
    }
  });
  for (const { it, i, m } of shaped) {
    const atFoot = i > 0 && FOOT.has(items[i - 1]!.kind);
    if (inRun.has(i) || atFoot) relabel(it, m!, inRun.has(i) ? 'in a run of folio numbers' : 'at the foot of a page');
  }
}
