/**
 * Fresh transcripts of kinds the corpus has, written for this test (not copied from any
 * record): a memorandum of conversation, a cable with a date-time group, a British minute, a
 * withdrawal sheet, a letter with a postscript and copies, an OCR page with a record footer
 * that carries a counter. Each asserts the structure an expert encoder would give it.
 * `it.fails` marks a known gap (its cause named); it turns red, to be flipped, once fixed.
 */
import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/convert/index.js';
import type { DocPart, DocumentNode } from '../../../src/ir/nodes.js';
import type { Profile } from '../../../src/profiles/profile.js';
import { ukGovernment20c } from '../../../src/profiles/uk-government-20c.js';
import { outline, text } from './outline.js';

const MOC = "SECRET\n\nMEMORANDUM OF CONVERSATION\n\nDATE: March 14, 1961\n\nSUBJECT: Fishing Rights off the Northern Coast\n\nPARTICIPANTS: Mr. Anders Holm, Minister of Fisheries\n              Mr. Paul Reeves, Counselor of Embassy\n              Mr. Carl Dunmore, Office of Northern Affairs\n\nCOPIES TO: EUR/NOR, Embassy Oslo\n\nThe Minister called at his own request to discuss the limits of the fishing zone. He said his government could not accept a limit narrower than twelve miles.\n\nMr. Reeves replied that the question would be studied in Washington and that an answer could be expected within two weeks.\n\nEUR:CDunmore:ms\n";
const CABLE = "CONFIDENTIAL\n\nTELEGRAM\n\nFROM: AMEMBASSY REYKJAVIK\nTO: SECSTATE WASHDC\nNR: 412\n141530Z MAR 63\n\n1. FOREIGN MINISTER TOLD ME TODAY GOVERNMENT WILL NOT RENEW BASE AGREEMENT WITHOUT NEW TERMS ON FISHERIES.\n\n2. HE ASKED THAT WE CONVEY THIS TO THE SECRETARY BEFORE THE MINISTERIAL MEETING NEXT WEEK.\n\n/s/ PENFIELD\n";
const MINUTE = "FO 371/135790\n\nMINUTE\n\nMr. Hartley\n\nThe Ambassador's despatch of 4/3/58 reports that the harbour talks have broken down. I think we should let them rest until the spring.\n\nR. T. Gaskell\n12/3/58\n\nI agree. We need not reply before the Easter recess.\n\nH. Hartley\n14 March 1958\n";
const WITHDRAWAL = "WITHDRAWAL SHEET (PRESIDENTIAL LIBRARIES)\n\nDOCUMENT NO. : 3a\nFORM OF DOCUMENT : Memo\nCORRESPONDENTS OR TITLE : Smith to Jones, re harbour survey\nDATE : 5/2/64\nRESTRICTION : A\n\nFILE LOCATION : Office Files, Box 12, Folder \"Harbour\"\n\nRESTRICTION CODES\n(A) Closed by applicable Executive order governing access to national security information.\n";
const LETTER = "Harbour Board\nPier Street\nDunmore\n\nJune 3, 1959\n\nMr. Thomas Wright\nLighthouse Keepers' Union\nDunmore\n\nDear Mr. Wright:\n\nThank you for your letter of May 28 about the new watch rota. The Board will consider it at its meeting on June 10.\n\nSincerely yours,\n\nMargaret Olsen\nSecretary\n\nP.S. Please bring the signed copies of the rota with you.\n\ncc: Chairman\n    Harbour Master\n";
const FOOTER = "MEMORANDUM FOR THE FILE\n\nSUBJECT: Harbour dues for the winter\n\n1. The Board met on 4 January 1962 to review the dues charged to coastal traders during the winter months, when the harbour is little used.\n\n2. It was agreed that the dues would be halved from November to February and that the Harbour Master would report on the effect in the spring.\n\nHB 1044 Rec:0077812 Page 1\n\n3. The Secretary was asked to write to the traders' association before the end of the month.\n\n4. The next meeting will be held on 1 March 1962.\n\nHB 1044 Rec:0077812 Page 2\n\nJ. Holm\nSecretary\n";

const docsOf = (transcript: string, profile?: Profile): DocumentNode[] => convertText(transcript, { file: 'unseen.txt', ...(profile ? { profile } : {}) }).transcript!.documents;
/** The `n` of every page break of the TEI, in order. */
const pbNumbers = (xml: string) => [...xml.matchAll(/<pb n="([^"]*)"/gu)].map((m) => m[1]);
const xmlOf = (transcript: string, profile?: Profile) => convertText(transcript, { file: 'unseen.txt', ...(profile ? { profile } : {}) }).xml ?? '';
const fieldTypes = (d: DocumentNode) => d.parts.flatMap((p) => (p.type === 'opener' ? p.children.flatMap((c) => ('fieldType' in c ? [c.fieldType] : [])) : []));
const partOf = <T extends DocPart['type']>(d: DocumentNode, type: T) => d.parts.find((p): p is Extract<DocPart, { type: T }> => p.type === type);

