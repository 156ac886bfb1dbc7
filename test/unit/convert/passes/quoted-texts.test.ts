import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { validateDocuments } from '../../../../src/index.js';
import type { DocPart } from '../../../../src/ir/nodes.js';
import { quotedTexts } from '../../../../src/convert/structure/quoted-texts.js';
import { quoteMarkersOf } from '../../../../src/convert/structure/quote-markers.js';
import { mergeProfile } from '../../../../src/profiles/profile.js';
import { ukGovernment20c } from '../../../../src/profiles/uk-government-20c.js';
import { outline } from '../outline.js';
import { itemsOf, profile } from './helpers.js';

const LETTER = 'Dear Mr. Minister:\n\nI write to thank you for your help with the harbour question in the winter.\n\nSincerely,\n\nJ. Smith\n';
const TELEGRAM = (quoted: string, close: string) => `TELEGRAM\n\nTO: Embassy Lisbon\n\nPlease deliver this message to the minister at once. Begin text.\n\n${quoted}\n${close}\n\nRUSK\n`;

/** Each quotation as the first lines of its first and last items. */
const regionsOf = (text: string, p = profile) => {
  const items = itemsOf(text);
  return [...quotedTexts(items, p)].map(([from, to]) => [items[from]!.lines[0]!.text, items[to - 1]!.lines[0]!.text]);
};

const partsOf = (text: string) => convertText(text, { file: 'q.txt' }).transcript!.documents;

describe('texts quoted whole inside a document', () => {
  it('are found from the item after "Begin text" to the one before a close line standing alone', () => {
    expect(regionsOf(TELEGRAM(LETTER, 'End text.'))).toEqual([['Dear Mr. Minister:', 'J. Smith']]);
  });

  it('take in the last line that closes the quotation itself', () => {
    expect(regionsOf(TELEGRAM('Dear Mr. Minister:\n\nWe thank you for the charts of the harbour. End text.\n', ''))).toEqual([['Dear Mr. Minister:', 'We thank you for the charts of the harbour. End text.']]);
  });

  it('are none when the quotation is never closed, or closes at once', () => {
    expect([regionsOf(TELEGRAM(LETTER, '')), regionsOf('We agreed. Begin text.\n\nEnd text.\n')]).toEqual([[], []]);
  });

  it('keep the quoted letter inside the telegram with its own opener, body and closer', () => {
    const docs = partsOf(TELEGRAM(LETTER, 'End text.'));
    const quote = docs[0]!.parts.find((p): p is Extract<DocPart, { type: 'quotedText' }> => p.type === 'quotedText');
    expect([docs.length, outline(docs[0]!).slice(1), outline({ ...docs[0]!, parts: quote?.parts ?? [] }).slice(1)]).toEqual([
      1,
      ['pb 1?', 'head: TELEGRAM', 'opener(to=Embassy Lisbon)', 'p: Please deliver this mess', 'quotedText', 'p: End text.', 'closer(signed: RUSK)'],
      ['opener(salute: Dear Mr. Minister:)', 'p: I write to thank you for', 'closer(salute: Sincerely, | signed: J. Smith)'],
    ]);
  });

  it('write a quote holding a floatingText with a body, valid against the project schema and tei_all', async () => {
    const xml = convertText(TELEGRAM(LETTER, 'End text.'), { file: 'q.txt' }).xml ?? '';
    const errors = await validateDocuments([{ file: 'q.xml', xml }], { rules: false });
    expect([/<quote>\s*<floatingText>\s*<body>\s*<opener>/u.test(xml), errors]).toEqual([true, []]);
  });
});

describe('the markers of a quoted text', () => {
  const SAVING = (open: string, close: string) => `TELEGRAM\n\nTO: Consul Bergen\n\nFollowing for the consul from the Secretary of State. ${open}\n\nThe shipping talks will resume in the spring at the same place.\n\n${close}\n\nSMITH\n`;

  it('are the profile\'s phrases: a British telegram quotes between "Begins." and "Ends."', () => {
    expect([regionsOf(SAVING('Begins.', 'Ends.'), ukGovernment20c), regionsOf(SAVING('Begins.', 'Ends.'))]).toEqual([
      [['The shipping talks will resume in the spring at the same place.', 'The shipping talks will resume in the spring at the same place.']],
      [],
    ]);
  });

  it('bound the quoted text of a whole conversion with the British profile, and only with it', () => {
    const text = SAVING('Begins.', 'Ends.').replace('The shipping talks', 'Dear Sir,\n\nThe shipping talks');
    const kinds = (p: typeof profile) => convertText(text, { file: 'q.txt', profile: p }).transcript!.documents.map((d) => d.parts.filter((x) => x.type === 'quotedText').length);
    expect([kinds(ukGovernment20c), kinds(profile)]).toEqual([[1], [0]]);
  });

  it('are a profile override\'s own words in another language', () => {
    const french = mergeProfile(profile, { quoteOpens: ['début du texte'], quoteCloses: ['fin du texte'] });
    expect([regionsOf(SAVING('Début du texte :', 'Fin du texte.'), french), regionsOf(SAVING('Begin text.', 'End text.'), french)]).toEqual([
      [['The shipping talks will resume in the spring at the same place.', 'The shipping talks will resume in the spring at the same place.']],
      [],
    ]);
  });

  it('stand as a sentence of their own, never as words inside one', () => {
    const m = quoteMarkersOf(ukGovernment20c);
    const lines = ['Begins:', '2. TEXT BEGINS', 'the session ends today', 'It begins in May.', '(Ends)', 'Ends here the road.', 'Message ends.'];
    expect(lines.map((l) => [m.opens.test(l), m.closes.test(l)])).toEqual([
      [true, false], [true, false], [false, false], [false, false], [false, true], [false, false], [false, true],
    ]);
  });

  it('include the profile\'s phrases that open a line ending a text, at the line\'s start only', () => {
    const us = quoteMarkersOf(profile).textEnds;
    const french = quoteMarkersOf(mergeProfile(profile, { textEnds: ['fin du'] })).textEnds;
    expect([us.test('- END OF MESSAGE'), us.test('He spoke of the end of the war.'), us.test('FIN DU MESSAGE'), french.test('FIN DU MESSAGE'), french.test('END OF MESSAGE')]).toEqual([true, false, false, true, false]);
  });

  it('tell a close standing alone from one that ends the last quoted line', () => {
    const m = quoteMarkersOf(profile);
    expect(['End text.', '-- END VERBATIM TEXT --', 'We agree. End text.'].map((l) => m.closeLine.test(l))).toEqual([true, true, false]);
  });
});

describe('the line that closes a quoted text', () => {
  const outlineOf = (text: string) => outline(convertText(text, { file: 'q.txt' }).transcript!.documents[0]!);

  it('is a sentence of the telegram after the quotation, no heading, even in capitals', () => {
    expect(outlineOf(TELEGRAM(LETTER, '\nEND TEXT.')).slice(-3)).toEqual(['quotedText', 'p: END TEXT.', 'closer(signed: RUSK)']);
  });

  it('is only the close standing alone: a heading that names a text is still a heading', () => {
    expect(outlineOf('REPORT\n\nThe board met on Monday and agreed on the text of the new rules for the pilots.\n\nTEXT OF THE RULES\n\nThe pilots shall keep the channel clear at all times of the day.\n').filter((p) => p.startsWith('ab'))).toEqual(['ab heading: TEXT OF THE RULES']);
  });
});
