/**
 * A quick tokenizer for the positioned tree of an ordinary document: the same tree as
 * `parsePositioned` (it drives the same builder: elements, attributes, namespaces, text
 * places), found with `indexOf` and a few anchored patterns instead of saxes's
 * character-by-character state machine, which cost most of the validation of a large file.
 *
 * It is not a well-formedness checker. It gives up (undefined) on anything it does not
 * handle exactly as saxes does — a carriage return, a DOCTYPE or other `<!` declaration, a
 * named entity beyond the five predefined ones, a tag its patterns do not read, text outside
 * the root, a mismatched or missing end tag, an unbound prefix — and the caller then uses
 * saxes. A document it accepts must still pass libxml2, and one libxml2 refuses is parsed
 * again with saxes for the place and wording of its first error (well-formed.ts).
 */
import { LineIndex } from '../ir/position.js';
import { closeAt, Cursor, openAt, pushText, Stop, type Builder, type StartTag } from './positioned-tree.js';
import type { XElement } from './xml-nodes.js';

// XML white space is space, tab, CR, LF; a document with CR never comes here.
const START_TAG = /<([^ \t\n/>=<"'&]+)((?:[ \t\n]+[^ \t\n/>=<"'&]+[ \t\n]*=[ \t\n]*(?:"[^"<]*"|'[^'<]*'))*)[ \t\n]*(\/?)>/uy;
const END_TAG = /<\/([^ \t\n/>=<"'&]+)[ \t\n]*>/uy;
const ATTRIBUTE = /([^ \t\n=]+)[ \t\n]*=[ \t\n]*(?:"([^"]*)"|'([^']*)')/gu;
const REFERENCE = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([A-Za-z]+));|&/gu;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ONLY_SPACE = /^[ \t\n]*$/u;
const SPACE_LIKE = /[\t\n]/u;
const SPACES_LIKE = /[\t\n]/gu;

/** Thrown to give up; the caller falls back to saxes. */
class GiveUp extends Error {}

/** The character a reference stands for (a malformed one gives up). */
function referent(m: RegExpExecArray): string {
  const [, hex, dec, name] = m;
  if (name !== undefined) {
    const c = PREDEFINED[name];
    if (c === undefined) throw new GiveUp();
    return c;
  }
  const code = hex !== undefined ? Number.parseInt(hex, 16) : dec !== undefined ? Number(dec) : Number.NaN;
  if (!(code > 0 && code <= 0x10ffff)) throw new GiveUp();
  return String.fromCodePoint(code);
}

/** Character data with its references resolved. */
function decode(raw: string): string {
  return raw.includes('&') ? raw.replace(REFERENCE, (...m) => referent(m as unknown as RegExpExecArray)) : raw;
}

/**
 * The attributes of a start tag whose attribute text starts at offset `from`, in order, and
 * where each name starts: literal tab and line feed become spaces (XML's normalisation),
 * then references are resolved.
 */
function attributes(source: string, from: number): { attributes: Record<string, string>; places: number[] } {
  const out: Record<string, string> = {};
  const places: number[] = [];
  if (source === '') return { attributes: out, places };
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1] ?? '';
    if (Object.hasOwn(out, name)) throw new GiveUp();
    const raw = m[2] ?? m[3] ?? '';
    out[name] = decode(SPACE_LIKE.test(raw) ? raw.replace(SPACES_LIKE, ' ') : raw);
    places.push(from + m.index);
  }
  return { attributes: out, places };
}

/**
 * Reads the markup at `lt` (a `<`) and returns the offset just past it. `b.lastEnd` is left
 * where saxes leaves it — the place of any text that follows: past the markup, except after
 * a comment, which saxes ends at its `--` (the text after it is placed at the `>`).
 */
function markup(b: Builder, lt: number): number {
  const t = b.text;
  const open = b.stack.length > 0;
  if (t.startsWith('<?', lt)) return (b.lastEnd = after(t, '?>', lt + 2));
  if (t.startsWith('<!--', lt)) {
    const end = after(t, '-->', lt + 4);
    b.lastEnd = end - 1;
    return end;
  }
  if (t.startsWith('<![CDATA[', lt) && open) {
    const end = after(t, ']]>', lt + 9);
    pushText(b, t.slice(lt + 9, end - 3), b.lastEnd + 9);
    return (b.lastEnd = end);
  }
  if (t.startsWith('</', lt)) return endTag(b, lt);
  if (t.startsWith('<!', lt)) throw new GiveUp();
  return startTag(b, lt);
}

/** The offset just past the first `close` at or after `from`. */
function after(t: string, close: string, from: number): number {
  const i = t.indexOf(close, from);
  if (i === -1) throw new GiveUp();
  return i + close.length;
}

function startTag(b: Builder, lt: number): number {
  START_TAG.lastIndex = lt;
  const m = START_TAG.exec(b.text);
  if (!m || (b.root && b.stack.length === 0)) throw new GiveUp();
  const name = m[1] ?? '';
  const tag: StartTag = { name, ...attributes(m[2] ?? '', lt + 1 + name.length), isSelfClosing: m[3] === '/' };
  const end = lt + m[0].length;
  openAt(b, tag, end);
  return end;
}

function endTag(b: Builder, lt: number): number {
  END_TAG.lastIndex = lt;
  const m = END_TAG.exec(b.text);
  const top = b.stack[b.stack.length - 1];
  if (!m || !top || m[1] !== top.name) throw new GiveUp();
  const end = lt + m[0].length;
  closeAt(b, { name: top.name, attributes: {}, isSelfClosing: false }, end);
  return end;
}

/** The character data from `from` to the next `<` (or the end); returns where it stops. */
function characters(b: Builder, from: number): number {
  const t = b.text;
  const lt = t.indexOf('<', from);
  const end = lt === -1 ? t.length : lt;
  if (end === from) return end;
  const raw = t.slice(from, end);
  if (b.stack.length === 0) {
    if (!ONLY_SPACE.test(raw)) throw new GiveUp();
  } else pushText(b, decode(raw), b.lastEnd);
  // saxes places what follows text at the `<` that ends it.
  b.lastEnd = end;
  return end;
}

/**
 * The positioned tree of `text` (decoded, BOM removed), built as saxes would build it, or
 * undefined when the quick tokenizer cannot vouch for that (see the module comment).
 */
export function quickTree(text: string): XElement | undefined {
  if (text.includes('\r')) return undefined;
  const b: Builder = { text, idx: new Cursor(text, new LineIndex(text)), stack: [], scopes: [], lastEnd: 0 };
  try {
    let i = 0;
    while (i < text.length) {
      i = characters(b, i);
      if (i < text.length) i = markup(b, i);
    }
  } catch (e) {
    if (e instanceof GiveUp || e instanceof Stop) return undefined;
    throw e;
  }
  return b.root && b.stack.length === 0 ? b.root : undefined;
}
