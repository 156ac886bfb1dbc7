/**
 * xslt/tei-to-text.xsl for the native renderer: the reading and the diplomatic text editions of
 * a document, byte for byte what the stylesheet gives with $edition = 'both' (tp:edition). As
 * there, block-level structure becomes a list of items (paragraphs and lines: a text, the run of
 * lines it belongs to, whether it is quoted), joined by blank lines except adjacent lines of one
 * run, and phrase-level content becomes a string (mode tp:inline). The stylesheet's template
 * rules by name all come to its tp:blocks-as and tp:inline-as on the element's tp:behaviour, so
 * each mode is one dispatch on the behaviour here. What this port cannot reproduce with
 * certainty throws Unsupported (tree.ts) (the document is then rendered by saxon-js).
 */
import {
  NO_NOTES,
  type NoteTable,
  type View,
  behaviour,
  breakAfter,
  breakBefore,
  breakText,
  codePoints,
  documentHeading,
  gapLabel,
  marks,
  normalizeSpace,
  noteBetweenBlocks,
  noteContent,
  noteInline,
  noteTable,
  childrenNamed,
  fileTitle,
  itemField,
  previousElement,
  stringValue,
} from './behaviours.js';
import { type NDocument, type NElement, type NNode, type NText } from './tree.js';

/** tp:text-legend: the line under the title. */
const LEGEND: Readonly<Record<View, string>> = {
  reading: '[Reading text. Square brackets hold editorial matter: headings, note numbers, gaps, remarks.]',
  diplomatic: '[Diplomatic text: lines and pages as in the source. Square brackets hold editorial matter; [-deleted-] [+added+] [?unclear?].]',
};

/** $tp:text-flow-behaviours: the behaviours written as blocks of their own. */
const FLOW_BEHAVIOURS: ReadonlySet<string> = new Set(['section', 'container', 'block', 'list', 'quotation', 'table']);
/** $tp:text-item-blocks: the blocks an item holds that stand on lines of their own. */
const ITEM_BLOCKS: ReadonlySet<string> = new Set(['list', 'quotation', 'table']);
/** $tp:flow-names: the names whose row gives a flow behaviour, and those of tp:with-child (quote). */
const FLOW_NAMES: ReadonlySet<string> = new Set([
  'div', 'text', 'body', 'opener', 'closer', 'address', 'postscript', 'floatingText', 'figure',
  'p', 'ab', 'head', 'dateline', 'salute', 'signed', 'seg', 'figDesc', 'list', 'table', 'quote',
]);
/** $tp:text-inline-lines: the behaviours that stand on lines of their own within a phrase's text. */
const INLINE_LINES: ReadonlySet<string> = new Set(['line', 'block', 'list', 'item', 'table', 'row', 'quotation']);

/** An item of tp:edition: [text, group, quoted]; a paragraph has no group. */
interface Item {
  text: string;
  readonly group: string | undefined;
  quoted: boolean;
}


const isElement = (n: NNode | undefined): n is NElement => n?.kind === 'element';

/** tp:underline: the string and a line of `char` as long as it (in code points). */
function underline(s: string, char: string): string {
  return `${s}\n${char.repeat(codePoints(s))}`;
}

/** tp:page-marker: "--- [page 3] ---". */
function pageMarker(pb: NElement): string {
  return `--- [page ${pb.attrs.get('n') ?? '?'}${pb.attrs.has('cert') ? ', number inferred' : ''}] ---`;
}

/** tp:tidy-lines: the lines from the first to the last that is not empty, a run of empty lines as one. */
function tidyLines(lines: readonly string[]): string {
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '') {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return '';
  const kept: string[] = [];
  for (let i = first; i <= last; i++) if (lines[i] !== '' || lines[i - 1] !== '') kept.push(lines[i] as string);
  return kept.join('\n');
}

/** One edition of one document: tp:edition's state (the view, the tunnel parameter $notes, the items made so far). */
class Edition {
  private readonly items: Item[] = [];
  private notes: NoteTable = NO_NOTES;
  private readonly ids = new Map<NElement, string>();

  constructor(
    private readonly doc: NDocument,
    private readonly view: View,
  ) {}

  /** generate-id: a string that names the element, unlike that of any other. */
  private id(e: NElement): string {
    let id = this.ids.get(e);
    if (id === undefined) {
      id = `e${this.ids.size + 1}`;
      this.ids.set(e, id);
    }
    return id;
  }

  /** tp:edition: the title, the legend, the body's blocks, joined. */
  render(): string {
    const root = this.doc.root;
    if (root.name === 'TEI') {
      const t = fileTitle(root);
      const title = t ? normalizeSpace(stringValue(t)) : '';
      if (title !== '') this.push(underline(title, '='), undefined);
    }
    this.push(LEGEND[this.view], undefined);
    if (root.name === 'TEI')
      for (const t of childrenNamed(root, 'text')) for (const b of childrenNamed(t, 'body')) for (const c of b.children) if (c.kind === 'element') this.blocks(c);
    let out = '';
    let prev: Item | undefined;
    for (const item of this.items) {
      if (prev !== undefined) {
        out += prev.group !== undefined && prev.group === item.group ? '\n' : prev.quoted && item.quoted ? '\n>\n' : '\n\n';
      }
      out += item.text;
      prev = item;
    }
    return `${out}\n`;
  }

