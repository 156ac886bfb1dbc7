import { describe, expect, it } from 'vitest';
import { scanLines } from '../../../../src/convert/scan-lines.js';
import { conformedSignature, endsWithSignature } from '../../../../src/convert/structure/signature-evidence.js';
import { convertText } from '../../../../src/convert/index.js';
import { outline } from '../outline.js';
import { profile } from './helpers.js';
import { titleLike } from '../../../../src/convert/structure/joins.js';
import type { Profile } from '../../../../src/profiles/profile.js';
import { ukGovernment20c } from '../../../../src/profiles/uk-government-20c.js';

const lines = (text: string) => scanLines(text);
/** Whether the block signs the document as its last content after a finished paragraph. */
const signsAtEnd = (text: string) => endsWithSignature(lines(text), true, undefined, false, profile);

describe('signature evidence at the end of a document', () => {
  it('takes a name over a copies line and initials of the same block for a signature', () => {
    expect([signsAtEnd('Orla B. Quist\ncc: Harbour Office\nkt'), signsAtEnd('Orla B. Quist\nce: #12 880')]).toEqual([true, true]);
  });

  it('takes no name over a line of prose, nor a labelled line alone, for a signature', () => {
    expect([signsAtEnd('Orla B. Quist\nsaid that the pilots were told of it'), signsAtEnd('cc: Harbour Office')]).toEqual([false, false]);
  });

  it('takes a title with no name above it for a signature when it is the last content', () => {
    expect([signsAtEnd('Keeper of the Harbour Charts'), signsAtEnd('Keeper of the Charts\n‘per of Cha')]).toEqual([true, true]);
  });

  it('takes no phrase in lower case, no sentence, and no title in a running paragraph for a signature', () => {
    expect([signsAtEnd('Keeper of old charts'), signsAtEnd('Thank you for the charts.'), endsWithSignature(lines('Keeper of the Harbour Charts'), true, undefined, true, profile), endsWithSignature(lines('Keeper of the Harbour Charts'), false, undefined, false, profile)]).toEqual([false, false, false, false]);
  });

  it('takes a name whose first letter OCR lowered for a signature only with an office symbol under it', () => {
    expect([endsWithSignature(lines('orla Quist\nQR/TZ/HB'), false, undefined, true, profile), endsWithSignature(lines('orla Quist\nHarbour'), true, undefined, false, profile), endsWithSignature(lines('and the Pilots\nQR/TZ'), false, undefined, true, profile)]).toEqual([true, false, false]);
  });

  it('reads a name through OCR residue at a word start (`.Quist`)', () => {
    expect([signsAtEnd('Orla B, .Quist'), signsAtEnd('.. ..')]).toEqual([true, false]);
  });
});

describe('a conformed signature', () => {
  const marks = ['signed', 'sgd'];
  const conformed = (text: string) => conformedSignature(lines(text), marks);

  it('is a mark of the profile in brackets before a name, the mark read through OCR damage', () => {
    expect(['(Signed) OSCAR T. VALE', '(Sgd.) O. T. Vale', 'lSigmed) OSCAR T. VALE', '[Siqned] Oscar Vale'].map(conformed)).toEqual([true, true, true, true]);
  });

  it('is no bracketed word that is no mark, no mark before prose, and no mark over two lines', () => {
    expect(['(Copy) OSCAR T. VALE', '(Signed) the next day by all of them', '(Sd.) OSCAR VALE', '(Signed) OSCAR T. VALE\nDirector'].map(conformed)).toEqual([false, false, false, false]);
  });

  it('signs the letter in a closer of its own after a close OCR did not read', () => {
    const text = 'Dear Mr. Vale:\n\nThe pilots thank you for the charts of the northern bar, which came in good time.\n\nsincrly,\n\niSiqned) OSCAR T. VALE\n';
    expect(outline(convertText(text, { file: 'c.txt' }).transcript!.documents[0]!).at(-1)).toEqual('closer(signed: iSiqned) OSCAR T. VALE)');
  });
});

describe('a signature amid OCR residue', () => {
  const block = lines('_ KR.\nohiie\nMarta 8. Lind\nHarbour Survey Division');
  const residue = { kind: 'text' as const, lines: lines('2nd'), match: { kind: 'text' as const, rule: 'text' }, pos: lines('2nd')[0]!.pos };
  const prose = { ...residue, lines: lines('The pilots came back on Monday and were paid for the spring.') };

  it('is a name over a title of two words or more, residue around it, when only residue follows (an initial read as a digit counts)', () => {
    expect([endsWithSignature(block, false, residue, false, profile), endsWithSignature(block, true, undefined, false, profile)]).toEqual([true, true]);
  });

  it('is none when prose follows, the paragraph before goes on, or the title is one word', () => {
    const oneWord = lines('_ KR.\nohiie\nMarta 8. Lind\nSurveyor');
    expect([endsWithSignature(block, false, prose, false, profile), endsWithSignature(block, true, undefined, true, profile), endsWithSignature(oneWord, true, undefined, false, profile)]).toEqual([false, false, false]);
  });
});

describe('the short words of a title under a signature, from the profile\'s locale', () => {
  /** A profile for German records: day-first dates, its kind word, and the words a German office title keeps in lower case. */
  const german: Profile = { ...ukGovernment20c, name: 'de-test', documentKinds: { vermerk: 'memorandum' }, titleWords: ['der', 'die', 'das', 'des', 'für', 'und', 'von', 'zu', 'im'] };
  const SHEET = 'VERMERK\n\nDie Hafenbehörde hat mitgeteilt, dass die innere Reede ab dem ersten Dezember für fremde Schiffe geschlossen wird. Ich schlage eine Antwort vor.\n\nK. Adler\nLeiter der Abteilung für Häfen\n3/11/58\n\nEinverstanden. Bitte die Antwort absenden und dem Verkehrsamt eine Abschrift schicken.\n\nM. Busch\n5/11/58\n';

  it('takes an office with the locale\'s lower-case words for a title, and one with another language\'s for none', () => {
    expect([titleLike('Leiter der Abteilung für Häfen', german), titleLike('Leiter der Abteilung für Häfen', profile), titleLike('Director of the Harbour Survey', profile), titleLike('Director of the Harbour Survey', german)]).toEqual([true, false, true, false]);
  });

  it('takes no phrase with a lower-case word that is no title word for a title, in either locale', () => {
    expect([titleLike('Leiter der neuen Abteilung', german), titleLike('Director of old charts', profile)]).toEqual([false, false]);
  });

  it('closes a German minute with its titled and dated signature, so the next minute is a document of its own', () => {
    const outlineOf = (p: Profile) => convertText(SHEET, { file: 'v.txt', profile: p }).transcript!.documents.map(outline);
    expect(outlineOf(german)).toEqual([
      ['memorandum 1958-11-03', 'pb 1?', 'head: VERMERK', 'p: Die Hafenbehörde hat mit', 'closer(signed: K. Adler Leiter der Abteilung für Häfen | dateline: 3/11/58)'],
      ['memorandum 1958-11-05', 'p: Einverstanden. Bitte die', 'closer(signed: M. Busch | dateline: 5/11/58)'],
    ]);
  });

  it('keeps the German minutes one document under a profile whose title words are English', () => {
    expect(convertText(SHEET, { file: 'v.txt', profile: ukGovernment20c }).transcript!.documents.length).toEqual(1);
  });
});
