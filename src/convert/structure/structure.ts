import type { CloseCall, DocumentKind, DocumentNode, Milestone, Transcript } from '../../ir/nodes.js';
import type { Position } from '../../ir/position.js';
import { decide, inlineOf, type StructureContext } from './context.js';
import { segmentDocuments, type Segmentation } from './segment.js';
import type { Item } from './items.js';
import type { DocumentContext } from '../dates/document-context.js';
import { pageModel, type PagePlan } from '../pages/page-model.js';
import { documentOpening, midPageOpening, opensMidPage, pageDecisions } from '../pages/page-decisions.js';
import { textOf } from './reconcile.js';
import { FolioSettler } from './settle-folios.js';
import { TranscriptSummary } from './transcript-summary.js';
import { documentContexts } from './document-evidence.js';
import { walkDocumentsOnce } from './document-walk.js';
import { placeEntries } from './place-items.js';
import { assembleDocument, type ReadContent } from './assemble.js';
import { settleDocument } from './zones.js';
import { decideKind } from './document-kind.js';
import { kindCues } from './kind-cues.js';
import type { Entry } from './steps.js';

/** Takes each document once it is built and settled, in order. */
export type DocumentSink = (doc: DocumentNode) => void;

/**
 * Builds documents from classified items: splits the transcript at document boundaries, and
 * places every item in its document in source order. Then reads damaged folio numbers from
 * their run and reconciles the archival citation's copies. The whole transcript at once
 * (see {@link structureStream}); `items` are left as they are.
 */
export function structure(items: readonly Item[], ctx: StructureContext): Transcript {
  const docs: DocumentNode[] = [];
  const t = structureStream([...items], ctx, (d) => docs.push(d));
  return { ...t, documents: docs };
}

/**
 * {@link structure}, one document at a time: each document is handed to `sink` once it is
 * built and its folios are settled, so a caller that makes its TEI there and lets it go never
 * holds the IR of the whole transcript. The file-wide passes (page model, segmentation, the
 * transcript's year, date contexts) run first; then the walk makes each document's steps as
 * it is built, emptying the slots of `items` it has passed, so that each document's items and
 * lines are let go once it is built and no steps are held for the documents after it. Returns the transcript whose documents hold only what its
 * header reads of them (number, kind, date, correspondents, classification, form lists).
 */
export function structureStream(items: Item[], ctx: StructureContext, sink: DocumentSink): Transcript {
  const plan = pageModel(items, ctx.profile);
  const seg = segmentDocuments(items, plan, ctx.profile, ctx.memo);
  const year = ctx.defaultYear ?? ctx.yearOf?.(items);
  const contexts = documentContexts(items, (it) => seg.starts.has(it), { profile: ctx.profile, ...(ctx.meta ? { meta: ctx.meta } : {}), ...(year !== undefined ? { transcriptYear: year } : {}), ...(ctx.language ? { language: ctx.language } : {}), ...(ctx.stated ? { stated: ctx.stated } : {}), memo: ctx.memo });
  const first = firstPos(items, ctx);
  const closeCalls = closeCallsOf(items);
  // One document's plan at a time: the walk lets go of the items it has passed, and each plan goes once its document is built.
  const walk = walkDocumentsOnce(items, seg, ctx.profile, ctx.memo);
  const summary = new TranscriptSummary(ctx.profile);
  const settler = new FolioSettler(sink, (f) => ctx.report('convert/folio-from-run', f.pos, `The folio "${textOf(f.children)}" is damaged; its number ${f.n} was read from the run around it.`));
  let tail: Milestone[] | undefined;
  let page = 1;
  let prev: DocumentNode | undefined;
  // Read of the document before once it is built: the sink may take its parts out as it writes them.
  let prevForm = false;
  let n = 0;
  for (const d of walk) {
    n++;
    if (d.start) noteStart(ctx, n, d.start.item, seg, d.start.rule);
    const pos = !d.start ? first : d.afterSplit ? (tail?.[0]?.pos ?? d.start.item.pos) : d.start.item.pos;
    const midPage = d.start && opensMidPage(d.start.item, d.afterSplit, plan, prevForm) ? { midPage: page } : {};
    const sheet = d.start && seg.starts.get(d.start.item)?.sameSheet ? { sheet: prev?.kind } : {};
    // The document's steps are taken out of its plan (which the walk holds too): its build lets each go once it is used.
    const built = buildDocument(d.entries.splice(0), ctx, plan, { n, pos, context: contexts[Math.min(n, contexts.length) - 1]!, ...(d.afterSplit ? { tail: tail ?? [] } : {}), ...midPage, ...sheet });
    tail = built.tail;
    page = built.page;
    summary.add(built.doc);
    prevForm = holdsForm(built.doc);
    settler.add(built.doc);
    prev = built.doc;
  }
  settler.end();
  return summary.transcript(ctx, closeCalls);
}

