// The behaviour table (xslt/common/behaviours.xsl) is complete: every element the project schema
// allows inside <text> has a row, every row names a behaviour of the vocabulary, what an output
// writes of an element beyond its behaviour (its HTML element, the text editions' marks) is in its
// row, and no output keeps a table of its own keyed by element names.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const rng = readFileSync(new URL('../../../schema/teipress.rng', import.meta.url), 'utf8');
const xsl = readFileSync(new URL('../../../xslt/common/behaviours.xsl', import.meta.url), 'utf8');
const XSLT_DIR = new URL('../../../xslt/', import.meta.url).pathname;

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

/** The text of a map variable of behaviours.xsl (between its outer braces). */
function mapBody(variable: string): string {
  return new RegExp(`<xsl:variable name="${variable}"[^>]*select="map \\{([^"]*)\\}"`, 'u').exec(xsl)?.[1] ?? '';
}

/** The rows of a map variable of behaviours.xsl: name → behaviour (a row's extras, `map { … }`, set aside). */
function table(variable: string): Map<string, string> {
  const body = mapBody(variable).replace(/map \{[^}]*\}/gu, '');
  return new Map([...body.matchAll(/'([^']+)':\s*\(?'([a-z-]+)'/gu)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/** The extras of each row of tp:behaviours that has them: name → key → values (a datetime or title column: its XPath expression, quoted with &quot;). */
function extras(): Map<string, Map<string, string[]>> {
  const rows = [...mapBody('tp:behaviours').matchAll(/'([^']+)':\s*\('[a-z-]+',\s*map \{([^}]*)\}\)/gu)];
  return new Map(rows.map((m) => {
    const body = m[2] ?? '';
    const quoted = [...body.matchAll(/'([a-z-]+)':\s*&quot;(.*?)&quot;/gsu)].map((e): [string, string[]] => [e[1] ?? '', [e[2] ?? '']]);
    const plain = [...body.replace(/&quot;.*?&quot;/gsu, '').matchAll(/'([a-z-]+)':\s*(\([^)]*\)|'[^']*')/gu)]
      .map((e): [string, string[]] => [e[1] ?? '', [...(e[2] ?? '').matchAll(/'([^']*)'/gu)].map((v) => v[1] ?? '')]);
    return [m[1] ?? '', new Map([...plain, ...quoted])];
  }));
}

/** The HTML elements a row may name, by its behaviour: flow elements for a block, phrasing ones for inline content. */
const HTML_FOR: Readonly<Record<string, readonly string[]>> = {
  block: ['p', 'h3', 'div', 'blockquote', 'section'],
  inline: ['q', 'cite', 'em', 'strong', 'del', 'ins', 'time', 'span', 'abbr', 'i', 'b', 'sub', 'sup', 'mark', 'small'],
};

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

  it('gives every element of the schema with extras in its row a known output element and only known keys', () => {
    const rows = table('tp:behaviours');
    const found = [...extras()].filter(([name]) => textElements().includes(name));
    const problems = found.flatMap(([name, e]) => [
      ...[...e.keys()].filter((k) => !['html', 'html-needs', 'marks', 'diplomatic-marks', 'datetime', 'title'].includes(k)).map((k) => `${name}: key ${k}`),
      ...(rows.get(name) !== 'inline' ? ['datetime', 'title'].filter((k) => e.has(k)).map((k) => `${name}: ${k} for ${rows.get(name)} (only inline elements have one)`) : []),
      ...(e.get('html') ?? []).filter((h) => !(HTML_FOR[rows.get(name) ?? ''] ?? []).includes(h)).map((h) => `${name}: html ${h} for ${rows.get(name)}`),
      ...(e.has('html-needs') && !e.has('html') ? [`${name}: html-needs without html`] : []),
      ...['marks', 'diplomatic-marks'].filter((k) => e.has(k) && e.get(k)?.length !== 2).map((k) => `${name}: ${k} is not an opening and a closing mark`),
    ]);
    expect(problems).toEqual([]);
    expect(found.map(([name]) => name).sort()).toEqual(['add', 'date', 'del', 'emph', 'head', 'p', 'quote', 'supplied', 'title', 'unclear']);
    // hover titles are columns of the rows, not templates of an output
    expect(found.filter(([, e]) => e.has('title')).map(([name]) => name).sort()).toEqual(['add', 'date', 'del', 'unclear']);
    expect(found.filter(([, e]) => e.has('datetime')).map(([name, e]) => [name, e.get('datetime')])).toEqual([['date', ['@when']]]);
  });

  it('leaves no table keyed by element names in the output stylesheets: what an output does with an element is in its row', () => {
    const behaviourNames = new Set(vocabulary);
    const elements = new Set(textElements());
    const offending = readdirSync(XSLT_DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.xsl') && !f.endsWith('behaviours.xsl'))
      .flatMap((f) => [...readFileSync(join(XSLT_DIR, f), 'utf8').matchAll(/map \{([^}]*)\}/gu)]
        .flatMap((m) => [...(m[1] ?? '').matchAll(/'([A-Za-z]+)':/gu)].map((k) => k[1] ?? ''))
        .filter((k) => elements.has(k) && !behaviourNames.has(k))
        .map((k) => `${f}: ${k}`));
    expect(offending).toEqual([]);
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
