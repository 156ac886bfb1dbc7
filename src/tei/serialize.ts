import { pack, unpack, type Scratch } from './packed.js';
import type { LineIndex } from '../ir/position.js';
import type { SourceMapEntry } from './source-map.js';
import { escapeAttr, escapeText, type XElement, type XNode } from './xml.js';

/** Elements whose content is always written on one line (phrase-level content). */
const MIXED: ReadonlySet<string> = new Set([
  'p', 'head', 'ab', 'salute', 'signed', 'dateline', 'addrLine', 'seg', 'fw', 'note', 'title', 'resp', 'name',
  'publisher', 'licence', 'repository', 'collection', 'idno', 'persName', 'placeName', 'orgName', 'change',
  'catDesc', 'origDate', 'date', 'label', 'q', 'del', 'add', 'unclear', 'ref', 'stamp', 'desc', 'edition', 'item',
]);

// Small strings cost far more than their characters (a header, an array slot): pieces are
// joined into one chunk every so often, so a large file is held as a few thousand chunks.
// Not many more pieces than this: a piece made young outlives the scavenges until its chunk is
// joined, and is promoted to the old generation with it. At 4096 pieces a chunk, the last 50
// scavenges of converting a 5 MB letter promoted 4.3 MB (garbage the old generation holds
// until its next full collection, beside what is left of the IR); at 1024, 0.07 MB.
const PIECES_PER_CHUNK = 1024;

/** Output being built, with the current line and column for the source map. */
class Out {
  /** Chunks made and not yet taken by the reader of the stream. */
  chunks: string[] = [];
  private parts: string[] = [];
  line = 1;
  column = 1;
  readonly entries: SourceMapEntry[] = [];
  /** Where a deflated block's chunks are inflated as they are written. */
  private readonly scratch: Scratch = { buffer: new Uint8Array(0) };
  /**
   * An element whose children are produced one at a time (see {@link serializeStream}); `mapped`: entries are recorded;
   * `encoded`: each chunk is handed over as UTF-8 bytes when made (see {@link renderBlock}) instead of kept;
   * with `packedSizes` too, deflated as made, its length before deflating in `packedSizes`;
   * `index`: the transcript's line index, which places the elements that carry an offset.
   */
  constructor(readonly lazy?: LazyChildren, readonly mapped = true, readonly encoded?: Uint8Array[], readonly packedSizes?: number[], readonly index?: LineIndex) {}

  write(s: string): void {
    this.parts.push(s);
    if (this.parts.length >= PIECES_PER_CHUNK) this.flush();
    const nl = s.lastIndexOf('\n');
    if (nl === -1) this.column += s.length;
    else {
      for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) this.line++;
      this.column = s.length - nl;
    }
  }

  flush(): void {
    if (this.parts.length) {
      const chunk = this.parts.join('');
      if (this.encoded) {
        const bytes = UTF8.encode(chunk);
        this.packedSizes?.push(bytes.length);
        this.encoded.push(this.packedSizes ? pack(bytes) : bytes);
      } else this.chunks.push(chunk);
    }
    this.parts = [];
  }

  /**
   * Writes a block serialised before (it starts at a line start and ends with a line break),
   * its entries moved to where it now stands: gives the chunks made before it, then its text
   * one chunk at a time, each decoded only when the reader asks for it (a document's text as
   * strings may take twice its UTF-8 bytes; it is never all decoded at once).
   */
  *writeRendered(r: RenderedBlock): Generator<string> {
    yield* this.take();
    if (this.mapped) for (const e of r.entries) this.entries.push({ ...e, xmlLine: e.xmlLine + this.line - 1 });
    this.line += r.lines;
    this.column = 1;
    for (let i = 0; i < r.bytes.length; i++) yield UTF8_DECODER.decode(r.packed ? unpack(r.bytes[i]!, r.packed[i]!, this.scratch) : r.bytes[i]);
  }

  /** The chunks made so far, handed over (the output no longer holds them); none when they are encoded, which are joined into chunks of many pieces instead. */
  take(): string[] {
    if (this.encoded) return [];
    this.flush();
    const done = this.chunks;
    this.chunks = [];
    return done;
  }
}

