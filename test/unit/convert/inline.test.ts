import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/convert/index.js';
import { scanConventions } from '../../../src/convert/inline/conventions.js';

const body = (src: string) => {
  const r = convertText(src, { file: 'c.txt' });
  const xml = r.xml!;
  const inBody = xml.slice(xml.indexOf('<body>'));
  const p = inBody.slice(inBody.indexOf('<p>'), inBody.lastIndexOf('</p>') + 4);
  return { p, diagnostics: r.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`) };
};

describe('transcription conventions', () => {
  it('encode deletions, additions, unclear and illegible passages, redactions and notes, dropping only their markers', () => {
    expect(body('We ~~will~~ {+shall+} ^now^ meet [?Tuesday?] at [illegible] with [redacted: 2 words] and [deleted: him] [added: her] [handwritten: ok] [signature].').p).toBe(
      '<p>We <del rend="strikethrough">will</del> <add>shall</add> <add>now</add> meet <unclear>Tuesday</unclear> at <gap reason="illegible"><desc>illegible</desc></gap> with <gap reason="redacted" extent="2 words"><desc>redacted: 2 words</desc></gap> and <del rend="strikethrough"> him</del> <add> her</add> <add rend="handwritten"> ok</add> <note type="editorial">signature</note>.</p>',
    );
  });

  it('encode Unicode strike-through as a deletion without its combining strokes', () => {
    expect(body('keep o\u0336l\u0336d\u0336 new').p).toBe('<p>keep <del rend="strikethrough">old</del> new</p>');
  });

  it('report an unbalanced marker at its place and keep it as text', () => {
    expect(body('Line one.\nThe ~~struck text never closes, and a stray +} too.')).toEqual({
      p: '<p>Line one.\n<lb/>The ~~struck text never closes, and a stray +} too.</p>',
      diagnostics: ['2:5 convert/unbalanced-marker', '2:45 convert/unbalanced-marker'],
    });
  });

  it('read ~~ as strike-through only when flanked like Markdown: a non-space inside each marker, both in one paragraph', () => {
    expect(body('The ~~old wording~~ stays, and ~~a\nsecond line~~ too.').p).toBe(
      '<p>The <del rend="strikethrough">old wording</del> stays, and <del rend="strikethrough">a\n<lb/>second line</del> too.</p>',
    );
  });

  it('keep space-flanked, unpaired or paragraph-spanning tildes as literal text, losing none of them', () => {
    expect(body('The posts on the list were Lagos ~~\nand then Accra ~~ ~ and x~~ y ~~z at the end.').p).toBe('<p>The posts on the list were Lagos ~~\n<lb/>and then Accra ~~ ~ and x~~ y ~~z at the end.</p>');
    const xml = convertText('First ~~part of it.\n\nSecond part~~ here.\n', { file: 'c.txt' }).xml!;
    expect([...xml.slice(xml.indexOf('<body>')).matchAll(/<p>[^<]*<\/p>/gu)].map((m) => m[0])).toEqual(['<p>First ~~part of it.</p>', '<p>Second part~~ here.</p>']);
  });

  it('never pair ~~ markers across a blank line of one paragraph, and report the opener as unclosed', () => {
    const r = scanConventions('one ~~part\n \nrest~~ of it');
    expect({ ranges: r.ranges.length, problems: r.problems }).toEqual({ ranges: 0, problems: [{ at: 4, message: '"~~" is opened but never closed with "~~"; kept as text.' }] });
  });

  it('escape XML special characters and keep quotations with their marks', () => {
    expect(body('He said "A & B <C>" and left.').p).toBe('<p>He said <q>"A &amp; B &lt;C&gt;"</q> and left.</p>');
  });

  it('mark a word split by a hyphen at a line end with lb break="no", keeping the hyphen', () => {
    expect(body('the settle-\nment of the question').p).toBe('<p>the settle-\n<lb break="no"/>ment of the question</p>');
  });

  it('encode a word the transcriber marked [sic] as sic, and a given correction as choice of sic and corr', () => {
    expect(body('The plan was frought [sic] with risk; we recieved [sic: received] it and the sholder [sic, shoulder] hurt.').p).toBe(
      '<p>The plan was <sic>frought</sic> with risk; we <choice><sic>recieved</sic><corr>received</corr></choice> it and the <choice><sic>sholder</sic><corr>shoulder</corr></choice> hurt.</p>',
    );
  });

  it('encode a short bracketed word inside a sentence as supplied', () => {
    expect(body('It would [be] better if the [new] ships sailed at [once].').p).toBe('<p>It would <supplied>be</supplied> better if the <supplied>new</supplied> ships sailed at <supplied>once</supplied>.</p>');
  });

  it('keep remarks, long brackets and brackets outside a sentence as editorial notes', () => {
    expect(body('Approved [initials] by him [signature] and [a pencilled remark in the margin] here.\n[sic] stands alone.').p).toBe(
      '<p>Approved <note type="editorial">initials</note> by him <note type="editorial">signature</note> and <note type="editorial">a pencilled remark in the margin</note> here.\n<lb/><note type="editorial">sic</note> stands alone.</p>',
    );
  });

  it('strike characters outside the BMP and characters with combining marks whole', () => {
    // In a sentence of prose: a line of mostly struck symbols alone would be page furniture.
    expect(body('The clerk wrote keep \u{1D504}\u0336\u{1F600}\u0336 and e\u0301\u0336 and \u{1D504}\u0301\u0336x in the margin of the letter.').p).toBe(
      '<p>The clerk wrote keep <del rend="strikethrough">\u{1D504}\u{1F600}</del> and <del rend="strikethrough">e\u0301</del> and <del rend="strikethrough">\u{1D504}\u0301</del>x in the margin of the letter.</p>',
    );
  });

  it('report markers nested beyond the nesting limit at their place and keep them as text', () => {
    const r = body('We ' + '[a'.repeat(50) + ']'.repeat(50) + ' end');
    expect(r.diagnostics).toEqual(['1:100 convert/nesting-too-deep', '1:102 convert/nesting-too-deep']);
    expect(r.p.endsWith('a[a[a]]</note></note>' + '</note>'.repeat(46) + ' end</p>')).toBe(true);
  });
});
