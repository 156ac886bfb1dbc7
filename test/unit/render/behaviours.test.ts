// The behaviour table (xslt/common/behaviours.xsl) is complete: every element the project schema
// allows inside <text> has a row, and every row names a behaviour of the vocabulary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const rng = readFileSync(new URL('../../../schema/teipress.rng', import.meta.url), 'utf8');
const xsl = readFileSync(new URL('../../../xslt/common/behaviours.xsl', import.meta.url), 'utf8');

/** Every define of the schema: the element it makes (if any) and the defines it refers to. */
function defines(): Map<string, { element?: string; refs: string[] }> {
  const out = new Map<string, { element?: string; refs: string[] }>();
  for (const m of rng.matchAll(/<define name="([^"]+)"[^>]*>([\s\S]*?)<\/define>/gu)) {
    const body = m[2] ?? '';
    // An element the project excludes is a stub whose content is notAllowed: it cannot occur.
    const element = /<(?:rng:)?element name="([^"]+)">(?!<(?:rng:)?notAllowed\/><\/(?:rng:)?element>)/u.exec(body)?.[1];
    const refs = [...body.matchAll(/<(?:rng:)?ref name="([^"]+)"/gu)].map((r) => r[1] ?? '');
    out.set(m[1] ?? '', element ? { element, refs } : { refs });
  }
  return out;
}

/** The names of the elements that can stand inside <text>, <text> included. */
function textElements(): string[] {
  const defs = defines();
  const seen = new Set<string>(['tei_text']);
  const queue = ['tei_text'];
  const names = new Set<string>();
  while (queue.length) {
    const d = defs.get(queue.shift() ?? '');
    if (!d) continue;
    if (d.element) names.add(d.element);
    for (const r of d.refs) if (!seen.has(r)) { seen.add(r); queue.push(r); }
  }
  return [...names].sort();
}

/** The rows of a map variable of behaviours.xsl: name → behaviour. */
function table(variable: string): Map<string, string> {
  const body = new RegExp(`<xsl:variable name="${variable}"[^>]*select="map \\{([^"]*)\\}"`, 'u').exec(xsl)?.[1] ?? '';
  return new Map([...body.matchAll(/'([^']+)':\s*'([a-z-]+)'/gu)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

const vocabulary = [...(/Vocabulary:([\s\S]*?)-->/u.exec(xsl)?.[1] ?? '').matchAll(/^ {4}([a-z-]+) /gmu)].map((m) => m[1]);

describe('the behaviour table', () => {
  it('reads the schema: the elements of <text> include the body structure and the hand-edited phrase level', () => {
    expect(textElements()).toEqual(expect.arrayContaining(['p', 'div', 'choice', 'sic', 'corr', 'abbr', 'expan', 'list', 'item', 'postscript', 'supplied', 'hi']));
    expect(textElements()).not.toContain('teiHeader');
  });

  it('has a row for every element the project schema allows in <text>', () => {
    const rows = table('tp:behaviours');
    expect(textElements().filter((name) => !rows.has(name))).toEqual([]);
  });

  it('compiles a match pattern for each behaviour of the vocabulary and for no other (tp:vocabulary)', () => {
    const list = /<xsl:variable name="tp:vocabulary"[^>]*select="\(([^)]*)\)"/u.exec(xsl)?.[1] ?? '';
    const compiled = [...list.matchAll(/'([a-z-]+)'/gu)].map((m) => m[1] ?? '');
    expect([...compiled].sort()).toEqual([...vocabulary].sort());
  });

  it('names only behaviours of the vocabulary, in every table', () => {
    const used = [...table('tp:behaviours').values(), ...table('tp:typed-behaviours').values(), ...table('tp:in-parent').values(), ...table('tp:with-child').values()];
    expect(used.filter((b) => !vocabulary.includes(b))).toEqual([]);
    expect(vocabulary.length).toBeGreaterThan(10);
  });
});
