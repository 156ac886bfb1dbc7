/**
 * What a deposit needs to know about one TEI file, read from its teiHeader and text with the
 * project's positioned XML reader: titles, publication, archival identification, the
 * correspondence (with authority `@ref`s where given), the documents and their pages, the
 * encoding notes and revision history, and the header itself as XML.
 */
import { TEI_NS } from '../tei/namespace.js';
import { parsePositioned } from '../validate/positioned-tree.js';
import { quickTree } from '../validate/quick-tree.js';
import { attr, textOf, type XElement } from '../validate/xml-nodes.js';

/** A person, organisation or place, with its authority URI when the TEI gives one. */
export interface Named {
  readonly name: string;
  readonly ref?: string;
  readonly kind: string;
}

/** TEI dating attributes (`when`, `from`, `to`, `notBefore`, `notAfter`). */
export type Dating = Readonly<Partial<Record<'when' | 'from' | 'to' | 'notBefore' | 'notAfter', string>>>;

/** One side of a correspondence (`correspAction`). */
export interface CorrespSide {
  readonly parties: readonly Named[];
  readonly place?: Named;
  readonly date?: Dating;
}

/** One `correspDesc`. */
export interface Correspondence {
  readonly n?: string;
  readonly sent?: CorrespSide;
  readonly received?: CorrespSide;
}

/** A page break: its `n` and where its `<pb` starts in the file (1-based line, UTF-16 column). */
export interface PageBreak {
  readonly n: string;
  readonly line: number;
  readonly column: number;
}

/** One `div[@type='document']`: its kind and its page breaks. */
export interface DocumentPart {
  readonly n?: string;
  readonly kind: string;
  readonly pages: readonly PageBreak[];
}

/** The metadata of one TEI file. */
export interface TeiRecord {
  readonly title: string;
  readonly lang?: string;
  readonly publisher?: string;
  readonly licence?: { readonly name: string; readonly url?: string };
  readonly editors: readonly string[];
  readonly repository?: string;
  readonly settlement?: string;
  readonly collection?: string;
  readonly idnos: readonly { readonly type?: string; readonly value: string }[];
  readonly origDate?: Dating & { readonly text?: string };
  readonly classification?: string;
  readonly correspondence: readonly Correspondence[];
  readonly parts: readonly DocumentPart[];
  /** `editorialDecl/p` texts: the conventions and normalisations applied. */
  readonly conventions: readonly string[];
  /** `revisionDesc/change` texts. */
  readonly changes: readonly string[];
  /** The `@when` of the first `change` that has one. */
  readonly changedOn?: string;
  /** The source transcript and checksum named in `revisionDesc`, when it names one. */
  readonly source?: { readonly path: string; readonly sha256: string };
  /** The `teiHeader` as XML, with the TEI namespace declared on it (for METS `mdWrap`). */
  readonly headerXml?: string;
}

const kids = (el: XElement | undefined, local: string): XElement[] =>
  (el?.children ?? []).filter((c): c is XElement => c.kind === 'element' && c.local === local && c.ns === TEI_NS);
const kid = (el: XElement | undefined, local: string): XElement | undefined => kids(el, local)[0];
/** Text with runs of XML white space (space, tab, CR, LF) made one space, ends dropped. */
const clean = (s: string): string => s.replace(/[ \t\r\n]+/gu, ' ').replace(/^ | $/gu, '');
const text = (el: XElement | undefined): string | undefined => (el ? clean(textOf(el)) || undefined : undefined);
const path = (el: XElement | undefined, ...locals: string[]): XElement | undefined => locals.reduce<XElement | undefined>((e, l) => kid(e, l), el);
const DATING = ['when', 'from', 'to', 'notBefore', 'notAfter'] as const;
const SOURCE = /from ([^ \t\r\n]+) \(sha256 ([0-9a-f]{64})\)/u;

function dating(el: XElement | undefined): Dating | undefined {
  const d = Object.fromEntries(DATING.flatMap((k) => { const v = el && attr(el, k)?.value; return v ? [[k, v]] : []; }));
  return Object.keys(d).length ? d : undefined;
}

function named(el: XElement): Named {
  const ref = attr(el, 'ref')?.value;
  return { name: text(el) ?? '', kind: el.local, ...(ref ? { ref } : {}) };
}

function side(action: XElement | undefined): CorrespSide | undefined {
  if (!action) return undefined;
  const parties = action.children.filter((c): c is XElement => c.kind === 'element' && ['persName', 'orgName', 'name'].includes(c.local)).map(named);
  const place = kid(action, 'placeName');
  const date = dating(kid(action, 'date'));
  return { parties, ...(place ? { place: named(place) } : {}), ...(date ? { date } : {}) };
}

function correspondence(profile: XElement | undefined): Correspondence[] {
  return kids(profile, 'correspDesc').map((c) => {
    const n = attr(c, 'n')?.value;
    const actions = kids(c, 'correspAction');
    const sent = side(actions.find((a) => attr(a, 'type')?.value === 'sent'));
    const received = side(actions.find((a) => attr(a, 'type')?.value === 'received'));
    return { ...(n ? { n } : {}), ...(sent ? { sent } : {}), ...(received ? { received } : {}) };
  });
}

