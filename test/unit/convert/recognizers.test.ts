import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../src/convert/recognizers/index.js';
import { folio } from '../../../src/convert/recognizers/folio.js';
import { usGovernment20c } from '../../../src/profiles/us-government-20c.js';
import { mergeProfile } from '../../../src/profiles/profile.js';

const ctx = { profile: usGovernment20c };
const kind = (line: string) => {
  const m = classifyLine(line, ctx);
  return m.value === undefined ? m.kind : `${m.kind}:${m.value}`;
};

describe('line recognisers', () => {
  it('read a telegram address line without a colon, but not the column heads of a table', () => {
    expect(['TO SECSTATE WASHDC PRIORITY', 'FM   AMEMBASSY OSLO', 'TO          ACTION     INITIALS', 'INFO   OFFICE   DATE   INITIALS'].map(kind)).toEqual([
      'field:to', 'field:from', 'heading', 'heading',
    ]);
  });

  it('read page numbers in the common printed forms', () => {
    expect(['- 4 -', '-4-', '— 12 —', 'Page 2', 'Page 2 of 7', 'PAGE 3', '[p. 2]', '[page 9]', '2.', '(3)', '- iv -'].map(kind)).toEqual([
      'pageNum:4', 'pageNum:4', 'pageNum:12', 'pageNum:2', 'pageNum:2', 'pageNum:3', 'pageNum:2', 'pageNum:9', 'pageNum:2', 'pageNum:3', 'pageNum:iv',
    ]);
    expect(['C05123456  Page 2 of 5', 'Doc ID 1234567 - p. 3', 'DOCID: 3827431 Page 4'].map(kind)).toEqual(['pageNum:2', 'pageNum:3', 'pageNum:4']);
  });

  it('read a page word and number with OCR marks at its edges, but no ordinal or sentence', () => {
    expect(['| - (= PAGE 4xe=', '= Page 7 -', '"PAGE 12|', '| PAGE 2nd', '- (page 4 of the report', '| PAGE 4 went'].map(kind)).toEqual(['pageNum:4', 'pageNum:7', 'pageNum:12', 'text', 'text', 'text']);
  });

  it("read a continuation line at a page foot by the profile's words, and no sentence with the word in it", () => {
    expect(['(Continued)', '" - continued -', 'CONT\'D', 'P.T.O.', 'The talks continued.', 'Continued on Monday, the talks went well', '(Suite)'].map(kind)).toEqual(['catch', 'catch', 'catch', 'catch', 'text', 'text', 'text']);
    const french = mergeProfile(usGovernment20c, { continuationWords: ['suite', 'à suivre'] });
    expect(['(Suite)', '- à suivre -', '(Continued)'].map((l) => classifyLine(l, { profile: french }).kind)).toEqual(['catch', 'catch', 'text']);
  });

  it('read a banner whose letters are joined by hyphens or dots, and no hyphenated abbreviation or word', () => {
    expect(['S-E-C-R-E-T', 'C.O.N.F.I.D.E.N.T.I.A.L.', 'T-O-P S-E-C-R-E-T', 'N.A.T.O.', 'U-N-I-T-E-D', 'SECRET-ARY'].map(kind)).toEqual(['classification:secret', 'classification:confidential', 'classification:top-secret', 'heading', 'heading', 'heading']);
  });

  it("read no stamp in a form label that resembles a stamp word, but one in the label's value", () => {
    expect(['CLASSIFICATION : Secret', 'DECLASSIFICATION', 'AUTHORITY : NND 979520'].map(kind)).toEqual(['field:classification', 'stamp:declassification', 'stamp:declassification']);
  });

  it('read classification banners with caveats and OCR damage, but not prose about secrets', () => {
    expect(['TOP SECRET', 'SECRET', 'CONFIDENTIAL', 'UNCLASSIFIED', 'LIMITED OFFICIAL USE', 'SECRET//NOFORN', 'TOP SECRET - EYES ONLY', 'T0P SECRET', 'SECRFT', '-- CONFIDENTIAL --'].map(kind)).toEqual([
      'classification:top-secret', 'classification:secret', 'classification:confidential', 'classification:unclassified',
      'classification:limited-official-use', 'classification:secret', 'classification:top-secret', 'classification:top-secret',
      'classification:secret', 'classification:confidential',
    ]);
    expect(kind('The secret was kept by both governments for many years.')).toBe('text');
    expect(['C O N F I D E N T I A L', 'T O P  S E C R E T'].map(kind)).toEqual(['classification:confidential', 'classification:top-secret']);
  });

  it('read stamps of several archives, damaged or whole, and leave prose that mentions a release alone', () => {
    expect([
      'DECLASSIFIED Authority NND 959000',
      'Approved For Release 2003/04/25 : CIA-RDP80B01676R000900030047-2',
      'SANITIZED COPY',
      'DECLASSIFTED',
      'RECEIVED NOV 7 1962',
      '"Declassified for Publication in Foreign Relations of the United States',
      'E.O. 12958, Sec. 3.6',
    ].map(kind)).toEqual([
      'stamp:declassification', 'stamp:release', 'stamp:sanitized', 'stamp:declassification', 'stamp:received', 'stamp:declassification', 'stamp:declassification',
    ]);
    expect(kind('We expect the release of the prisoners to be announced by the government next week.')).toBe('text');
    expect(kind('The Authority of the Board is not in question here, as E.O. 10501 makes plain to all of us.')).toBe('text');
    expect(['25X1', '25X1, 25X6', '(b)(3)', '(b) (1) (b)(3)'].map(kind)).toEqual(['stamp:sanitized', 'stamp:sanitized', 'stamp:sanitized', 'stamp:sanitized']);
  });

  it('read archival citation footers by their form: repository abbreviation, fields, date range or box and folder', () => {
    expect([
      'JFK, NSF USSR, Subjects Khushcher Orrosporalnee (Cuta) Vol.I-C, 11/3/62-11/16/62',
      'RG 59, Central Files 1960-63, Box 1234, Folder 7',
      'LBJ Library, NSF, Country File, Vietnam, Vol. 12, 1/1/65-2/28/65',
    ].map(kind)).toEqual(['archival-citation', 'archival-citation', 'archival-citation']);
  });

  it('propose folio and Bates numbers, and leave the number of a damaged one for the run to supply', () => {
    const proposal = (line: string) => {
      const m = folio(line, ctx);
      return m === undefined ? 'none' : m.value === undefined ? m.kind : `${m.kind}:${m.value}`;
    };
    expect(['C4.854', 'CH 855', 'Ch-85K', 'C11-857', 'NLK-2012-045-0001', 'DOC 000123'].map(proposal)).toEqual([
      'folio:854', 'folio:855', 'folio', 'folio:857', 'folio:1', 'folio:123',
    ]);
  });

  it('tell openers and closers apart from text', () => {
    expect(['Dear Mr. Chairman:', 'My dear Mr. President:', 'Gentlemen:', 'Respectfully,', 'Sincerely yours,', 'Very truly yours,', 'November 5, 1962', '5 November 1962', 'Washington, November 5, 1962', 'To:', 'SUBJECT: Cuba', 'Participants: The Secretary', 'EYES ONLY STEVENSON AND McCLOY', 'DRAFT TELEGRAM', 'MEMORANDUM OF CONVERSATION', 'Memorandum for the Record'].map(kind)).toEqual([
      'salutation', 'salutation', 'salutation', 'closing', 'closing', 'closing', 'dateline', 'dateline', 'dateline', 'field:to', 'field:subject', 'field:participants', 'caveat:eyes only', 'heading:telegram', 'heading:memorandum', 'heading:memorandum',
    ]);
  });

  it('read a bare date after a few OCR marks as a dateline, and no sentence or place after marks', () => {
    expect(["'. 5 November 1962", '* 12 March 1958', '- Met on 5 November 1962', "'. Washington, November 5, 1962", '12. 5 November 1962'].map(kind)).toEqual(['dateline', 'dateline', 'text', 'text', 'text']);
  });

  it('read headings in title case and complimentary closes built on a known one', () => {
    expect(['MINUTES OF THE 123RD MEETING', 'PART III', 'ANNEX 2'].map(kind)).toEqual(['heading:report', 'heading', 'heading']);
    expect(['Draft Telegram', 'Secret Memorandum', 'With warm personal regards,', 'Yours very sincerely,', 'The regards of the Committee were conveyed,'].map(kind)).toEqual([
      'heading:telegram', 'heading:memorandum', 'closing', 'closing', 'text',
    ]);
  });

  it('keep a furniture-like line that matches nothing as unclassified, and a record number as idno', () => {
    expect(['WW. EXERTISTS NEW-73-30', '01067', '1962/11/05'].map(kind)).toEqual(['unclassified', 'idno:01067', 'archival-date']);
  });

  it('read a handling keyword in a stamp-shaped line as a stamp, after a label too', () => {
    expect(['RETURN TO REGISTRY', 'NOTE : Return to Registry'].map(kind)).toEqual(['stamp:handling', 'stamp:handling']);
  });

  it('read no label over a sentence that holds a stamp keyword as a stamp', () => {
    expect(['REMARKS : Please return to the Marine Section by 20 May.', 'NOTE : The pilots will return to port on Monday.'].map(kind)).toEqual(['text', 'text']);
  });

  it('keep a web address alone on its line as unclassified furniture, however long', () => {
    expect(['https://harbour-records.example.net/survey/1958/volume-2/sheet-14.pdf', 'www.pilots.example.org', '  ftp://charts.example.org/bar  '].map(kind)).toEqual(['unclassified', 'unclassified', 'unclassified']);
  });

  it('keep a sentence naming a web address, an address with words after it, and an e-mail address in a phrase as text', () => {
    expect(['The charts are at www.pilots.example.org for the pilots.', 'www.pilots.example.org is down', 'write to pilots@example.org'].map(kind)).toEqual(['text', 'text', 'text']);
  });

  it('follow a user profile that adds a stamp keyword in another language', () => {
    const profile = mergeProfile(usGovernment20c, { extend: true, stamps: [{ type: 'received', keywords: ['eingegangen'] }] });
    expect(classifyLine('Eingegangen 12. Mai 1952', { profile }).kind).toBe('stamp');
    expect(classifyLine('Eingegangen 12. Mai 1952', ctx).kind).not.toBe('stamp');
  });
});

describe('a heading beside OCR rules and bars', () => {
  it('is a heading with its decoration, and no line far longer than any heading is one', () => {
    const ruled = '- SURVEY OF THE NORTHERN HARBOURS -';
    const overlong = `- SURVEY OF THE NORTHERN HARBOURS${' -'.repeat(400)}`;
    expect([ruled, overlong].map(kind)).toEqual(['heading', 'text']);
  });
});
