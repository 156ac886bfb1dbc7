/**
 * The second step of restricting a schema to a batch's vocabulary (tei-all-subset.ts makes
 * every element the batch does not use a stub, `<element name="X"><notAllowed/></element>`).
 * Stubs keep the grammar's shape, so TEI's large model classes still list every element of
 * tei_all, and libxml2 spent most of a restricted schema's compilation (over a second for
 * 1,000 documents of 67 elements) on choices of hundreds of branches, nearly all stubs.
 *
 * A define is *dead* when every sequence of elements it matches contains an element the batch
 * does not use: a stub, a reference to a dead define, or a choice of nothing but references to
 * dead defines. A reference to a dead define is dropped from a `<choice>` when a branch that
 * matches some sequence of elements is left (not `notAllowed`, nor a reference to or a choice
 * of only such). Then the defines no longer reachable go too.
 *
 * Why the diagnostics stay the same: no document of the batch contains an element the batch
 * does not use, so a dropped branch never matched any of its content, and each sequence its
 * content could still continue into (within the choice) is continued by the branch that is
 * left, as far as libxml2's content models see (they match element names; a stub is a name
 * like any other). So every document is accepted and refused at the same elements, with the
 * same messages: checked in test/unit/validate/prune-choices.test.ts against the restriction
 * alone (and, in tei-all-subset.test.ts, against the full tei_all) on valid and faulty
 * documents. Stubs elsewhere (in a group, an `optional`, a content model of their own) stay,
 * and so does every stub of an element the batch does use (the project schema's excluded
 * elements: "Element X is not allowed anywhere in this schema").
 *
 * Only RELAX NG elements count (namespaces are resolved; annotations and embedded Schematron
 * are left alone); a define whose body this reader cannot follow (nested grammar, unbalanced
 * tags) is left as it is.
 */
import { elementName, joinParts, reachable, stubbedDefines, type RngParts } from './tei-all-subset.js';

const RNG_NS = 'http://relaxng.org/ns/structure/1.0';

/** Comments, CDATA sections and processing instructions (skipped), and tags. */
const MARKUP = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([^ \t\r\n/>]+)((?:[ \t\r\n]+[^ \t\r\n=/>]+[ \t\r\n]*=[ \t\r\n]*(?:"[^"]*"|'[^']*'))*)[ \t\r\n]*(\/?)>/gu;
const ATTRIBUTE = /([^ \t\r\n=]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/gu;

/** A RELAX NG element of a define body (`rng` undefined for any other), with its extent. */
interface Node {
  readonly rng: string | undefined;
  /** The define a self-closing `<ref name="…"/>` names. */
  readonly ref: string | undefined;
  readonly start: number;
  end: number;
  readonly kids: Node[];
}

type Scope = ReadonlyMap<string, string>;

function attributesOf(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) out.set(m[1] ?? '', m[2] ?? m[3] ?? '');
  return out;
}

function scopeWith(scope: Scope, attrs: ReadonlyMap<string, string>): Scope {
  let next: Map<string, string> | undefined;
  for (const [name, value] of attrs) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    next ??= new Map(scope);
    next.set(name === 'xmlns' ? '' : name.slice(6), value);
  }
  return next ?? scope;
}

/**
 * The top-level nodes of `text` read in `scope` and the scope of its last open tag; for a
 * define's `body`, undefined when its tags do not balance or it holds a grammar of its own.
 */
function parse(text: string, scope: Scope, body: boolean): { nodes: Node[]; scope: Scope } | undefined {
  const root: Node = { rng: undefined, ref: undefined, start: 0, end: text.length, kids: [] };
  const stack: { node: Node; scope: Scope }[] = [{ node: root, scope }];
  for (const m of text.matchAll(MARKUP)) {
    const qname = m[2];
    if (qname === undefined) continue;
    const top = stack[stack.length - 1] as { node: Node; scope: Scope };
    if (m[1] === '/') {
      if (stack.length === 1) return undefined;
      (stack.pop() as { node: Node }).node.end = m.index + m[0].length;
      continue;
    }
    const attrs = attributesOf(m[3] ?? '');
    const inner = scopeWith(top.scope, attrs);
    const colon = qname.indexOf(':');
    const local = colon === -1 ? qname : qname.slice(colon + 1);
    const rng = inner.get(colon === -1 ? '' : qname.slice(0, colon)) === RNG_NS ? local : undefined;
    const selfClosing = m[4] === '/';
    const node: Node = { rng, ref: rng === 'ref' && selfClosing ? attrs.get('name') : undefined, start: m.index, end: m.index + m[0].length, kids: [] };
    if (body && rng === 'grammar') return undefined;
    top.node.kids.push(node);
    if (!selfClosing) stack.push({ node, scope: inner });
  }
  if (body && stack.length !== 1) return undefined;
  return { nodes: root.kids, scope: (stack[stack.length - 1] as { scope: Scope }).scope };
}

const patterns = (nodes: readonly Node[]): Node[] => nodes.filter((n) => n.rng !== undefined);

/** True when `n` matches no sequence of element names at all (given the defines known to match none). */
function matchesNothing(n: Node, none: ReadonlySet<string>): boolean {
  const kids = patterns(n.kids);
  switch (n.rng) {
    case 'notAllowed': return true;
    case 'ref': return n.ref !== undefined && none.has(n.ref);
    case 'choice': return kids.length > 0 && kids.every((k) => matchesNothing(k, none));
    case 'group': case 'interleave': case 'oneOrMore': case 'attribute': case 'mixed': case 'list':
      return kids.some((k) => matchesNothing(k, none));
    default: return false;
  }
}

/** True when `n` is a reference to a dead define, or a choice of nothing but such references. */
function onlyDead(n: Node, dead: ReadonlySet<string>): boolean {
  if (n.ref !== undefined) return dead.has(n.ref);
  const kids = patterns(n.kids);
  return n.rng === 'choice' && kids.length > 0 && kids.every((k) => k.ref !== undefined && dead.has(k.ref));
}

/** Grows `set` with every define whose single pattern satisfies `test`, until nothing changes. */
function fixpoint(bodies: ReadonlyMap<string, Node[]>, set: Set<string>, test: (top: Node[], set: ReadonlySet<string>) => boolean): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, nodes] of bodies) {
      if (set.has(name) || !test(patterns(nodes), set)) continue;
      set.add(name);
      changed = true;
    }
  }
}