const isDocumentDiv = (e: XElement): boolean => e.local === 'div' && attr(e, 'type')?.value === 'document';

/** One walk over the text: each document div with its page breaks (a pb outside any goes to the nearest part before it, or a first "text" part). */
function parts(root: XElement): DocumentPart[] {
  const out: { n?: string; kind: string; pages: PageBreak[] }[] = [];
  const loose: PageBreak[] = [];
  const walk = (el: XElement, part: PageBreak[] | undefined): void => {
    for (const c of el.children) {
      if (c.kind !== 'element') continue;
      if (c.local === 'pb') (part ?? out.at(-1)?.pages ?? loose).push({ n: attr(c, 'n')?.value ?? '', line: c.line, column: c.column });
      else if (!part && isDocumentDiv(c)) {
        const n = attr(c, 'n')?.value;
        const p = { ...(n ? { n } : {}), kind: attr(c, 'subtype')?.value ?? 'document', pages: [] as PageBreak[] };
        out.push(p);
        walk(c, p.pages);
      } else walk(c, part);
    }
  };
  const body = path(root, 'text', 'body');
  if (body) walk(body, undefined);
  return out.length ? (loose.length ? [{ kind: 'text', pages: loose }, ...out] : out) : [{ kind: 'text', pages: loose }];
}

/** The header's XML text, namespace declared on it so it stands alone inside another document. */
function headerXml(xml: string): string | undefined {
  const start = xml.search(/<teiHeader[ \t\r\n>]/u);
  const end = xml.indexOf('</teiHeader>');
  if (start < 0 || end < start) return undefined;
  const h = xml.slice(start, end + '</teiHeader>'.length);
  return /^<teiHeader[^>]*xmlns=/u.test(h) ? h : h.replace(/^<teiHeader/u, `<teiHeader xmlns="${TEI_NS}"`);
}

/**
 * Reads a TEI file's record; undefined when the text has no TEI root element (or is not
 * well-formed). `wellFormed`: the caller knows the text is well-formed XML (a build harvests
 * only documents its validation parsed), so the quick tokenizer (validate/quick-tree.ts) may
 * read it, which gives saxes's tree several times faster and leaves to saxes what it cannot
 * read exactly as saxes does.
 */
export function readTeiRecord(xml: string, opts: { readonly wellFormed?: boolean } = {}): TeiRecord | undefined {
  const quick = opts.wellFormed ? quickTree(xml) : undefined;
  const tree = quick ? undefined : parsePositioned(xml);
  const root = quick ?? (tree?.ok ? tree.root : undefined);
  if (!root || root.local !== 'TEI' || root.ns !== TEI_NS) return undefined;
  const fileDesc = path(root, 'teiHeader', 'fileDesc');
  const ms = path(fileDesc, 'sourceDesc', 'msDesc');
  const msId = kid(ms, 'msIdentifier');
  const licence = path(fileDesc, 'publicationStmt', 'availability', 'licence');
  const origDate = path(ms, 'history', 'origin', 'origDate');
  const header = kid(root, 'teiHeader');
  const changes = kids(kid(header, 'revisionDesc'), 'change').map((c) => text(c) ?? '');
  const src = changes.map((c) => SOURCE.exec(c)).find((m) => m);
  // Absent values stay undefined (the record's optional fields), so the object is typed as it is built.
  const optional: Partial<TeiRecord> = {
    lang: attr(root, 'xml:lang')?.value, publisher: text(path(fileDesc, 'publicationStmt', 'publisher')),
    repository: text(kid(msId, 'repository')), settlement: text(kid(msId, 'settlement')), collection: text(kid(msId, 'collection')),
    classification: text(path(header, 'encodingDesc', 'classDecl', 'taxonomy', 'category', 'catDesc')),
    licence: licence && text(licence) ? { name: text(licence) ?? '', url: attr(licence, 'target')?.value } : undefined,
    origDate: origDate ? { ...dating(origDate), ...(text(origDate) ? { text: text(origDate) } : {}) } : undefined,
    source: src ? { path: src[1] ?? '', sha256: src[2] ?? '' } : undefined,
    headerXml: headerXml(xml),
    changedOn: kids(kid(header, 'revisionDesc'), 'change').map((c) => attr(c, 'when')?.value).find((w) => w),
  };
  return {
    title: text(path(fileDesc, 'titleStmt', 'title')) ?? '',
    editors: kids(kid(fileDesc, 'titleStmt'), 'editor').map((e) => text(e) ?? '').filter(Boolean),
    idnos: kids(msId, 'idno').map((i) => ({ value: text(i) ?? '', type: attr(i, 'type')?.value })),
    correspondence: correspondence(kid(header, 'profileDesc')),
    parts: parts(root),
    conventions: kids(path(header, 'encodingDesc', 'editorialDecl'), 'p').map((p) => text(p) ?? ''),
    changes,
    ...optional,
  };
}