const UTF8 = new TextEncoder();
const UTF8_DECODER = new TextDecoder();

/**
 * An element serialised on its own, before the text around it (see {@link renderBlock}): its
 * text as UTF-8 chunks (a byte a character for most transcripts, where a string of the same
 * text may take two), how many lines it takes, and its source-map entries with lines counted
 * from its own first line. With `packed`, each chunk is deflated and `packed` gives its length
 * (see `packed.ts`).
 */
export interface RenderedBlock {
  readonly bytes: readonly Uint8Array[];
  readonly packed?: readonly number[];
  readonly lines: number;
  readonly entries: readonly SourceMapEntry[];
}

/** An element of the tree (by identity) whose element children come from an iterable instead (made there, or serialised before). */
export interface LazyChildren {
  readonly parent: XElement;
  readonly children: Iterable<XElement | RenderedBlock>;
}

function startTag(e: XElement, root: boolean): string {
  const ns = root ? ' xmlns="http://www.tei-c.org/ns/1.0"' : '';
  return `<${e.name}${ns}${e.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}`;
}

function record(out: Out, e: XElement): void {
  if (!out.mapped) return;
  const p = e.pos ?? (e.at === undefined ? undefined : placed(out, e.at));
  if (p) out.entries.push({ xmlLine: out.line, xmlColumn: out.column, element: e.name, line: p.line, column: p.column });
}

/** The place of a transcript offset; a mapped serialisation of elements placed by offset is given the line index (a caller's mistake otherwise). */
function placed(out: Out, offset: number): { line: number; column: number } {
  if (!out.index) throw new Error('An element placed by its transcript offset was serialised with a source map but without the transcript\'s line index.');
  return out.index.at(offset);
}

function inline(out: Out, n: XNode): void {
  if (typeof n === 'string') return out.write(escapeText(n));
  record(out, n);
  if (!n.children.length) return out.write(`${startTag(n, false)}/>`);
  out.write(`${startTag(n, false)}>`);
  for (const c of n.children) inline(out, c);
  out.write(`</${n.name}>`);
}

function block(out: Out, e: XElement, depth: number): void {
  const pad = '  '.repeat(depth);
  out.write(pad);
  record(out, e);
  const mixed = MIXED.has(e.name) || e.children.some((c) => typeof c === 'string');
  if (!e.children.length) return out.write(`${startTag(e, depth === 0)}/>\n`);
  if (mixed) {
    out.write(`${startTag(e, depth === 0)}>`);
    for (const c of e.children) inline(out, c);
    return out.write(`</${e.name}>\n`);
  }
  out.write(`${startTag(e, depth === 0)}>\n`);
  for (const c of e.children) block(out, c as XElement, depth + 1);
  out.write(`${pad}</${e.name}>\n`);
}

/**
 * An element-only block on the way to the lazy element, or the lazy element itself, whose
 * children are made as they are written, each released before the next is made: the same
 * bytes as {@link block} over the materialised children. The chunks are yielded after each
 * lazy child, so a reader can write them out before the next child is made.
 */
function* streamBlock(out: Out, e: XElement, depth: number, path: ReadonlySet<XElement>): Generator<string> {
  const lazy = out.lazy?.parent === e;
  const mixed = MIXED.has(e.name) || e.children.some((c) => typeof c === 'string');
  if (!lazy && (!path.has(e) || mixed || !e.children.length)) return block(out, e, depth);
  const pad = '  '.repeat(depth);
  out.write(pad);
  record(out, e);
  const it = (lazy ? out.lazy!.children : (e.children as XElement[]))[Symbol.iterator]();
  let next = it.next();
  if (next.done) return out.write(`${startTag(e, depth === 0)}/>\n`);
  out.write(`${startTag(e, depth === 0)}>\n`);
  for (; !next.done; next = it.next()) {
    const child = next.value;
    if ('bytes' in child) yield* out.writeRendered(child);
    else if (lazy) {
      block(out, child, depth + 1);
      yield* out.take();
    } else yield* streamBlock(out, child, depth + 1, path);
  }
  out.write(`${pad}</${e.name}>\n`);
}

