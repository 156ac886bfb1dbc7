/**
 * The search index's postings (render/search.ts): for each term and field, the documents it
 * occurs in and its count there, in the order they were added. Held in typed arrays, one entry
 * per posting linked to the next of its term and field, rather than a list of numbers per term
 * and field: a large edition has millions of postings, and a JS array holds each number in 8
 * bytes plus its list's slack and header. The postings are kept in blocks of a fixed size, one
 * more when the last is full: an array grown by doubling holds up to twice what it needs, and
 * while it is copied both copies (10,000 documents' 2.5 million postings: arrays of 4 and 8
 * million entries side by side, three of them, at the build's peak).
 */

/** Postings a block holds (2^SHIFT). */
const SHIFT = 16;
const BLOCK = 1 << SHIFT;
const MASK = BLOCK - 1;

/** The postings of an index of `fields` fields. */
export class Postings {
  private readonly fields: number;
  /** Term → its number (terms numbered as first seen). */
  private readonly ids = new Map<string, number>();
  // Per posting, in blocks of BLOCK: document, count, the next posting of its term and field (-1: none).
  private readonly doc: Int32Array[] = [];
  private readonly count: Int32Array[] = [];
  private readonly next: Int32Array[] = [];
  private size = 0;
  // Per term and field (term number × fields + field): its first and last posting (-1: none).
  private head = new Int32Array(256).fill(-1);
  private tail = new Int32Array(256).fill(-1);

  constructor(fields: number) {
    this.fields = fields;
  }

  /** Adds that `term` occurs `count` times in field `field` of document `doc` (documents in increasing order). */
  add(term: string, field: number, doc: number, count: number): void {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.ids.size));
    const list = id * this.fields + field;
    if (list >= this.head.length) {
      this.head = grown(this.head, list + 1, -1);
      this.tail = grown(this.tail, list + 1, -1);
    }
    const at = this.size++;
    if (at >>> SHIFT >= this.doc.length) {
      this.doc.push(new Int32Array(BLOCK));
      this.count.push(new Int32Array(BLOCK));
      this.next.push(new Int32Array(BLOCK));
    }
    const block = at >>> SHIFT;
    const i = at & MASK;
    this.doc[block]![i] = doc;
    this.count[block]![i] = count;
    this.next[block]![i] = -1;
    const last = this.tail[list]!;
    if (last === -1) this.head[list] = at;
    else this.next[last >>> SHIFT]![last & MASK] = at;
    this.tail[list] = at;
  }

  /** Every term, each once, in no particular order. */
  terms(): IterableIterator<string> {
    return this.ids.keys();
  }

  /** The postings of `term` in field `field` as `[document, count]`, in the order added (none for an unknown term). */
  *of(term: string, field: number): Generator<readonly [number, number]> {
    const id = this.ids.get(term);
    if (id === undefined) return;
    for (let at = this.head[id * this.fields + field]!; at !== -1; at = this.next[at >>> SHIFT]![at & MASK]!) yield [this.doc[at >>> SHIFT]![at & MASK]!, this.count[at >>> SHIFT]![at & MASK]!];
  }
}

/** `a` in a new array at least `least` long (doubling), the new room filled with `fill`. */
function grown(a: Int32Array<ArrayBuffer>, least: number, fill: number): Int32Array<ArrayBuffer> {
  let length = a.length * 2;
  while (length < least) length *= 2;
  const b = new Int32Array(length);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}
