// The HTML dispatch (xslt/common/html-dispatch.xsl) turns every table of the behaviour table into
// match patterns of each view's mode: an element of each kind of exception (a child of a choice,
// a seg inside and outside an opener, a typed ref, a quote with and without paragraphs, a label of
// a list and one elsewhere, the reading view's override of del, an element without a row) is
// written as tp:behaviour says, beside an element that looks like it but is not the exception.
import { describe, expect, it } from 'vitest';
import { transform } from '../../../src/render/saxon.js';
import { find, findAll, hasClass, parseHtml, text, type El } from './helpers.js';

const TEI = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Dispatch case</title></titleStmt>
<publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Written for this test.</p></sourceDesc></fileDesc></teiHeader>
<text><body><div type="document" n="1">
<opener><seg type="to">Orchard office</seg></opener>
<p>A <seg type="aside">loose seg</seg> and <choice><sic>recieved</sic><corr>received</corr></choice> it.</p>
<p>Struck <del rend="strikethrough">out</del> here; see<ref type="footnote-mark" n="4">4</ref> and <ref target="#x">elsewhere</ref>.</p>
<p>He said <quote>a phrase</quote> once.</p>
<quote><p>A quoted paragraph.</p></quote>
<list><label>1.</label><item>First item</item></list>
<p><label>Field:</label> value <widget>unlisted</widget></p>
<note n="4" place="foot">The note of the mark.</note>
</div></body></text></TEI>`;

/** [element name, class] of every element with a tei- class in a view, in order. */
function shapes(html: string, viewName: string): string[] {
  const v = find(parseHtml(html), hasClass(`view-${viewName}`));
  return findAll(v, (e: El) => (e.attrs['class'] ?? '').startsWith('tei-')).map((e) => `${e.name}.${e.attrs['class']}`);
}

describe('the HTML dispatch by view', () => {
  const html = transform('tei-to-html', TEI);

  it('writes each exception as its table says, and the element that resembles it as its row says, in the reading view', () => {
    expect(shapes(html, 'reading')).toEqual([
      'section.tei-div tei-div-document', 'div.tei-opener', 'div.tei-seg tei-seg-to',
      'p.tei-p', 'span.tei-seg tei-seg-aside', 'span.tei-choice', 'span.tei-corr',
      'p.tei-p', 'span.tei-ref',
      'p.tei-p', 'q.tei-quote',
      'blockquote.tei-quote quotation', 'p.tei-p',
      'div.tei-list labelled', 'li.tei-item', 'span.tei-label',
      'p.tei-p', 'span.tei-label', 'span.tei-widget',
    ]);
    const reading = find(parseHtml(html), hasClass('view-reading'));
    expect(findAll(reading, hasClass('noteref')).map((e) => text(e))).toEqual(['1']);
  });

  it('shows the source\'s reading of a choice, the deletion and the mark as the page has them in the diplomatic view', () => {
    expect(shapes(html, 'diplomatic')).toEqual([
      'section.tei-div tei-div-document', 'div.tei-opener', 'div.tei-seg tei-seg-to',
      'p.tei-p', 'span.tei-seg tei-seg-aside', 'span.tei-choice', 'span.tei-sic',
      'p.tei-p', 'del.tei-del tei-del-strikethrough', 'sup.tei-ref tei-ref-footnote-mark', 'span.tei-ref',
      'p.tei-p', 'q.tei-quote',
      'blockquote.tei-quote quotation', 'p.tei-p',
      'div.tei-list labelled', 'li.tei-item', 'span.tei-label',
      'p.tei-p', 'span.tei-label', 'span.tei-widget',
      'div.tei-note place-foot',
    ]);
  });
});
