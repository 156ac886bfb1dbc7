// A check of HTML's content model for the one rule the stylesheets could break: a p holds
// phrasing content only. A browser closes an open p before any of these elements, so a p
// written around one of them is not the paragraph it looks like in the source.

/** Elements that end an open p (HTML's "close a p element" list for start tags). */
const CLOSES_P: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'search', 'section', 'table', 'ul',
]);
/** Elements without an end tag. */
const VOID: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is text, not markup. */
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style']);

/** 1-based line of an offset. */
const lineAt = (html: string, at: number): number => html.slice(0, at).split('\n').length;

/**
 * Every place where a p holds an element that ends a p (`line: <p> holds <blockquote>`), in
 * document order. Tags are read from the markup as written (comments skipped, script and style
 * taken as text), with an explicit stack: the HTML is the stylesheets' own, well nested.
 */
export function blocksInParagraphs(html: string): string[] {
  const found: string[] = [];
  const open: string[] = [];
  const tag = /<!--[^]*?-->|<(\/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*>/gu;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue;
    if (m[1] === '/') {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (CLOSES_P.has(name) && open.includes('p')) found.push(`${lineAt(html, m.index)}: <p> holds <${name}>`);
    if (VOID.has(name) || m[0].endsWith('/>')) continue;
    if (RAW_TEXT.has(name)) {
      const end = html.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    open.push(name);
  }
  return found;
}
