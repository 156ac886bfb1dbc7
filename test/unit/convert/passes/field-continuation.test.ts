import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { itemsOf, labels } from './helpers.js';

const opener = (text: string) => /<opener>(.*?)<\/opener>/su.exec(convertText(text, { file: 'm.txt' }).xml ?? '')?.[1]?.replace(/[ \t\n]+/gu, ' ') ?? '';

describe('a header field value that wraps', () => {
  it('takes the short tail of a value on the next line of its block', () => {
    const text = 'MEMORANDUM FOR THE FILE\n\nSUBJECT: Winter dues of the harbour and the pilots of the northern\nPort Office\n\nThe board met and talked at length about the winter dues and the pilots.\n';
    const items = itemsOf(text);
    expect(labels(items)).toEqual(['1 heading: MEMORANDUM FOR THE FILE', '3 field: SUBJECT: Winter dues of the harbour and the pilots of the northern', '6 text: The board met and talked at length about the winter dues and the pilots.']);
    expect(items[1]!.lines.map((l) => l.text)).toEqual(['SUBJECT: Winter dues of the harbour and the pilots of the northern', 'Port Office']);
  });

  it('counts no OCR residue standing apart as a word of the tail, but real words do count', () => {
    const tail = (second: string) => itemsOf(`SUBJECT: Report of the harbour master on the winter dues of the northern pilots\n${second}\n`).map((it) => it.lines.length);
    expect([tail('Port Office, 2 March 1958 ;'), tail('Port Office, 2 March 1958 and later')]).toEqual([[2], [1, 1]]);
  });

  it('does not take a form\'s next labelled line, nor a paragraph under a finished value', () => {
    const form = 'DATE: 12/10/1958\nPAGES: 3\n';
    expect(itemsOf(form).map((it) => it.lines.length)).toEqual([1, 1]);
    const memo = 'SUBJECT: Winter dues.\nThe board met.\n';
    expect(itemsOf(memo).map((it) => [it.kind, it.lines.length])).toEqual([['field', 1], ['text', 1]]);
  });

  it('carries a value that breaks off with a comma into the short block after a blank line', () => {
    const text = 'MEMORANDUM FOR THE FILE\n\nSUBJECT: Meeting with the pilots in Hull,\n\n2 March to 5 April 1958\n\nThe board met and talked at length about the winter dues and the pilots.\n';
    expect(opener(text)).toContain('Meeting with the pilots in Hull,');
    expect(opener(text)).toContain('2 March</date> to <date when="1958-04-05">5 April 1958</date>');
  });

  it('carries an unfinished value into a short block that resumes it in lower case (double-spaced typing)', () => {
    const text = 'MEMORANDUM FOR THE FILE\n\nSUBJECT: Talks with the pilots on the winter\n\nanchorage\n\nThe board met and talked at length about the winter dues and the pilots.\n';
    expect(opener(text)).toContain('Talks with the pilots on the winter <lb/>anchorage</seg>');
  });

  it('leaves a lower-case block in the body after a finished value, and a long lower-case paragraph after any value', () => {
    const ended = 'MEMORANDUM FOR THE FILE\n\nSUBJECT: Talks with the pilots.\n\nanchorage\n\nThe board met and talked at length about the winter dues and the pilots.\n';
    const long = 'MEMORANDUM FOR THE FILE\n\nSUBJECT: Talks with the pilots\n\nand the board met and talked at length about the winter dues of the pilots.\n';
    expect([opener(ended).includes('anchorage'), opener(long).includes('board')]).toEqual([false, false]);
  });

  it('leaves the block after a value that ends whole in the body', () => {
    const text = 'MEMORANDUM FOR THE FILE\n\nSUBJECT: Meeting with the pilots in Hull\n\n2 March to 5 April 1958\n\nThe board met and talked at length about the winter dues and the pilots.\n';
    expect(opener(text)).not.toContain('5 April');
  });
});

describe('the indentation that continues an item', () => {
  const kinds = (t: string) => itemsOf(t).map((i) => [i.kind, i.lines.map((l) => l.text)]);

  it('is white space only: a line opening with U+FEFF is text of its own, not an indented continuation', () => {
    expect([kinds('TO: The Director\n\nSUBJECT: Harbour works\n   for the winter season\n'), kinds('TO: The Director\n\nSUBJECT: Harbour works\n\uFEFFfor the winter season\n')]).toEqual([
      [['field', ['TO: The Director']], ['field', ['SUBJECT: Harbour works', 'for the winter season']]],
      [['field', ['TO: The Director']], ['field', ['SUBJECT: Harbour works']], ['text', ['\uFEFFfor the winter season']]],
    ]);
  });
});