describe('an unseen memorandum of conversation', () => {
  it('is a secret memorandum dated from its DATE field, with its header fields before the participants in the opener', () => {
    const [d] = docsOf(MOC);
    expect([docsOf(MOC).length, d!.kind, d!.date, d!.classification, fieldTypes(d!)]).toEqual([1, 'memorandum', '1961-03-14', 'secret', ['date', 'subject']]);
  });

  it('lists its participants, then the fields after them, and keeps the drafting line out of the body', () => {
    const [d] = docsOf(MOC);
    expect(outline(d!).slice(5)).toEqual(['list participants:   ', 'list fields: COPIES TO:', 'p: The Minister called at h', 'p: Mr. Reeves replied that ', 'closer(drafting=EUR:CDunmore:ms)']);
    expect(partOf(d!, 'list')!.entries.map((e) => text(e.children.flatMap((p) => (p.type === 'p' ? p.children : []))))).toEqual(['Mr. Anders Holm, Minister of Fisheries', 'Mr. Paul Reeves, Counselor of Embassy', 'Mr. Carl Dunmore, Office of Northern Affairs']);
  });
});

describe('an unseen cable', () => {
  it('has its header fields, its date-time group as a dated time, numbered paragraphs and a /s/ signature', () => {
    expect(docsOf(CABLE).map(outline)).toEqual([[
      'telegram 1963-03-14T15:30:00Z confidential',
      'pb 1?',
      'fw classification@top confidential: CONFIDENTIAL',
      'head: TELEGRAM',
      'opener(from=AMEMBASSY REYKJAVIK | to=SECSTATE WASHDC | ref=412 | dateline: 141530Z MAR 63)',
      'list numbered: 1. 2.',
      'closer(signed: /s/ PENFIELD)',
    ]]);
  });
});

describe('an unseen British minute', () => {
  it('is a memorandum whose numeric dates are read day first, with its FO 371 reference as an archival citation', () => {
    const [d] = docsOf(MINUTE, ukGovernment20c);
    const fw = d!.parts.find((p) => p.type === 'fw');
    const xml = xmlOf(MINUTE, ukGovernment20c);
    expect([d!.kind, d!.date, fw && 'kind' in fw ? [fw.kind, text(fw.children)] : undefined, /<date when="1958-03-04">4\/3\/58<\/date>/u.test(xml)]).toEqual(['memorandum', '1958-03-12', ['archival-citation', 'FO 371/135790'], true]);
  });

  it('has one page (a reference code heading the file ends no page)', () => {
    expect(pbNumbers(xmlOf(MINUTE, ukGovernment20c))).toEqual(['1']);
  });

  it('is two minutes on the sheet, each signed and dated in a closer (a closer followed by more body is no TEI: the next minute is a document of its own)', () => {
    expect(docsOf(MINUTE, ukGovernment20c).map((d) => [d.kind, d.date, outline(d).at(-1)])).toEqual([
      ['memorandum', '1958-03-12', 'closer(signed: R. T. Gaskell | dateline: 12/3/58)'],
      ['memorandum', '1958-03-14', 'closer(signed: H. Hartley | dateline: 14 March 1958)'],
    ]);
  });
});

describe('an unseen withdrawal sheet', () => {
  it('is a form of its labels and values', () => {
    const [d] = docsOf(WITHDRAWAL);
    expect(partOf(d!, 'list')?.entries.map((e) => text(e.label))).toEqual(['DOCUMENT NO. :', 'FORM OF DOCUMENT :', 'CORRESPONDENTS OR TITLE :', 'DATE :', 'RESTRICTION :']);
  });

  it('is one document on one page (the key to its restriction codes stands on its page, under the FILE LOCATION citation)', () => {
    expect([docsOf(WITHDRAWAL).length, pbNumbers(xmlOf(WITHDRAWAL))]).toEqual([1, ['1']]);
  });
});

describe('an unseen letter with a postscript and a copies line', () => {
  it('has its letterhead, dateline, inside address and salutation in the opener', () => {
    const [d] = docsOf(LETTER);
    expect(outline(d!).slice(0, 3)).toEqual(['letter 1959-06-03', 'pb 1?', 'opener(address×3 | dateline: June 3, 1959 | address×3 | salute: Dear Mr. Wright:)']);
  });

  it('has its close and signature in a closer, a postscript, and the copies after it', () => {
    expect(outline(docsOf(LETTER)[0]!).slice(3)).toEqual(['p: Thank you for your lette', 'closer(salute: Sincerely yours, | signed: Margaret Olsen Secretary)', 'postscript', 'closer(cc=Chairman Harbour Master)']);
  });
});

describe('an unseen OCR page with a record footer carrying a counter', () => {
  it('reads both footers as archival citations, and the signature in a closer', () => {
    const xml = xmlOf(FOOTER);
    const [d] = docsOf(FOOTER);
    expect([[...xml.matchAll(/<fw type="archival-citation" place="bottom">([^<]*)<\/fw>/gu)].map((m) => m[1]), outline(d!).at(-1)]).toEqual([
      ['HB 1044 Rec:0077812 Page 1', 'HB 1044 Rec:0077812 Page 2'],
      'closer(signed: J. Holm Secretary)',
    ]);
  });

  it('turns the page only after each footer, numbered as the counter says (no turn is inferred before the footer that counts its page as the first)', () => {
    expect(pbNumbers(xmlOf(FOOTER))).toEqual(['1', '2', '3']);
  });
});
