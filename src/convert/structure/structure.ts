import type { CloseCall, DocumentNode, Transcript } from '../../ir/nodes.js';
import { recordIds } from '../recognizers/record-footer.js';
import { append } from '../../util/append.js';
import { FURNITURE_KINDS } from '../recognizers/index.js';
import { decide, type StructureContext } from './context.js';
import { DocumentBuilder } from './document-builder.js';
import { segmentDocuments, type Segmentation } from './segment.js';
import { isBackMatter } from './back-matter.js';
import type { Item } from './items.js';
import type { DocumentContext } from '../dates/document-context.js';
import { pageModel } from '../pages/page-model.js';
import { shortLines } from './joins.js';
import { furnitureOf, reconcileCitation, textOf } from './reconcile.js';
import { fillFolioRun } from '../pages/folio-run.js';
import { documentContexts } from './document-evidence.js';
import { quotedTexts } from './quoted-texts.js';
import { recordMetadata } from './form-metadata.js';

const isFurniture = (it: Item) => FURNITURE_KINDS.has(it.kind);
const OPENER_CUE: ReadonlySet<string> = new Set(['dateline', 'salutation', 'field']);
/** Fields that come after a signature (copies, enclosures): what stands before them ends the body. */
const CLOSING_FIELDS: ReadonlySet<string> = new Set(['cc', 'enclosure']);

/**
 * Builds documents from classified items: splits the transcript at document boundaries, and
 * places every item in its document in source order. Then reads damaged folio numbers from
 * their run and reconciles the archival citation's copies.
 */
export function structure(items: readonly Item[], baseCtx: StructureContext): Transcript {
  const plan = pageModel(items, baseCtx.profile);
  const ctx: StructureContext = { ...baseCtx, plan };
  const seg = segmentDocuments(items, plan, baseCtx.profile);
  const opens = (it: Item | undefined) => it !== undefined && seg.starts.has(it);
  const docs: DocumentNode[] = [];
  const contexts = documentContexts(items, opens, { profile: ctx.profile, ...(ctx.meta ? { meta: ctx.meta } : {}), ...(ctx.defaultYear !== undefined ? { transcriptYear: ctx.defaultYear } : {}), ...(ctx.language ? { language: ctx.language } : {}), ...(ctx.stated ? { stated: ctx.stated } : {}) });
  const contextOf = (n: number) => contexts[Math.min(n, contexts.length) - 1]!;
  let b = new DocumentBuilder(ctx, 1, items[0]?.pos ?? ctx.index.at(0), contextOf(1));
  const nextContentAt = nextContentIndex(items);
  const openerAhead = openerCueAhead(items);
  const quotes = quotedTexts(items);
  let i = 0;
  // The item a furniture run's split has already opened its document with.
  let opened: Item | undefined;
  while (i < items.length) {
    const it = items[i]!;
    if (isFurniture(it)) {
      let j = i;
      while (j < items.length && isFurniture(items[j]!)) j++;
      const run = items.slice(i, j);
      const next = items[j];
      if (opens(next)) {
        b = splitRun(run, b, docs, ctx, next!, seg, contextOf(docs.length + 2));
        opened = next;
      }
      else b.addRun(run, next);
      i = j;
      continue;
    }
    if (opens(it) && opened !== it) {
      docs.push(b.finish());
      b = new DocumentBuilder(ctx, docs.length + 1, it.pos, contextOf(docs.length + 1));
      noteStart(ctx, docs.length + 1, it, seg);
    }
    const quoteEnd = quotes.get(i);
    if (quoteEnd !== undefined) {
      const q = new DocumentBuilder(ctx, b.doc.n, it.pos, b.context, b.currentPage);
      feed(q, items.slice(i, quoteEnd));
      b.closeParagraph();
      b.addQuoted(q.finish(), q.currentPage);
      i = quoteEnd;
      continue;
    }
    if (seg.forms.has(it)) {
      b.addForm(it);
      i++;
      continue;
    }
    const ai = nextContentAt[i + 1] ?? items.length;
    const after = items[ai];
    const last = after === undefined || opens(after) || isBackMatter(after);
    i += 1 + b.add(it, items[i + 1], last, openerAhead[i + 1] ?? false);
  }
  docs.push(b.finish());
  return finishTranscript(docs, ctx, closeCallsOf(items));
}

