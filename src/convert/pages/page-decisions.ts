import type { Milestone, PageBreak } from '../../ir/nodes.js';
import { lastPageMarker } from '../inline/conventions.js';
import type { Item } from '../structure/items.js';
import type { Placed, PlacedRun, PlacedText } from '../structure/steps.js';
import type { PagePlan } from './page-model.js';
import { findBreak, pageBreak, type RunBreak } from './page-run.js';

/** A page decision for the conversion report (and whether it inferred a number). */
export interface PageRecord {
  readonly pos: Item['pos'];
  readonly what: string;
  readonly rule: string;
  readonly text: string;
  readonly inferred: boolean;
}

/** Where a furniture line stands on its page: at the head, at the foot, or unknown. */
export type Place = 'top' | 'bottom' | undefined;

/**
 * A run's page decision: the page break placed before its item `at` (`at` = the run's length:
 * after it; -1: none), the record of the turn, the place of each of its lines, and the number
 * the document's opening page break takes when its first page shows one (`renumber`).
 */
export interface RunPages {
  readonly at: number;
  readonly pb?: PageBreak;
  readonly record?: PageRecord;
  readonly places: readonly Place[];
  readonly renumber?: string;
}

/** A page turn the page model inferred before a body text (inside its paragraph when it joins), and the notice for it. */
export interface TextPages {
  readonly pb?: PageBreak;
  readonly record?: PageRecord;
  readonly notice?: string;
}

/** A document's page decisions, one per placed step (a quoted text's are its own), and the page reached. */
export interface PageDecisions {
  readonly steps: readonly (RunPages | TextPages | PageDecisions | undefined)[];
  readonly page: number;
}

/**
 * How a document starts: the page it is on, whether nothing is in it yet but its opening page
 * break (`fresh`: its first page's printed number renumbers that break), and whether it has no
 * part at all (a quoted text).
 */
export interface PageStart {
  readonly page: number;
  readonly fresh: boolean;
  readonly empty: boolean;
}

/**
 * How a document opens: with a page break, its page 1 — or, after a run of furniture split
 * between it and the document before, with that run's head from its page break on (a printed
 * break stays, an unprinted one is the new document's page 1). Its count starts at 1, and its
 * opening break takes a first page's printed number while nothing else is in it.
 */
export function documentOpening(pos: Item['pos'], tail: readonly Milestone[] = []): { parts: Milestone[]; start: PageStart } {
  const printed = tail[0]?.type === 'pb' && !tail[0].inferred;
  const parts = printed ? [...tail] : [pageBreak('1', true, pos), ...tail.slice(1)];
  return { parts, start: { page: 1, fresh: parts.length === 1, empty: false } };
}

/**
 * How a document opens in the middle of a page (a minute under the minute before, on the same
 * sheet, with no turn between): with no page break, its count going on from the page the
 * document before it reached.
 */
export function midPageOpening(page: number): { parts: Milestone[]; start: PageStart } {
  return { parts: [], start: { page, fresh: false, empty: false } };
}

/**
 * Whether a document that starts at `item` begins in the middle of a page: no run of furniture
 * stands between it and the document before (`afterSplit`), the page model put no turn before
 * it, and the document before is no form (a form is a page of its own).
 */
export function opensMidPage(item: Item, afterSplit: boolean, plan: PagePlan, afterForm: boolean): boolean {
  return !afterSplit && !afterForm && !plan.turns.has(item);
}

/** Furniture that shows a page turned even before the body: a footer, a folio, a page number, a form feed. */
const TURN_SHOWN: ReadonlySet<string> = new Set(['archival-citation', 'folio', 'pageNum', 'formFeed']);

/**
 * The one place a document's pages are counted: which run of furniture turns the page and
 * where in it, the number each page break takes (printed, or the next one inferred), a first
 * page's printed number, turns the page model inferred between body texts, and the page a
 * transcriber's `[p. N]` marker moves the count to. Returned as data; the assembly places it.
 * Pure.
 */
export function pageDecisions(placed: readonly Placed[], plan: PagePlan, start: PageStart): PageDecisions {
  let st = start;
  const steps = placed.map((p) => {
    const [out, next] = stepPages(p, plan, st);
    st = next;
    return out;
  });
  return { steps, page: st.page };
}

function stepPages(p: Placed, plan: PagePlan, st: PageStart): readonly [RunPages | TextPages | PageDecisions | undefined, PageStart] {
  const moved = { page: st.page, fresh: false, empty: false };
  if (p.step === 'run') return runPages(p, plan, st);
  if (p.step === 'text') return textPages(p, plan, st.page);
  if (p.step !== 'quoted') return [undefined, moved];
  // A quoted text goes on on the page of the document that quotes it; the count goes on where it ended.
  const nested = pageDecisions(p.placed, plan, { page: st.page, fresh: false, empty: true });
  return [nested, { ...moved, page: nested.page }];
}

