import type { CloseCall, DocumentNode, Furniture, Transcript } from '../../ir/nodes.js';
import type { Profile } from '../../profiles/profile.js';
import { recordIds } from '../recognizers/record-footer.js';
import type { StructureContext } from './context.js';
import { recordMetadata } from './form-metadata.js';
import { furnitureOf, reconcileCitation, textOf } from './reconcile.js';

/**
 * What the transcript is besides its documents' text, gathered document by document as they
 * are built (see `structureStream`): each document's classification (the highest level its
 * banners print), the archival citation's copies, the first document number, and per document
 * what the header reads of it. Holds no document's content but its form lists.
 */
export class TranscriptSummary {
  private readonly docs: DocumentNode[] = [];
  private readonly citations: string[] = [];
  private idno: Furniture | undefined;
  private readonly levels: readonly string[];

  constructor(private readonly profile: Profile) {
    this.levels = profile.classificationLevels.map((l) => l.key);
  }

  /** Takes a built document: sets its classification and keeps its outline. */
  add(d: DocumentNode): void {
    const found = furnitureOf([d], 'classification').map((f) => f.n).filter((n): n is string => !!n);
    const top = this.levels.find((l) => found.includes(l));
    if (top) d.classification = top;
    for (const f of furnitureOf([d], 'archival-citation')) this.citations.push(textOf(f.children));
    this.idno ??= furnitureOf([d], 'idno')[0];
    this.docs.push({ ...d, parts: d.parts.filter((p) => p.type === 'list' && p.listType === 'form') });
  }

  /** The transcript: the documents' outlines, the reconciled citation, the document number, the form's record. */
  transcript(ctx: StructureContext, closeCalls: CloseCall[]): Transcript {
    const citation = reconcileCitation(this.citations, this.profile, ctx.memo);
    const footerId = majorityId(this.citations);
    const record = recordMetadata(this.docs, this.profile);
    return {
      type: 'transcript',
      documents: this.docs,
      decisions: ctx.decisions ?? [],
      applied: ctx.applied,
      ...(citation ? { citation } : {}),
      ...(this.idno ? { documentNumber: textOf(this.idno.children).replace(/^No\.?\s*/u, '') } : footerId ? { documentNumber: footerId } : {}),
      ...(closeCalls.length ? { closeCalls } : {}),
      ...(record ? { record } : {}),
    };
  }
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
