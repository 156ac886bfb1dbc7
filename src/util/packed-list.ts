/**
 * A list of JSON values kept as their UTF-8 text in large byte blocks, outside the JS heap,
 * for what a build holds of every document of an edition until its last chunk is done (the
 * outcomes, the diagnostics). As objects or strings they sat in the main thread's heap, which
 * V8 lets grow to twice what is live before it collects: each byte held per document cost about
 * two bytes of the build's peak, and 10,000 documents' worth grew it by tens of megabytes.
 * Bytes in a block are held once. Values are read back in the order they were added; JSON's
 * escapes keep every string exactly (a lone surrogate too).
 */

/** Bytes of one block (a value longer than that gets a block of its own). */
export const PACKED_BLOCK = 256 * 1024;

/** A list of JSON values as UTF-8 text in blocks (see the module comment). */
export class PackedList<T> {
  private readonly blocks: Buffer[] = [];
  /** Bytes used of the last block. */
  private used = 0;
  /** Per value: its block, where it starts in it and its length in bytes. */
  private readonly block: number[] = [];
  private readonly start: number[] = [];
  private readonly size: number[] = [];

  /** How many values the list holds. */
  get length(): number {
    return this.block.length;
  }

  /** Adds `value` (anything JSON.stringify keeps whole: no undefined, functions or cycles). */
  push(value: T): void {
    const json = JSON.stringify(value);
    const bytes = Buffer.byteLength(json, 'utf8');
    let last = this.blocks.at(-1);
    if (!last || this.used + bytes > last.length) {
      last = Buffer.allocUnsafe(Math.max(PACKED_BLOCK, bytes));
      this.blocks.push(last);
      this.used = 0;
    }
    last.write(json, this.used, 'utf8');
    this.block.push(this.blocks.length - 1);
    this.start.push(this.used);
    this.size.push(bytes);
    this.used += bytes;
  }

  /** Every value, in the order added, each parsed again when it is reached. */
  *values(): Generator<T> {
    for (let i = 0; i < this.block.length; i++) {
      const at = this.start[i]!;
      yield JSON.parse(this.blocks[this.block[i]!]!.toString('utf8', at, at + this.size[i]!)) as T;
    }
  }

  /** Every value, in the order added; the list is empty after it (its blocks let go). */
  take(): T[] {
    const out = [...this.values()];
    this.blocks.length = this.block.length = this.start.length = this.size.length = 0;
    this.used = 0;
    return out;
  }
}