/** The lazy element and the elements above it (found from the root by identity). */
function pathTo(root: XElement, target: XElement | undefined): Set<XElement> {
  const found = new Set<XElement>();
  const walk = (e: XElement): boolean => {
    const on = e === target || e.children.some((c) => typeof c !== 'string' && walk(c));
    if (on) found.add(e);
    return on;
  };
  if (target) walk(root);
  return found;
}

/** The stream of chunks: declaration, tree, and what is left after the last lazy child. */
function* chunksOf(out: Out, root: XElement): Generator<string> {
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  yield* streamBlock(out, root, 0, pathTo(root, out.lazy?.parent));
  yield* out.take();
}

/**
 * Serialises a TEI tree: UTF-8 XML declaration, two-space indentation of element-only
 * content, mixed content on one line with no added white space. Deterministic. Gives the
 * text as chunks in order, made as they are read, and a source-map entry per element that
 * carries a transcript position (none when `mapped` is false: an entry per element is as
 * large as the text's elements, and a plain conversion has no reader for it); `entries` is
 * complete once the chunks have been read to their end. With `lazy`, that element's
 * children are taken from its iterable as they are written, so neither the whole tree nor
 * the whole text need exist at once.
 */
export function serializeStream(root: XElement, lazy?: LazyChildren, mapped = true, index?: LineIndex): { chunks: Iterable<string>; entries: SourceMapEntry[] } {
  const out = new Out(lazy, mapped, undefined, undefined, index);
  return { chunks: chunksOf(out, root), entries: out.entries };
}

/**
 * Serialises one element-only or mixed block at `depth` as {@link block} would inside a tree
 * (it starts at column 1), for a caller that writes its text later, after text made later
 * (the header, made once every document is known). The text is held as UTF-8 bytes. With
 * `children`, the element's own children are left aside and these are written instead, each
 * made as it is written (an element-only block, as {@link block} writes it). With `packed`,
 * each chunk is deflated as it is made (tei/packed.ts): the block's text is never all held
 * as plain bytes, which a single large document's conversion would hold beside what is left
 * of its IR (a 5 MB letter: some 7 MB of TEI).
 */
export function renderBlock(e: XElement, depth: number, mapped = true, children?: Iterable<XElement>, packed = false, index?: LineIndex): RenderedBlock {
  const bytes: Uint8Array[] = [];
  const sizes: number[] | undefined = packed ? [] : undefined;
  const out = new Out(children ? { parent: e, children } : undefined, mapped, bytes, sizes, index);
  if (children) for (const _ of streamBlock(out, e, depth, new Set([e])));
  else block(out, e, depth);
  out.flush();
  return { bytes, ...(sizes ? { packed: sizes } : {}), lines: out.line - 1, entries: out.entries };
}

/** {@link serializeStream}, its chunks all made (write them one by one, or join them once). */
export function serializeChunks(root: XElement, lazy?: LazyChildren, mapped = true, index?: LineIndex): { chunks: string[]; entries: SourceMapEntry[] } {
  const { chunks, entries } = serializeStream(root, lazy, mapped, index);
  return { chunks: [...chunks], entries };
}

/** {@link serializeChunks} of a whole tree, joined into one string (`index`: the transcript's line index, for the elements placed by an offset). */
export function serialize(root: XElement, index?: LineIndex): { xml: string; entries: SourceMapEntry[] } {
  const { chunks, entries } = serializeChunks(root, undefined, true, index);
  return { xml: chunks.join(''), entries };
}
