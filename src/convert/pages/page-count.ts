import type { PageBreak } from '../../ir/nodes.js';
import { decide, type StructureContext } from '../structure/context.js';
import type { Item } from '../structure/items.js';
import { findBreak, pageBreak, type RunBreak } from './page-run.js';

/**
 * A document's page count as its builder goes through it: the page reached, where a run of
 * furniture turns the page, and the page breaks made there (printed numbers, inferred ones,
 * a transcriber's `[p. N]` marker). Every turn is reported with the cues that made it.
 */
export class PageCount {
  /** The page reached. */
  page: number;
  /** The page model's cues for the turn being placed, for the report. */
  private cues: readonly string[] = [];

  constructor(private readonly ctx: StructureContext, private readonly doc: number, start = 1) {
    this.page = start;
  }

  /**
   * Where a run turns the page: nowhere when the page model says the gap holds no turn; else
   * where the furniture shows it (after the footers, before the headers), or before the run
   * when its furniture does not say. Before the body the document's own head furniture decides
   * (a first page's number).
   */
  planned(run: readonly Item[], next: Item | undefined, hasBody: boolean): RunBreak {
    const br = findBreak(run);
    const turn = next && this.ctx.plan ? this.ctx.plan.turns.get(next) : undefined;
    if (!next || !this.ctx.plan || !hasBody) return br;
    if (!turn) return { at: -1 };
    this.cues = turn.cues;
    return br.at >= 0 ? br : { at: 0 };
  }

  /**
   * A printed number equal to the current page (`Page 2 of 3` under page 2's text) stands at
   * the foot of that page: the page turns after it, and the next number is inferred.
   */
  footPageNumber(run: readonly Item[], br: RunBreak, hasBody: boolean): RunBreak {
    if (!hasBody || br.printed === undefined || br.printed !== String(this.page)) return br;
    return { at: run.findIndex((it, i) => i >= br.at && it.kind === 'pageNum') + 1 };
  }

  /** The document's first page shows its number: the count starts there. */
  startAt(printed: string): void {
    if (/^\d+$/u.test(printed)) this.page = Number(printed);
  }

  /** The page turns at furniture: to its printed number, or the next one inferred. */
  turn(at: Item, printed: string | undefined): PageBreak {
    const n = printed ?? String(this.page + 1);
    this.page = /^\d+$/u.test(n) ? Number(n) : this.page + 1;
    const cues = this.cues.length ? ` — cues: ${this.cues.join('; ')}` : '';
    this.cues = [];
    decide(this.ctx, this.doc, at.pos, printed ? `pb n=${n}` : `pb n=${n} (number inferred)`, printed ? 'page-break/printed-number' : 'page-break/furniture', `${at.lines[0]!.text}${cues}`);
    if (!printed) this.ctx.applied.add('inferred-page');
    return pageBreak(n, !printed, at.pos);
  }

  /** A turn the page model inferred where no furniture shows it, for `reason`. */
  inferred(item: Item, reason: string, cues: readonly string[]): PageBreak {
    const pb = pageBreak(String(this.page + 1), true, item.pos);
    this.page += 1;
    this.ctx.applied.add('inferred-page');
    decide(this.ctx, this.doc, item.pos, `pb n=${pb.n} (inferred)`, `page-break/${reason.replace(/ /gu, '-')}`, `${item.lines[0]!.text} — cues: ${cues.join('; ')}`);
    return pb;
  }

  /** A page marker the transcriber put inside the text (`[p. 2]`) moves the count on. */
  marked(n: number | undefined): void {
    if (n !== undefined) this.page = Math.max(this.page, n);
  }
}
