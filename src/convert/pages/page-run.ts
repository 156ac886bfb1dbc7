import type { Furniture, FurnitureKind, PageBreak } from '../../ir/nodes.js';
import type { Item } from '../structure/items.js';

/** Furniture that closes a page (it stands at the foot). */
const FOOTER: ReadonlySet<string> = new Set(['archival-citation', 'folio', 'footnote', 'catch']);
/** Furniture that opens a page (it stands at the head). */
const HEADER: ReadonlySet<string> = new Set(['stamp', 'pageNum', 'formFeed']);

const FW_KIND: Readonly<Record<string, FurnitureKind>> = {
  pageNum: 'pageNum',
  stamp: 'stamp',
  classification: 'classification',
  'archival-citation': 'archival-citation',
  folio: 'folio',
  idno: 'idno',
  'archival-date': 'archival-date',
  unclassified: 'unclassified',
  'running-head': 'running-head',
  caveat: 'handling',
  catch: 'catch',
};

/** Where a run of furniture breaks the page, and the printed number of the new page. */
export interface RunBreak {
  /** Index in the run before which the page turns; -1 when the run shows no page turn. */
  readonly at: number;
  /** The printed number of the new page, when the run has one. */
  readonly printed?: string;
}

/**
 * Finds the page turn in a run of furniture lines between two pieces of text. After the
 * last footer (citation, folio) if there is one; else before the first header (stamp, page
 * number, form feed) — unless that header is printed twice in the run (foot and head), when
 * the turn falls before its second copy; else between two copies of a banner. A run with
 * none of these shows no turn.
 */
export function findBreak(run: readonly Item[]): RunBreak {
  const kinds = run.map((it) => it.kind as string);
  let at = -1;
  const lastFooter = kinds.map((k) => FOOTER.has(k)).lastIndexOf(true);
  if (lastFooter >= 0) at = lastFooter + 1;
  else {
    const firstHeader = kinds.findIndex((k) => HEADER.has(k));
    const repeat = repeatAt(run);
    const headerRepeats = firstHeader >= 0 && repeat > firstHeader && itemKey(run[firstHeader]!) === itemKey(run[repeat]!);
    at = firstHeader >= 0 && !headerRepeats ? firstHeader : repeat;
  }
  if (at < 0) return { at };
  const num = run.slice(at).find((it) => it.kind === 'pageNum');
  return num?.match.value ? { at, printed: num.match.value } : { at };
}

const itemKey = (it: Item) => `${it.kind}:${it.lines[0]!.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}`;

/**
 * Furniture printed at both foot and head of a page (a banner, a release stamp) shows the
 * turn between its two copies: the index of the first item that repeats an earlier one.
 */
function repeatAt(run: readonly Item[]): number {
  const seen = new Set<string>();
  for (let i = 0; i < run.length; i++) {
    const k = itemKey(run[i]!);
    if (seen.has(k) || (run[i]!.kind === 'classification' && [...seen].some((s) => s.startsWith('classification:')))) return i;
    seen.add(k);
  }
  return -1;
}

/** Makes the `fw` node for a furniture item (its inline content is filled by the caller). */
export function furnitureNode(item: Item, place: 'top' | 'bottom' | undefined, children: Furniture['children']): Furniture | undefined {
  const kind = FW_KIND[item.kind];
  if (!kind) return undefined;
  const fw: Furniture = { type: 'fw', kind, children: item.kind === 'pageNum' ? withoutPageMarker(children) : children, pos: item.pos, ...(item.kind === 'stamp' ? { stampType: item.match.value ?? 'other' } : {}) };
  if (place) fw.place = place;
  if (item.kind === 'classification' || item.kind === 'folio' || item.kind === 'pageNum') {
    if (item.match.value) fw.n = item.match.value;
  }
  return fw;
}

/**
 * A line that is only a transcriber's page marker (`[p. 2]`) reads as a page break and its
 * printed number; standing alone it is already the furniture at the break, whose page break
 * the run places beside it. So the marker's own break goes and its number's text stays, and
 * no page break is nested in an `fw`.
 */
function withoutPageMarker(children: Furniture['children']): Furniture['children'] {
  if (!children.some((c) => c.type === 'pb')) return children;
  return children.flatMap((c) => (c.type === 'pb' ? [] : c.type === 'fw' ? c.children : [c]));
}

/** Makes a page break. */
export function pageBreak(n: string, inferred: boolean, pos: PageBreak['pos']): PageBreak {
  return { type: 'pb', n, inferred, pos };
}
