import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/convert/index.js';
import { createConvertMemo, SHORT_TEXT } from '../../../src/convert/memo.js';

describe("a conversion's short texts, one copy each", () => {
  it('gives back each short string as it was asked for, whatever was asked before, and a long one as it is', () => {
    const memo = createConvertMemo();
    const long = 'x'.repeat(SHORT_TEXT + 1);
    const asked = ['the', ' ', 'of', 'the', '', 'é😀', long, ' of', 'of'];
    expect(asked.map((s) => memo.intern(`${s}`))).toEqual(asked);
  });

  it('leaves the text of a conversion as it was: the same words between the same elements', () => {
    const text = 'Dear Sir:\n\nThe ~~the~~ of the [illegible] of the ~~of~~ the.\n\nYours truly,\nJ. Smith\n';
    const xml = convertText(text, { file: 'x.txt' }).xml!;
    expect(/<p>The .*<\/p>/u.exec(xml)?.[0]).toBe('<p>The <del rend="strikethrough">the</del> of the <gap reason="illegible"><desc>illegible</desc></gap> of the <del rend="strikethrough">of</del> the.</p>');
  });
});
