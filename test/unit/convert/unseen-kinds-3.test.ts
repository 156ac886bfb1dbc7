/**
 * A third probe: fresh transcripts written for this test by the form of such records (not
 * copied from any record or from the corpus): a double-spaced memorandum whose subject and
 * paragraphs have blank lines inside them and a page counter between its pages; a
 * departmental telegram with a dateline carrying a time, relative dates, numbers that look
 * like folios in its text, and drafting and clearance lines; a letter with editorial
 * brackets and a conformed signature; a record whose every page ends in a record footer with a
 * counter; a memorandum of conversation with its participants last; and two memoranda whose
 * header OCR read in two columns, the labels first and their values in a later block. Each
 * asserts what an expert encoder would mark (whole values). `it.fails` marks a known gap (its
 * cause named).
 */
import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/convert/index.js';
import type { DocumentNode } from '../../../src/ir/nodes.js';
import { outline } from './outline.js';

const DOUBLE = 'SECRET\n\nMEMORANDUM FOR THE RECORD\n\nSUBJECT: Talks with the Harbour Board on the winter\n\nchannel\n\n1. The Board met with the pilots on 14 January 1959 to discuss\n\nthe marking of the winter channel. The chairman said that\n\nthe buoys would be laid before the ice came.\n\n2. The pilots asked that the lights on the outer bar be\n\nchecked every week during the season.\n\n- 2 -\n\nSECRET\n\n3. It was agreed that the Board would write to the pilots by\n\nthe end of the month.\n\nK. Varden\n';
const TELEGRAM = 'DEPARTMENT OF STATE\n\nWashington, March 3, 1963, 6:40 p.m.\n\n812. Your 577. Please inform the Foreign Ministry that the survey party will sail on the 21st inst. and that NSC 68 is not at issue. The Department regrets that RG 59 files from OCTOBER 1962 cannot be opened.\n\nRUSK\n\nEUR:TLane:mb\n3/3/63\nCleared: L - Mr. Hale\n';
const LETTER = '4 March 1960\n\nDear Mr. Holt:\n\nThank you for your letter of the 26th ult. It would [be] better to meet in May, as the road is frought [sic] with snow until then.\n\nSincerely,\n\n/s/ Ann Prior\n\nAnn Prior\nSecretary\n';
const FOOTERS = 'The survey flew over the eastern shore on 2 June 1958 and found the old jetty gone, as the\nharbour master had feared it would be after the storms of the spring.\n\nHS 4410 DocId:552301 Page 1\n\nThe second flight on 4 June 1958 found the new pier half built and the crane idle, and the\npilots said that work had stopped for want of steel.\n\nHS 4410 DocId:552301 Page 2\n\nThe third flight was put off by fog until the following week.\n\nHS 4410 DocId:552301 Page 3\n';
const MOC = 'MEMORANDUM OF CONVERSATION\n\nDATE: May 9, 1963\nSUBJECT: Fishing Limits off Iceland\nPARTICIPANTS: The Under Secretary\n              Mr. Hans Berg, Counselor, Embassy of Norway\n              Miss Joan Ryle, Office of Nordic Affairs\n\nMr. Berg said that his government would extend its limits last November as planned and hoped for no protest.\n\nThe Under Secretary said that he would study the note.\n\nJR:ek\n';
const COLUMNS = 'UNITED STATES GOVERNMENT\n\nMemorandum\n\nTO :\nATTN :\nFROM :\nSUBJECT :\n\nCONFIDENTIAL\n\nDirector, Harbour Survey\nChart Branch\nChief, Pilot Office\nWinter buoys of the outer bar\n\n1. The buoys of the outer bar were lifted on 2 December 1961, as the ice came early this year.\n\nH. Brand\n';
const MERGED = 'UNITED STATES GOVERNMENT\n\nMemorandum\n\nTO :\nATTN:\nFROM\n\nSUBJECT:\n\ncon FIDENTIAL ah\n\nDirector, Harbour Survey\nChart Branch\nChief, Pilot Office\nWinter buoys of the outer bar\n\n1. The buoys of the outer bar were lifted on 2 December 1961, as the ice came early this year.\n\nH. Brand\n';

const convert = (transcript: string) => convertText(transcript, { file: 'probe.txt' });
const docsOf = (transcript: string): DocumentNode[] => convert(transcript).transcript!.documents;
/** Every `date` of the TEI as `when: text`, in order. */
const datesOf = (transcript: string) => [...(convert(transcript).xml ?? '').matchAll(/<date when="([^"]*)"[^>]*>([^<]*)<\/date>/gu)].map((m) => `${m[1]}: ${m[2]}`);
const count = (xml: string, re: RegExp) => xml.match(re)?.length ?? 0;

describe('a double-spaced memorandum with a page counter between its pages', () => {
  it('keeps its subject whole, its paragraphs as one numbered list, and turns one page, inside the paragraph that goes on over it', () => {
    const xml = convert(DOUBLE).xml!;
    expect([outline(docsOf(DOUBLE)[0]!), count(xml, /<pb /gu), xml.includes('during the season.<pb n="2"/><fw type="pageNum" place="top" n="2">- 2 -</fw><fw type="classification" place="top" n="secret">SECRET</fw></p>')]).toEqual([[
      'memorandum secret', 'pb 1?', 'fw classification@top secret: SECRET', 'head: MEMORANDUM FOR THE RECORD', 'opener(subject=Talks with the Harbour Board on the winter channel)', 'list numbered: 1. 2. 3.', 'closer(signed: K. Varden)',
    ], 2, true]);
  });
});