/** A form is a page of its own: the document after one opens a page. */
const holdsForm = (d: DocumentNode) => d.parts.some((p) => p.type === 'list' && p.listType === 'form');

const firstPos = (items: readonly Item[], ctx: StructureContext) => items[0]?.pos ?? ctx.index.at(0);

/** Where a document begins: its number, position and date context, and the head of a run split before it. */
interface DocumentStart {
  readonly n: number;
  readonly pos: Position;
  readonly context: DocumentContext;
  readonly tail?: readonly Milestone[];
  /** It begins on the page the document before it reached (no turn between them). */
  readonly midPage?: number;
  /** The kind of the sheet it goes on (see `decideKind`). */
  readonly sheet?: DocumentKind | undefined;
}

/**
 * One document through the passes: placement, page decisions, assembly, zones, then its kind
 * (decided once, from the cues of its placed items). The inline content is read during the
 * assembly with the document's context, computed once before.
 */
function buildDocument(entries: Entry[], ctx: StructureContext, plan: PagePlan, s: DocumentStart): { doc: DocumentNode; tail: Milestone[]; page: number } {
  const placed = placeEntries(entries, ctx.profile, ctx.memo);
  // From here on the placed steps hold the items, and the assembly lets each go once its nodes are made.
  entries.length = 0;
  const cues = kindCues(placed);
  const opening = s.midPage !== undefined ? midPageOpening(s.midPage) : documentOpening(s.pos, s.tail);
  const pages = pageDecisions(placed, plan, opening.start);
  const read: ReadContent = (content, phrases = true, dateline = false) => inlineOf(ctx, content, s.context, dateline ? { role: 'dateline' } : phrases ? {} : { phrases: false });
  // The sidecar's date is the header's business; the text's own date is the document's.
  const date = s.context.date && (s.context.dateSource === 'dateline' || s.context.dateSource === 'date-field') ? s.context.date : undefined;
  const built = assembleDocument(placed, pages, { ctx, n: s.n, pos: s.pos, opening: opening.parts, read, release: true, ...(date ? { date } : {}) });
  settleDocument(built.doc, ctx.index);
  built.doc.kind = decideKind(built.doc, cues, ctx.profile, ctx.documentTypes?.[s.n - 1], s.sheet);
  return { ...built, page: pages.page };
}

/** A run between two documents: its foot stays with the old one, its head opens the new one. */
function noteStart(ctx: StructureContext, n: number, it: Item, seg: Segmentation, rule: string): void {
  const why = seg.starts.get(it)?.evidence.join('; ') ?? '';
  decide(ctx, n, it.pos, 'document boundary', rule, `${it.lines[0]!.text} — ${why}`);
}

/** The lines the candidates pass decided by a small margin. */
function closeCallsOf(items: readonly Item[]): CloseCall[] {
  return items.filter((it) => it.verdict?.close).map((it) => {
    const [best, second] = it.verdict!.candidates;
    return {
      line: it.pos.line,
      column: it.pos.column,
      text: it.lines[0]!.text.slice(0, 80),
      best: { label: it.kind, score: best!.score, evidence: best!.evidence },
      second: { label: second!.match.kind, score: second!.score },
    };
  });
}