  private push(text: string, group: string | undefined): void {
    this.items.push({ text, group, quoted: false });
  }

  // ---- block level (mode tp:blocks) ----

  /** An element in mode tp:blocks: its rule, that is tp:blocks-as with its behaviour. */
  private blocks(e: NElement): void {
    const view = this.view;
    switch (behaviour(e, view)) {
      case 'section':
        this.section(e);
        break;
      case 'note':
        if (noteBetweenBlocks(e)) {
          if (view === 'diplomatic') this.push(this.blockText(e.children), `${this.id(e.parent as NElement)}-notes`);
        } else this.block(e);
        break;
      case 'container':
      case 'list':
      case 'table':
        for (const c of e.children) if (c.kind === 'element') this.blocks(c);
        break;
      case 'item':
        this.item(e, 'item');
        break;
      case 'row':
        this.item(e, 'row');
        break;
      case 'label':
        if (normalizeSpace(stringValue(e)) !== '' && nextElement(e)?.name !== 'item') {
          this.push(indent(e) + this.blockText(e.children), this.listGroup(e));
        }
        break;
      case 'quotation':
        this.quoted(e);
        break;
      case 'line':
        this.line(e);
        break;
      case 'furniture':
        if (view === 'diplomatic') this.line(e);
        break;
      case 'page':
        if (view === 'diplomatic') this.push(pageMarker(e), undefined);
        break;
      case 'break':
      case 'omit':
        break;
      default:
        this.block(e);
    }
  }

  /** tp:blocks-as 'section': the heading, the blocks with the document's note table, its notes (reading). */
  private section(div: NElement): void {
    const outer = this.notes;
    // (tp:has-numbered-notes false: the table has no numbers and no notes, as $tp:no-notes)
    const notes = this.view === 'reading' ? noteTable(div) : NO_NOTES;
    this.notes = notes;
    this.push(underline(`[${documentHeading(div)}]`, '-'), undefined);
    for (const c of div.children) if (c.kind === 'element') this.blocks(c);
    if (this.view === 'reading' && notes.notes.length > 0) {
      this.push('[Notes]', undefined);
      for (const n of notes.notes) this.push(`[${notes.number.get(n)}] ${this.blockText(noteContent(n))}`, 'notes');
    }
    this.notes = outer;
  }

  /** tp:blocks-line: a line, in the run of its parent's lines. */
  private line(e: NElement): void {
    this.push(this.blockText(e.children), this.id(e.parent as NElement));
  }

  /** tp:block: one paragraph, or, holding blocks (by name), parted around them (tp:paragraph). */
  private block(e: NElement): void {
    if (!e.children.some((c) => c.kind === 'element' && FLOW_NAMES.has(c.name))) {
      this.push(this.blockText(e.children), undefined);
      return;
    }
    const flow = (n: NNode): boolean => n.kind === 'element' && FLOW_BEHAVIOURS.has(behaviour(n, this.view));
    for (const [key, group] of adjacent(e.children, flow)) {
      if (key) for (const c of group) this.blocks(c as NElement);
      else {
        const run = this.blockText(group);
        if (run !== '') this.push(run, undefined);
      }
    }
  }

  /** tp:blocks-item: an item or a row, its label first; the lists, tables and quotations it holds on lines of their own. */
  private item(e: NElement, b: 'item' | 'row'): void {
    const group = this.listGroup(e);
    const ind = indent(e);
    const prefix = this.itemPrefix(e, b);
    const isBlock = (n: NNode | undefined): boolean => n?.kind === 'element' && ITEM_BLOCKS.has(behaviour(n, this.view));
    if (!e.children.some(isBlock)) {
      this.push(ind + joinFull(prefix, this.blockText(e.children)), group);
      return;
    }
    if (prefix !== '' && isBlock(e.children.find(isElement))) this.push(ind + prefix, group);
    let position = 0;
    for (const [key, nodes] of adjacent(e.children, isBlock)) {
      position++;
      if (key) {
        for (const c of nodes) this.blocks(c as NElement);
        continue;
      }
      const run = this.blockText(nodes);
      if (run !== '' && position === 1) this.push(ind + joinFull(prefix, run), group);
      else if (run !== '') this.push(`${ind}   ${run}`, group);
    }
  }

  /** tp:list-group: the run of lines of an item, a row or a label: its outermost list or table ('' outside one). */
  private listGroup(e: NElement): string {
    let outer: NElement | undefined;
    for (let p = e.parent; p; p = p.parent) if (p.name === 'list' || p.name === 'table') outer = p;
    return outer ? this.id(outer) : '';
  }