/** The turn before a body text the page model found in a gap that no furniture shows, and a `[p. N]` marker in it. */
function textPages(p: PlacedText, plan: PagePlan, page: number): readonly [TextPages | undefined, PageStart] {
  const turn = p.gap ? plan.turns.get(p.item) : undefined;
  // A marker is bracketed: text without a bracket is not searched.
  const marker = p.item.lines.some((l) => l.text.includes('[')) ? lastPageMarker(p.item.lines.map((l) => l.text).join('\n')) : undefined;
  const after = (n: number) => ({ page: Math.max(n, marker ?? n), fresh: false, empty: false });
  if (!turn) return [undefined, after(page)];
  const reason = p.reason ?? 'page-length';
  const n = String(page + 1);
  const record = { pos: p.item.pos, what: `pb n=${n} (inferred)`, rule: `page-break/${reason.replace(/ /gu, '-')}`, text: `${p.item.lines[0]!.text} — cues: ${turn.cues}`, inferred: true };
  const notice = p.reason ? `The paragraph ${p.reason}; a page break (page ${n}, number inferred) was placed inside it.` : undefined;
  return [{ pb: pageBreak(n, true, p.item.pos), record, ...(notice ? { notice } : {}) }, after(page + 1)];
}

/**
 * Where a run turns the page. Furniture before the body heads the document's first page: no
 * turn there unless a page visibly ended (a footer) or a page number is printed. Nor after the
 * last content of the transcript: a turn needs a page to turn to.
 */
function runPages(p: PlacedRun, plan: PagePlan, st: PageStart): readonly [RunPages, PageStart] {
  const run = p.items;
  const head = p.zone === 'top' || p.zone === 'opener';
  const hasBody = !head;
  // On a page that holds nothing yet (a fresh document's first), footer-like furniture ends no page: only a printed number turns it.
  const opensPage = head && st.fresh && !run.some((it) => it.kind === 'pageNum' || it.kind === 'formFeed');
  const beforeBody = head && (opensPage || !run.some((it) => TURN_SHOWN.has(it.kind)));
  const turn = p.next && hasBody ? plan.turns.get(p.next) : undefined;
  const br = beforeBody || p.end === 'end' ? { at: -1 } : footPageNumber(run, plannedBreak(run, p.next, hasBody, turn !== undefined), hasBody, st.page);
  const unbroken: Place = p.end !== 'inside' ? 'bottom' : head ? 'top' : undefined;
  const places = run.map((_, i): Place => (br.at < 0 ? unbroken : i < br.at ? 'bottom' : 'top'));
  if (br.at < 0) return [{ at: -1, places }, st];
  const cues = turn?.cues ?? '';
  const at = run[Math.min(br.at, run.length - 1)]!;
  // Where a run ends one document and heads the next, an unprinted turn belongs to the new one: its page 1.
  const printed = br.at === run.length ? undefined : br.printed;
  if (p.end === 'split' && br.at < run.length && !br.printed) return [{ at: br.at, pb: pageBreak('1', true, at.pos), places }, settled(st, run, true)];
  if (st.fresh && head && printed !== undefined) {
    // The document's first page shows its number: that is the page its opening pb begins.
    const page = /^\d+$/u.test(printed) ? Number(printed) : st.page;
    return [{ at: br.at, places, renumber: printed }, settled({ ...st, page }, run, false)];
  }
  const t = turnTo(at, printed, st.page, cues);
  return [{ at: br.at, pb: t.pb, record: t.record, places }, settled({ ...st, page: t.page }, run, true)];
}

/** The page turns at furniture: to its printed number, or the next one inferred. */
function turnTo(at: Item, printed: string | undefined, page: number, cues: string): { pb: PageBreak; record: PageRecord; page: number } {
  const n = printed ?? String(page + 1);
  const why = cues ? ` — cues: ${cues}` : '';
  const record = { pos: at.pos, what: printed ? `pb n=${n}` : `pb n=${n} (number inferred)`, rule: printed ? 'page-break/printed-number' : 'page-break/furniture', text: `${at.lines[0]!.text}${why}`, inferred: !printed };
  return { pb: pageBreak(n, !printed, at.pos), record, page: /^\d+$/u.test(n) ? Number(n) : page + 1 };
}

/** The start state after a run placed its milestones (fresh only while its parts hold nothing but one page break). */
function settled(st: PageStart, run: readonly Item[], pb: boolean): PageStart {
  const count = run.filter((it) => it.kind !== 'formFeed').length + (pb ? 1 : 0);
  if (count === 0) return st;
  return { page: st.page, fresh: st.empty && count === 1 && pb, empty: false };
}

/**
 * Where a run turns the page: nowhere when the page model says the gap holds no turn; else
 * where the furniture shows it (after the footers, before the headers), or before the run when
 * its furniture does not say. Before the body the document's own head furniture decides (a
 * first page's number). Pure.
 */
export function plannedBreak(run: readonly Item[], next: Item | undefined, hasBody: boolean, turns: boolean): RunBreak {
  const br = findBreak(run);
  if (!next || !hasBody) return br;
  if (!turns) return { at: -1 };
  return br.at >= 0 ? br : { at: 0 };
}

/**
 * A printed number equal to the current page (`Page 2 of 3` under page 2's text) stands at the
 * foot of that page: the page turns after it, and the next number is inferred. Pure.
 */
export function footPageNumber(run: readonly Item[], br: RunBreak, hasBody: boolean, page: number): RunBreak {
  if (!hasBody || br.printed === undefined || br.printed !== String(page)) return br;
  return { at: run.findIndex((it, i) => i >= br.at && it.kind === 'pageNum') + 1 };
}