/**
 * Feeds a quoted text's items to its own builder in order: furniture runs placed with their
 * page breaks, every other item as the text's own (no document starts inside a quotation).
 */
function feed(q: DocumentBuilder, region: readonly Item[]): void {
  for (let k = 0; k < region.length; ) {
    let j = k;
    while (j < region.length && isFurniture(region[j]!)) j++;
    if (j > k) {
      q.addRun(region.slice(k, j), region[j]);
      k = j;
      continue;
    }
    const last = !region.slice(k + 1).some((x) => !isFurniture(x));
    k += 1 + q.add(region[k]!, region[k + 1], last, false);
  }
}

/** For each index, the index of the first non-furniture item at or after it (linear). */
function nextContentIndex(items: readonly Item[]): number[] {
  const out = new Array<number>(items.length + 1).fill(items.length);
  for (let k = items.length - 1; k >= 0; k--) out[k] = isFurniture(items[k]!) ? out[k + 1]! : k;
  return out;
}

/**
 * For each index: an opener line (dateline, salutation, header field) comes at or after it
 * before any paragraph of prose. Short lines before such a cue (a letterhead, a sender's
 * address, a file reference) belong to the opener, not to the body. Linear.
 */
function openerCueAhead(items: readonly Item[]): boolean[] {
  const out = new Array<boolean>(items.length + 1).fill(false);
  for (let k = items.length - 1; k >= 0; k--) {
    const it = items[k]!;
    if (OPENER_CUE.has(it.kind) && !(it.kind === 'field' && CLOSING_FIELDS.has(it.match.value ?? ''))) out[k] = true;
    else if (it.kind === 'text' && !shortLines(it.lines, 4)) out[k] = false;
    else out[k] = out[k + 1]!;
  }
  return out;
}

/** A run between two documents: its foot stays with the old one, its head opens the new one. */
function noteStart(ctx: StructureContext, n: number, it: Item, seg: Segmentation, rule = `boundary/${it.kind}`): void {
  const why = seg.starts.get(it)?.evidence.join('; ') ?? '';
  decide(ctx, n, it.pos, 'document boundary', rule, `${it.lines[0]!.text} — ${why}`);
}

function splitRun(run: readonly Item[], b: DocumentBuilder, docs: DocumentNode[], ctx: StructureContext, next: Item, seg: Segmentation, context: DocumentContext): DocumentBuilder {
  const old = b.runMilestones(run, true, true);
  const pbAt = old.findIndex((m) => m.type === 'pb');
  b.closeParagraph();
  const tail = pbAt >= 0 ? old.splice(pbAt) : [];
  append(b.doc.parts, old);
  docs.push(b.finish());
  const nb = new DocumentBuilder(ctx, docs.length + 1, tail[0]?.pos ?? next.pos, context);
  noteStart(ctx, nb.doc.n, next, seg, `boundary/${next.kind}-after-page-end`);
  const printed = tail[0]?.type === 'pb' && !tail[0].inferred;
  if (printed) nb.doc.parts.splice(0, 1);
  append(nb.doc.parts, printed ? tail : tail.slice(1));
  return nb;
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
    decisions: ctx.decisions,
    applied: ctx.applied,
    ...(citation ? { citation } : {}),
    ...(idno ? { documentNumber: textOf(idno.children).replace(/^No\.?\s*/u, '') } : footerId ? { documentNumber: footerId } : {}),
    ...(closeCalls.length ? { closeCalls } : {}),
    ...(record ? { record } : {}),
  };
}