  /** tp:item-prefix: the item's label, the bracketed label of its field (reading), nothing in a labelled list, else a dash. */
  private itemPrefix(item: NElement, b: string): string {
    if (b !== 'item') return '';
    const before = previousElement(item);
    const label = before?.name === 'label' ? before : undefined;
    if (label && normalizeSpace(stringValue(label)) !== '') return this.blockText(label.children);
    const field = itemField(this.doc, item);
    if (field && this.view === 'reading') return `[${this.blockText(field.children)}]`;
    if (label || item.parent?.children.some((c) => c.kind === 'element' && c.name === 'label')) return '';
    return '–';
  }

  /** tp:quoted: the blocks of a quotation, each line marked "> ". */
  private quoted(e: NElement): void {
    const start = this.items.length;
    for (const c of e.children) if (c.kind === 'element') this.blocks(c);
    for (let i = start; i < this.items.length; i++) {
      const item = this.items[i] as Item;
      item.text = item.text === '' ? '' : item.text.split('\n').map((l) => (l !== '' ? `> ${l}` : '>')).join('\n');
      item.quoted = true;
    }
  }

  /** tp:block-text: the phrase-level text of nodes, reflowed to one line (reading) or its source lines tidied (diplomatic). */
  private blockText(nodes: readonly NNode[]): string {
    const raw = this.inlineNodes(nodes);
    if (this.view === 'reading' || !raw.includes('\n')) return normalizeSpace(raw);
    return tidyLines(raw.split('\n').map(normalizeSpace));
  }

  // ---- phrase level (mode tp:inline) ----

  private inlineNodes(nodes: readonly NNode[]): string {
    let out = '';
    for (const n of nodes) out += n.kind === 'text' ? this.text(n) : this.inline(n);
    return out;
  }

  /** A text node: the rule for a text node at a line break, else its text. */
  private text(t: NText): string {
    const before = breakBefore(t);
    const after = breakAfter(t);
    if (!before && !after) return t.text;
    const joins = before?.attrs.get('break') === 'no' || after?.attrs.get('break') === 'no';
    return this.view === 'reading' && !joins ? t.text : breakText(t, this.view);
  }

  /** An element in mode tp:inline: its rule, that is tp:inline-as with its behaviour. */
  private inline(e: NElement): string {
    const view = this.view;
    const b = behaviour(e, view);
    switch (b) {
      case 'break':
        return view === 'diplomatic' ? '\n' : e.attrs.get('break') === 'no' ? '' : ' ';
      case 'page':
        return view === 'diplomatic' ? `\n\n${pageMarker(e)}\n\n` : ' ';
      case 'furniture':
        return view === 'diplomatic' ? `\n${normalizeSpace(stringValue(e))}\n` : ' ';
      case 'note': {
        if (view === 'reading' && !noteInline(e)) {
          const n = this.notes.number.get(e);
          return n === undefined ? '' : `[${n}]`;
        }
        return ` [${this.inlineNodes(e.children)}]`;
      }
      case 'mark': {
        const n = view === 'reading' ? this.notes.number.get(e) : undefined;
        return `[${n !== undefined ? String(n) : normalizeSpace(stringValue(e))}]`;
      }
      case 'gap':
        return gapLabel(e);
      case 'omit':
        return '';
      case 'cell': {
        const siblings = e.parent?.children ?? [];
        let after = false;
        for (let i = 0; i < e.index; i++) {
          const s = siblings[i];
          if (s?.kind === 'element' && s.name === 'cell') {
            after = true;
            break;
          }
        }
        return (after ? ' | ' : '') + this.inlineNodes(e.children);
      }
      default: {
        if (INLINE_LINES.has(b)) return `\n${this.inlineNodes(e.children)}\n`;
        // tp:inline-phrase
        const m = marks(e, view);
        const body = this.inlineNodes(e.children);
        return m ? m[0] + body + m[1] : body;
      }
    }
  }
}

/** following-sibling::*[1] */
function nextElement(e: NElement): NElement | undefined {
  const s = e.parent?.children ?? [];
  for (let i = e.index + 1; i < s.length; i++) {
    const c = s[i];
    if (c?.kind === 'element') return c;
  }
  return undefined;
}


/** tp:indent: three spaces for each list or table around an item's own one. */
function indent(e: NElement): string {
  let count = 0;
  for (let p = e.parent; p; p = p.parent) if (p.name === 'list' || p.name === 'table') count++;
  return count > 1 ? '   '.repeat(count - 1) : '';
}

/** string-join(($a, $b)[.], ' ') */
function joinFull(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a} ${b}`;
}

/** xsl:for-each-group group-adjacent on a boolean key: the runs of nodes of one key, in order. */
function adjacent(nodes: readonly NNode[], key: (n: NNode) => boolean): [boolean, NNode[]][] {
  const groups: [boolean, NNode[]][] = [];
  let last: [boolean, NNode[]] | undefined;
  for (const n of nodes) {
    const k = key(n);
    if (last && last[0] === k) last[1].push(n);
    else {
      last = [k, [n]];
      groups.push(last);
    }
  }
  return groups;
}

/** The two text editions of a document, as tei-to-text.xsl with $edition = 'both' writes them. */
export function textEditionsNative(doc: NDocument): { reading: string; diplomatic: string } {
  return { reading: new Edition(doc, 'reading').render(), diplomatic: new Edition(doc, 'diplomatic').render() };
}
