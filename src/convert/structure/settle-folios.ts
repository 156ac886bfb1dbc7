import type { DocumentNode, Furniture } from '../../ir/nodes.js';
import { fillFolioRun } from '../pages/folio-run.js';
import { furnitureOf } from './reconcile.js';

/**
 * Hands built documents on, in order, once their folios are settled, so that a document's
 * TEI can be made before the next document is built. A damaged folio's number is read from
 * the run around it ({@link fillFolioRun}): from the folio before it, settled already, and
 * the folio after it, which may stand in a later document. Only a document whose last folio
 * is damaged waits, and only until the next folio is seen (or the transcript ends); the
 * numbers read are the ones `fillFolioRun` reads over all the folios at once.
 */
export class FolioSettler {
  private readonly waiting: DocumentNode[] = [];
  /** The last folio whose number is final. */
  private prev: Furniture | undefined;
  /** The last folio, when its number is missing and waits for the folio after it; and its document. */
  private open: Furniture | undefined;
  private openDoc: DocumentNode | undefined;

  /** `sink` takes each settled document; `filled` each folio whose number was read from its run. */
  constructor(
    private readonly sink: (doc: DocumentNode) => void,
    private readonly filled: (folio: Furniture) => void,
  ) {}

  /** Takes the next document of the transcript. */
  add(doc: DocumentNode): void {
    for (const f of furnitureOf([doc], 'folio')) {
      if (this.open) this.decide(f);
      if (f.n === undefined) {
        this.open = f;
        this.openDoc = doc;
      } else this.prev = f;
    }
    this.waiting.push(doc);
    this.flush();
  }

  /** The transcript has ended: a last damaged folio is read from the one before it. */
  end(): void {
    if (this.open) this.decide(undefined);
    this.flush();
  }

  /** Decides the open folio with the one after it (copies of its neighbours, so that only it can change). */
  private decide(next: Furniture | undefined): void {
    const f = this.open!;
    const run = [...(this.prev ? [{ ...this.prev }] : []), f, ...(next ? [{ ...next }] : [])];
    for (const g of fillFolioRun(run)) if (g === f) this.filled(f);
    this.prev = f;
    this.open = undefined;
    this.openDoc = undefined;
  }

  private flush(): void {
    while (this.waiting.length && this.waiting[0] !== this.openDoc) this.sink(this.waiting.shift()!);
  }
}