describe('a telegram with a dateline that carries a time', () => {
  it('dates itself to the minute with the zone of its place, and resolves `inst.` in its month', () => {
    expect(datesOf(TELEGRAM)).toEqual(['1963-03-03T18:40:00-05:00: March 3, 1963, 6:40 p.m.', '1963-03-21: the 21st inst.', '1962-10: OCTOBER 1962', '1963-03-03: 3/3/63']);
  });

  it('names the place of its dateline, reads no folio in its text, and keeps its drafting and clearance lines in the closer, typed', () => {
    const xml = convert(TELEGRAM).xml!;
    expect([xml.includes('<dateline><placeName>Washington</placeName>, '), count(xml, /type="folio"/gu), docsOf(TELEGRAM).length, outline(docsOf(TELEGRAM)[0]!).at(-1)]).toEqual([
      true, 0, 1, 'closer(signed: RUSK | drafting=EUR:TLane:mb | dateline: 3/3/63 | clearance=Cleared: L - Mr. Hale)',
    ]);
  });

  it('is a telegram: its text opens with its number under a dateline that carries a time', () => {
    expect(docsOf(TELEGRAM)[0]!.kind).toEqual('telegram');
  });
});

describe('a letter with editorial brackets and a conformed signature', () => {
  it('supplies the bracketed word, marks the [sic], dates `ult.` in the month before its own, and signs with the /s/ line', () => {
    const xml = convert(LETTER).xml!;
    expect([xml.includes('It would <supplied>be</supplied> better'), xml.includes('the road is <sic>frought</sic> with snow'), datesOf(LETTER), outline(docsOf(LETTER)[0]!).at(-1)]).toEqual([
      true, true, ['1960-03-04: 4 March 1960', '1960-02-26: the 26th ult.'], 'closer(salute: Sincerely, | signed: /s/ Ann Prior | signed: Ann Prior Secretary)',
    ]);
  });
});

describe('a record whose pages end in record footers with a counter', () => {
  it('has each footer as an archival citation at its page foot, the pages numbered from the counters, and no folio', () => {
    expect(outline(docsOf(FOOTERS)[0]!)).toEqual([
      'document', 'pb 1?', 'p: The survey flew over the', 'fw archival-citation@bottom: HS 4410 DocId:552301 Page 1',
      'pb 2?', 'p: The second flight on 4 J', 'fw archival-citation@bottom: HS 4410 DocId:552301 Page 2',
      'pb 3?', 'p: The third flight was put', 'fw archival-citation@bottom: HS 4410 DocId:552301 Page 3',
    ]);
  });

  it('gives the record number and the document id to the manuscript identifier', () => {
    const ms = /<msIdentifier>([\s\S]*?)<\/msIdentifier>/u.exec(convert(FOOTERS).xml!)![1]!.replace(/\s+/gu, ' ').trim();
    expect(ms).toEqual('<repository>Unknown repository</repository> <idno type="folder">HS 4410</idno> <idno type="document">552301</idno>');
  });
});

describe('a memorandum of conversation with its participants last among its fields', () => {
  it('lists its participants, and dates `last November` before its own date', () => {
    const d = docsOf(MOC)[0]!;
    const list = d.parts.find((p) => p.type === 'list');
    expect([outline(d), list?.type === 'list' && list.entries.length, datesOf(MOC)]).toEqual([[
      'memorandum 1963-05-09', 'pb 1?', 'head: MEMORANDUM OF CONVERSATION', 'opener(date=May 9, 1963 | subject=Fishing Limits off Iceland)', 'list participants:   ',
      'p: Mr. Berg said that his g', 'p: The Under Secretary said', 'closer(initials=JR:ek)',
    ], 3, ['1963-05-09: May 9, 1963', '1962-11: last November']]);
  });
});

describe('a memorandum whose header OCR read in two columns', () => {
  it('pairs each label with its value from the later block, across the banner between them', () => {
    const d = docsOf(COLUMNS)[0]!;
    expect([outline(d)[4], d.sender, d.addressee]).toEqual([
      'opener(to= | attention= | from= | subject= | fw classification@top confidential: CONFIDENTIAL | to=Director, Harbour Survey | attention=Chart Branch | from=Chief, Pilot Office | subject=Winter buoys of the outer bar)',
      'Chief, Pilot Office', 'Director, Harbour Survey',
    ]);
  });

  it('pairs them when OCR damaged the labels and the banner: `FROM` without its colon is a label, the damaged banner furniture between the columns', () => {
    const d = docsOf(MERGED)[0]!;
    expect([outline(d)[4], d.sender, d.addressee]).toEqual([
      'opener(to= | attention= | from= | subject= | fw unclassified@top: con FIDENTIAL ah | to=Director, Harbour Survey | attention=Chart Branch | from=Chief, Pilot Office | subject=Winter buoys of the outer bar)',
      'Chief, Pilot Office', 'Director, Harbour Survey',
    ]);
  });
});
