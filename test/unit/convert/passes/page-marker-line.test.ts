import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';

/** The `<body>` of the TEI of a transcript, its indentation dropped. */
const bodyOf = (text: string) => {
  const xml = convertText(text, { file: 'm.txt' }).xml ?? '';
  return xml.slice(xml.indexOf('<body>'), xml.indexOf('</body>')).split('\n').map((l) => l.replace(/^[ \t]+/u, ''));
};

describe('a transcriber’s page marker', () => {
  it('standing alone on its line, is a page break with its printed number beside it, no page break inside an fw', () => {
    const body = bodyOf('The charts of the harbour were finished in March.\n\n[p. 2]\n\nThe pilots thanked the office for them.\n');
    expect(body.slice(3, 6)).toEqual(['<p>The charts of the harbour were finished in March.</p>', '<pb n="2"/>', '<fw type="pageNum" place="top" n="2">p. 2</fw>']);
  });

  it('inside a line of text, stays a page break and its number inside the paragraph', () => {
    const body = bodyOf('The charts of the harbour [p. 2] were finished in March.\n');
    expect(body[3]).toEqual('<p>The charts of the harbour <pb n="2"/><fw type="pageNum" n="2">p. 2</fw> were finished in March.</p>');
  });
});
