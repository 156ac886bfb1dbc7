/**
 * The tree the native renderer reads (src/render/native/): elements and text nodes of a TEI
 * file, as the XPath data model sees them when the stylesheets run — a text node is a maximal
 * run of character data (references resolved), attributes keep their qualified names
 * (`xml:id`, `xml:lang`). Only what the converter and an editor's ordinary edits write is read:
 * comments, processing instructions, CDATA sections, a DOCTYPE, a carriage return, a named
 * entity beyond the five predefined ones or an element outside the TEI namespace make
 * `parseTei` give up (undefined), and the document is then rendered by the stylesheets
 * themselves (saxon-js), which read any well-formed XML.
 */
import { TEI_NS } from '../../tei/namespace.js';

/** A text node. */
export interface NText {
  readonly kind: 'text';
  readonly text: string;
  /** Its parent; none for a text node the renderer made (a note's text without its label's space). */
  readonly parent: NElement | undefined;
  /** Its place among its parent's children. */
  readonly index: number;
}

/** An element of the TEI namespace, by its local name. */
export interface NElement {
  readonly kind: 'element';
  readonly name: string;
  /** Attributes by qualified name as written, in document order (a Map keeps it). */
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: NNode[];
  readonly parent: NElement | undefined;
  readonly index: number;
}

export type NNode = NElement | NText;

/** The parsed document: its root element and the elements by xml:id (the first of each id, as `id()` finds it). */
export interface NDocument {
  readonly root: NElement;
  readonly ids: ReadonlyMap<string, NElement>;
}

const TAG = /<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:[ \t\n]+[A-Za-z_][\w.:-]*[ \t\n]*=[ \t\n]*(?:"[^"<]*"|'[^'<]*'))*)[ \t\n]*(\/?)>/yu;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)[ \t\n]*=[ \t\n]*(?:"([^"<]*)"|'([^'<]*)')/gu;
const REFERENCE = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/gu;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const XML_DECL = /^<\?xml\s[^?]*\?>/u;

/** Thrown by the native renderer for what it leaves to the stylesheets: the document is then rendered by saxon-js. */
export class Unsupported extends Error {}
const GiveUp = Unsupported;

function char(hex: string | undefined, dec: string | undefined, name: string | undefined): string {
  if (name !== undefined) return PREDEFINED[name] as string;
  const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw new GiveUp();
  return String.fromCodePoint(code);
}

function decode(raw: string): string {
  if (!raw.includes('&')) return raw;
  if (raw.replace(REFERENCE, '').includes('&')) throw new GiveUp();
  return raw.replace(REFERENCE, (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) => char(hex, dec, name));
}

/** An attribute value as XML gives it: literal white space characters become spaces, then references are resolved. */
function attributeValue(raw: string): string {
  return decode(raw.replace(/[\t\n]/gu, ' '));
}

/** The document's tree, or undefined when it holds anything this reader leaves to the stylesheets (see the module comment). */
export function parseTei(xml: string): NDocument | undefined {
  try {
    return parse(xml);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

function parse(xml: string): NDocument {
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (text.includes('\r') || text.includes('<!') || text.lastIndexOf('<?') > 0) throw new GiveUp();
  const decl = XML_DECL.exec(text);
  let at = decl ? decl[0].length : text.startsWith('<?') ? -1 : 0;
  if (at < 0) throw new GiveUp();
  const ids = new Map<string, NElement>();
  const stack: NElement[] = [];
  const qnames: string[] = [];
  let root: NElement | undefined;
  // namespace scopes: the default namespace and the declared prefixes of each open element
  const scopes: { def: string; prefixes: ReadonlyMap<string, string> }[] = [{ def: '', prefixes: new Map() }];
  const n = text.length;
  while (at < n) {
    const lt = text.indexOf('<', at);
    const end = lt < 0 ? n : lt;
    if (end > at) {
      const top = stack[stack.length - 1];
      const data = text.slice(at, end);
      if (top === undefined) {
        if (!/^[ \t\n]*$/u.test(data)) throw new GiveUp();
      } else {
        top.children.push({ kind: 'text', text: decode(data), parent: top, index: top.children.length });
      }
    }
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const m = TAG.exec(text);
    if (!m) throw new GiveUp();
    const [whole, close, qname, attrText, selfClose] = m as unknown as [string, string, string, string, string];
    at = lt + whole.length;
    if (close) {
      if (attrText || selfClose) throw new GiveUp();
      stack.pop();
      scopes.pop();
      if (qnames.pop() !== qname) throw new GiveUp();
      continue;
    }
    const attrs = new Map<string, string>();
    const outer = scopes[scopes.length - 1] as { def: string; prefixes: ReadonlyMap<string, string> };
    let def = outer.def;
    let prefixes = outer.prefixes;
    if (attrText) {
      for (const a of attrText.matchAll(ATTRIBUTE)) {
        const name = a[1] as string;
        if (attrs.has(name)) throw new GiveUp();
        const value = attributeValue(a[2] ?? a[3] ?? '');
        if (name === 'xmlns') { def = value; continue; }
        if (name.startsWith('xmlns:')) {
          if (prefixes === outer.prefixes) prefixes = new Map(prefixes);
          (prefixes as Map<string, string>).set(name.slice(6), value);
          continue;
        }
        const colon = name.indexOf(':');
        if (colon >= 0 && name.slice(0, colon) !== 'xml') throw new GiveUp();
        attrs.set(name, value);
      }
    }
    const colon = qname.indexOf(':');
    const ns = colon < 0 ? def : prefixes.get(qname.slice(0, colon));
    if (ns !== TEI_NS) throw new GiveUp();
    const parent = stack[stack.length - 1];
    if (parent === undefined && root !== undefined) throw new GiveUp();
    const el: NElement = { kind: 'element', name: colon < 0 ? qname : qname.slice(colon + 1), attrs, children: [], parent, index: parent ? parent.children.length : 0 };
    if (parent) parent.children.push(el);
    else root = el;
    const id = attrs.get('xml:id');
    if (id !== undefined) {
      // (an id with white space, or given twice, is invalid TEI: the stylesheets decide what it means)
      if (/[ \t\n]/u.test(id) || ids.has(id)) throw new GiveUp();
      ids.set(id, el);
    }
    if (!selfClose) {
      stack.push(el);
      qnames.push(qname);
      scopes.push({ def, prefixes });
    }
  }
  if (stack.length !== 0 || root === undefined) throw new GiveUp();
  return { root, ids };
}