/** The choices' branches to drop in one body: references to dead defines, where a live branch is left. */
function cuts(nodes: readonly Node[], dead: ReadonlySet<string>, none: ReadonlySet<string>, out: Node[]): Node[] {
  for (const n of nodes) {
    if (n.rng === 'choice') {
      const kids = patterns(n.kids);
      const drop = new Set(kids.filter((k) => k.ref !== undefined && dead.has(k.ref)));
      if (drop.size > 0 && kids.some((k) => !drop.has(k) && !matchesNothing(k, none))) out.push(...drop);
    }
    cuts(n.kids, dead, none, out);
  }
  return out;
}

/** `body` without the byte ranges of `drop` (in document order). */
function without(body: string, drop: readonly Node[]): string {
  let out = '';
  let at = 0;
  for (const d of [...drop].sort((a, b) => a.start - b.start)) {
    out += body.slice(at, d.start);
    at = d.end;
  }
  return out + body.slice(at);
}

/**
 * The schema of `parts` restricted to `elementNames` (as `restrictParts`) with references to
 * dead defines dropped from choices (see the module comment). Pure.
 */
export function compactParts(parts: RngParts, elementNames: ReadonlySet<string>): string {
  const defines = stubbedDefines(parts, elementNames);
  const grammar = parse(parts.header, new Map(), false);
  if (!grammar) return joinParts(parts, defines);
  // Only what the restriction keeps needs reading: a quarter of tei_all for a typical batch.
  const kept = reachable(defines, parts.start);
  const bodies = new Map<string, Node[]>();
  for (const [name, body] of defines) {
    const read = kept.has(name) ? parse(body, grammar.scope, true) : undefined;
    if (read) bodies.set(name, read.nodes);
  }
  const none = new Set<string>();
  fixpoint(bodies, none, (top, set) => top.length === 1 && matchesNothing(top[0] as Node, set));
  const dead = new Set<string>();
  for (const [name, nodes] of bodies) {
    const top = patterns(nodes);
    const el = top.length === 1 && top[0]?.rng === 'element' ? elementName(defines.get(name) ?? '') : undefined;
    if (el !== undefined && !elementNames.has(el)) dead.add(name);
  }
  fixpoint(bodies, dead, (top, set) => top.length === 1 && onlyDead(top[0] as Node, set));
  const out = new Map<string, string>();
  for (const [name, body] of defines) {
    const nodes = bodies.get(name);
    const drop = nodes ? cuts(nodes, dead, none, []) : [];
    out.set(name, drop.length > 0 ? without(body, drop) : body);
  }
  return joinParts(parts, out);
}
