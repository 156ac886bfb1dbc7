import type { CloseCall, DocumentKind, DocumentNode, Milestone, Transcript } from '../../ir/nodes.js';
import type { Position } from '../../ir/position.js';
import { recordIds } from '../recognizers/record-footer.js';
import { decide, inlineOf, type StructureContext } from './context.js';
import { segmentDocuments, type Segmentation } from './segment.js';
import type { Item } from './items.js';
import type { DocumentContext } from '../dates/document-context.js';
import { pageModel, type PagePlan } from '../pages/page-model.js';
import { documentOpening, midPageOpening, opensMidPage, pageDecisions } from '../pages/page-decisions.js';
import { furnitureOf, reconcileCitation, textOf } from './reconcile.js';
import { fillFolioRun } from '../pages/folio-run.js';
import { documentContexts } from './document-evidence.js';
import { recordMetadata } from './form-metadata.js';
import { walkDocuments } from './document-walk.js';
import { placeEntries } from './place-items.js';
import { assembleDocument, type ReadContent } from './assemble.js';
import { settleDocument } from './zones.js';
import { decideKind } from './document-kind.js';
import { kindCues } from './kind-cues.js';
import type { Entry } from './steps.js';

/**
 * Builds documents from classified items: splits the transcript at document boundaries, and
 * places every item in its document in source order. Then reads damaged folio numbers from
 * their run and reconciles the archival citation's copies.
 */
export function structure(items: readonly Item[], ctx: StructureContext): Transcript {
  const plan = pageModel(items, ctx.profile);
  const seg = segmentDocuments(items, plan, ctx.profile);
  const contexts = documentContexts(items, (it) => seg.starts.has(it), { profile: ctx.profile, ...(ctx.meta ? { meta: ctx.meta } : {}), ...(ctx.defaultYear !== undefined ? { transcriptYear: ctx.defaultYear } : {}), ...(ctx.language ? { language: ctx.language } : {}), ...(ctx.stated ? { stated: ctx.stated } : {}) });
  const docs: DocumentNode[] = [];
  let tail: Milestone[] | undefined;
  let page = 1;
  for (const d of walkDocuments(items, seg, ctx.profile)) {
    const n = docs.length + 1;
    if (d.start) noteStart(ctx, n, d.start.item, seg, d.start.rule);
    const pos = !d.start ? firstPos(items, ctx) : d.afterSplit ? (tail?.[0]?.pos ?? d.start.item.pos) : d.start.item.pos;
    const midPage = d.start && opensMidPage(d.start.item, d.afterSplit, plan, holdsForm(docs.at(-1))) ? { midPage: page } : {};
    const sheet = d.start && seg.starts.get(d.start.item)?.sameSheet ? { sheet: docs.at(-1)?.kind } : {};
    const built = buildDocument(d.entries, ctx, plan, { n, pos, context: contexts[Math.min(n, contexts.length) - 1]!, ...(d.afterSplit ? { tail: tail ?? [] } : {}), ...midPage, ...sheet });
    docs.push(built.doc);
    tail = built.tail;
    page = built.page;
  }
  return finishTranscript(docs, ctx, closeCallsOf(items));
}

/** A form is a page of its own: the document after one opens a page. */
const holdsForm = (d: DocumentNode | undefined) => d?.parts.some((p) => p.type === 'list' && p.listType === 'form') ?? false;

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
function buildDocument(entries: readonly Entry[], ctx: StructureContext, plan: PagePlan, s: DocumentStart): { doc: DocumentNode; tail: Milestone[]; page: number } {
  const placed = placeEntries(entries, ctx.profile);
  const opening = s.midPage !== undefined ? midPageOpening(s.midPage) : documentOpening(s.pos, s.tail);
  const pages = pageDecisions(placed, plan, opening.start);
  const read: ReadContent = (content, phrases = true, dateline = false) => inlineOf(ctx, content, s.context, dateline ? { role: 'dateline' } : phrases ? {} : { phrases: false });
  // The sidecar's date is the header's business; the text's own date is the document's.
  const date = s.context.date && (s.context.dateSource === 'dateline' || s.context.dateSource === 'date-field') ? s.context.date : undefined;
  const built = assembleDocument(placed, pages, { ctx, n: s.n, pos: s.pos, opening: opening.parts, read, ...(date ? { date } : {}) });
  settleDocument(built.doc);
  built.doc.kind = decideKind(built.doc, kindCues(placed), ctx.profile, ctx.documentTypes?.[s.n - 1], s.sheet);
  return { ...built, page: pages.page };
}

/** A run between two documents: its foot stays with the old one, its head opens the new one. */
function noteStart(ctx: StructureContext, n: number, it: Item, seg: Segmentation, rule: string): void {
  const why = seg.starts.get(it)?.evidence.join('; ') ?? '';
  decide(ctx, n, it.pos, 'document boundary', rule, `${it.lines[0]!.text} — ${why}`);
}

/** The document id most record footers agree on (OCR damages some copies). */
function majorityId(citations: readonly string[]): string | undefined {
  const votes = new Map<string, number>();
  for (const c of citations) {
    const id = recordIds(c).document;
    if (id) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
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

function finishTranscript(docs: DocumentNode[], ctx: StructureContext, closeCalls: CloseCall[]): Transcript {
  for (const f of fillFolioRun(furnitureOf(docs, 'folio'))) {
    ctx.report('convert/folio-from-run', f.pos, `The folio "${textOf(f.children)}" is damaged; its number ${f.n} was read from the run around it.`);
  }
  const levels = ctx.profile.classificationLevels.map((l) => l.key);
  for (const d of docs) {
    const found = furnitureOf([d], 'classification').map((f) => f.n).filter((n): n is string => !!n);
    const top = levels.find((l) => found.includes(l));
    if (top) d.classification = top;
  }
  const citations = furnitureOf(docs, 'archival-citation').map((f) => textOf(f.children));
  const citation = reconcileCitation(citations, ctx.profile);
  const idno = furnitureOf(docs, 'idno')[0];
  const footerId = majorityId(citations);
  const record = recordMetadata(docs, ctx.profile);
  return {
    type: 'transcript',
    documents: docs,
    decisions: ctx.decisions ?? [],
    applied: ctx.applied,
    ...(citation ? { citation } : {}),
    ...(idno ? { documentNumber: textOf(idno.children).replace(/^No\.?\s*/u, '') } : footerId ? { documentNumber: footerId } : {}),
    ...(closeCalls.length ? { closeCalls } : {}),
    ...(record ? { record } : {}),
  };
}
