import { XMLParser } from 'fast-xml-parser';

/** An element of a parsed TEI file: its name, attributes and children (text as strings). */
export interface El {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly (El | string)[];
}

const parser = new XMLParser({ preserveOrder: true, trimValues: false, parseTagValue: false, ignoreAttributes: false, attributeNamePrefix: '', processEntities: true, htmlEntities: true });

type Ordered = Record<string, unknown>;

function build(nodes: readonly Ordered[]): (El | string)[] {
  const out: (El | string)[] = [];
  for (const n of nodes) {
    const attrs = (n[':@'] ?? {}) as Record<string, string>;
    for (const [k, v] of Object.entries(n)) {
      if (k === ':@') continue;
      if (k === '#text') out.push(String(v));
      else if (!k.startsWith('?')) out.push({ name: k, attrs, children: build(v as Ordered[]) });
    }
  }
  return out;
}

/** Parses TEI into a tree of elements. */
export function parseTei(xml: string): El {
  const root = build(parser.parse(xml) as Ordered[]).find((x): x is El => typeof x !== 'string' && x.name === 'TEI');
  if (!root) throw new Error('no TEI root');
  return root;
}

/** All descendants (and the element itself) named `name` whose attributes include `attrs`. */
export function els(e: El, name: string, attrs: Record<string, string> = {}): El[] {
  const out: El[] = [];
  const walk = (x: El) => {
    if (x.name === name && Object.entries(attrs).every(([k, v]) => x.attrs[k] === v)) out.push(x);
    for (const c of x.children) if (typeof c !== 'string') walk(c);
  };
  walk(e);
  return out;
}

/** The text of an element, leaving out the subtrees named `skip`. */
export function textOf(e: El, skip?: string): string {
  return e.children.map((c) => (typeof c === 'string' ? c : c.name === skip ? '' : textOf(c, skip))).join('');
}
