/**
 * A second probe: fresh transcripts written for this test by the form of such records (not
 * copied from any record or from the corpus): a Foreign Office minute sheet with day-first
 * dates, a routing and record sheet, a telegram with a date-time group quoting a letter, a
 * memorandum of conversation with its participants in the middle of its fields, numbered
 * paragraphs with lettered ones under them, a withdrawal sheet whose values OCR gave in a
 * later block, and a letter with a postscript, an enclosure and copies. Each asserts what an
 * expert encoder would mark. `it.fails` marks a known gap (its cause named).
 */
import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/convert/index.js';
import type { DocumentNode } from '../../../src/ir/nodes.js';
import type { Profile } from '../../../src/profiles/profile.js';
import { ukGovernment20c } from '../../../src/profiles/uk-government-20c.js';
import { outline, text } from './outline.js';

const FO = "FO 371/128544\n\nMINUTE SHEET\n\nMr. Lamb\n\nThe Consul-General's telegram No. 214 of 28/10/57 reports that the port authority will close the inner harbour to foreign shipping from 1 December.\n\nI submit a draft reply for approval. We might also warn the Board of Trade.\n\nP. N. Ashdown\n30/10/57\n\nI agree. Please send the reply and copy it to the Board of Trade.\n\nG. Lamb\n31 October 1957\n";
const SLIP = "ROUTING AND RECORD SHEET\n\nSUBJECT : Survey of the northern anchorages\n\nFROM : Chief, Marine Section\nDATE : 4 May 1962\n\nTO          ACTION     INITIALS\n1. Registry    File       RB\n2. Chief, Harbour Division    Comment    KL\n3. Legal Staff    Note    AP\n\nREMARKS : Please return to the Marine Section by 20 May.\n";
const CABLE = "CONFIDENTIAL\n\nINCOMING TELEGRAM\n\nFROM: AMEMBASSY COPENHAGEN\nTO: SECSTATE WASHDC\nNR: 577\nDATE: 121530Z MAR 63\n\n1. FOREIGN MINISTER HANDED ME TODAY FOLLOWING LETTER FOR THE SECRETARY. BEGIN TEXT.\n\nDear Mr. Secretary:\n\nMy government has studied with care your proposal for a joint survey of the Greenland waters. We are ready to begin talks in April.\n\nSincerely yours,\n\nPer Hansen\n\nEND TEXT.\n\n2. EMBASSY COMMENT FOLLOWS BY SEPTEL.\n\nBLAIR\n";
const MOC = "MEMORANDUM OF CONVERSATION\n\nDATE: April 2, 1963\nPARTICIPANTS: The Secretary\n              Ambassador Jens Kold, Embassy of Denmark\n              Mr. Alan Frost, Director, Office of Nordic Affairs\nSUBJECT: Air Base at Narsarsuaq\nPLACE: The Secretary's Office\n\nThe Ambassador said that his government wished to reopen the question of the air base lease before the summer.\n\nThe Secretary replied that he would ask the Department of Defense for its views.\n";
const PARAS = "MEMORANDUM FOR THE RECORD\n\nSUBJECT: Arrangements for the harbour survey\n\n1. The survey will begin on 3 June and will take about six weeks. The following parties will take part:\n\n   (a) the Marine Section, which will provide the launches;\n\n   (b) the Harbour Board, which will supply two pilots;\n\n   (c) the Coast Guard, which will mark the channels.\n\n2. The costs will be shared equally by the three parties.\n\n3. A report will be made to the Board by the end of July.\n\nL. Hart\nChief, Marine Section\n";
const WITHDRAWAL = "WITHDRAWAL SHEET (PRESIDENTIAL LIBRARIES)\n\nFORM OF DOCUMENT :\nCORRESPONDENTS OR TITLE :\nDATE :\nRESTRICTION :\n\nletter\nHolm to Reeves, re harbour charts\n3/12/62\nB\n\nFILE LOCATION : White House Central Files, Box 41, Folder \"Harbours\"\n\nRESTRICTION CODES\n(A) Closed by applicable Executive order governing access to national security information.\n(B) Closed by statute or by the agency which originated the document.\n";
const LETTER = "Office of the Harbour Master\nQuay Road\nAldport\n\n12 September 1960\n\nMr. John Carver\nSecretary, Pilots' Association\nAldport\n\nDear Mr. Carver:\n\nI enclose the revised schedule of pilotage fees, which the Board approved at its meeting yesterday. The new fees will apply from 1 October.\n\nYours sincerely,\n\nEllen Marsh\nHarbour Master\n\nP.S. The Board would welcome your comments before the end of the month.\n\nEnclosure: Schedule of fees\n\ncc: Chairman of the Board\n    Harbour Accountant\n";

const convert = (transcript: string, profile?: Profile) => convertText(transcript, { file: 'probe.txt', ...(profile ? { profile } : {}) });
const docsOf = (transcript: string, profile?: Profile): DocumentNode[] => convert(transcript, profile).transcript!.documents;
/** Every `date` of the TEI as `when: text`, in order. */
const datesOf = (transcript: string, profile?: Profile) => [...(convert(transcript, profile).xml ?? '').matchAll(/<date when="([^"]*)"[^>]*>([^<]*)<\/date>/gu)].map((m) => `${m[1]}: ${m[2]}`);

describe('a Foreign Office minute sheet', () => {
  it('is two minutes, each signed and dated in its closer, its reference code a citation at the head', () => {
    expect(docsOf(FO, ukGovernment20c).map(outline)).toEqual([
      ['memorandum 1957-10-30', 'pb 1?', 'fw archival-citation@top: FO 371/128544', 'head: MINUTE SHEET', 'p: Mr. Lamb', "p: The Consul-General's tel", 'p: I submit a draft reply f', 'closer(signed: P. N. Ashdown | dateline: 30/10/57)'],
      ['memorandum 1957-10-31', 'p: I agree. Please send the', 'closer(signed: G. Lamb | dateline: 31 October 1957)'],
    ]);
  });

  it('reads its numeric dates day first, and a date without a year in the year of its minute', () => {
    expect(datesOf(FO, ukGovernment20c)).toEqual(['1957-10-28: 28/10/57', '1957-12-01: 1 December', '1957-10-30: 30/10/57', '1957-10-31: 31 October 1957']);
  });
});

describe('a telegram quoting a letter', () => {
  it('dates itself from its date-time group and keeps the letter inside it, up to END TEXT, which stays a sentence of the telegram', () => {
    const [d, more] = docsOf(CABLE);
    expect([more, outline(d!)]).toEqual([undefined, [
      'telegram 1963-03-12T15:30:00Z confidential', 'pb 1?', 'fw classification@top confidential: CONFIDENTIAL', 'head: INCOMING TELEGRAM',
      'opener(from=AMEMBASSY COPENHAGEN | to=SECSTATE WASHDC | ref=577 | date=121530Z MAR 63)', 'p: 1. FOREIGN MINISTER HAND', 'quotedText', 'p: END TEXT.', 'p: 2. EMBASSY COMMENT FOLLO', 'closer(signed: BLAIR)',
    ]]);
    const quoted = d!.parts.find((p) => p.type === 'quotedText');
    expect(quoted?.type === 'quotedText' && quoted.parts.map((p) => p.type)).toEqual(['opener', 'p', 'closer']);
  });
});

describe('a memorandum of conversation with its participants in the middle of its fields', () => {
  it('keeps all its header fields, the subject after the participants too, in the opener', () => {
    expect(outline(docsOf(MOC)[0]!).slice(0, 4)).toEqual([
      'memorandum 1963-04-02', 'pb 1?', 'head: MEMORANDUM OF CONVERSATION',
      "opener(date=April 2, 1963 | participants=[The Secretary / Ambassador Jens Kold, Embassy of Denmark / Mr. Alan Frost, Director, Office of Nordic Affairs] | subject=Air Base at Narsarsuaq | place=The Secretary's Office)",
    ]);
  });

  it('lists its participants inside their field, one a line, the fields after them still in the opener', () => {
    const seg = /<seg type="participants">[^]*?<\/seg>/u.exec(convert(MOC).xml!)![0].split('\n').map((l) => l.replace(/^[ ]+/u, ''));
    expect(seg).toEqual([
      '<seg type="participants"><label>PARTICIPANTS:</label> <list type="participants"><item><p>The Secretary</p></item><item><p>Ambassador Jens Kold, Embassy of Denmark</p></item><item><p>Mr. Alan Frost, Director, Office of Nordic Affairs</p></item></list></seg>',
    ]);
  });
});

describe('a letter with a postscript, an enclosure and copies', () => {
  it('has its closer, its postscript, and the enclosure and copies in a closer after it', () => {
    expect(outline(docsOf(LETTER)[0]!)).toEqual([
      'letter 1960-09-12', 'pb 1?', 'opener(address×3 | dateline: 12 September 1960 | address×3 | salute: Dear Mr. Carver:)', 'p: I enclose the revised sc',
      'closer(salute: Yours sincerely, | signed: Ellen Marsh Harbour Master)', 'postscript', 'closer(enclosure=Schedule of fees | cc=Chairman of the Board Harbour Accountant)',
    ]);
  });
});

describe('numbered paragraphs with lettered ones under the first', () => {
  it('has the signature in a closer', () => {
    expect(outline(docsOf(PARAS)[0]!).at(-1)).toEqual('closer(signed: L. Hart Chief, Marine Section)');
  });

  it('is one numbered list 1. 2. 3., the lettered paragraphs a list inside the first item, after its paragraph', () => {
    const list = docsOf(PARAS)[0]!.parts.find((p) => p.type === 'list');
    const inner = list?.type === 'list' ? list.entries[0]!.children.map((c) => (c.type === 'list' ? `list ${c.entries.map((e) => text(e.label)).join(' ')}` : `p: ${text(c.children).slice(0, 21)}`)) : [];
    expect([outline(docsOf(PARAS)[0]!).filter((p) => p.startsWith('list')), inner]).toEqual([['list numbered: 1. 2. 3.'], ['p:  The survey will begi', 'list (a) (b) (c)']]);
  });

  it('writes the lettered list inside the first item of the numbered one', () => {
    expect(convert(PARAS).xml!.replace(/\s+/gu, ' ')).toContain('take part:</p><list type="numbered"><label>(a)</label><item><p> the Marine Section, which will provide the launches;</p></item><label>(b)</label>');
  });
});

describe('a routing and record sheet', () => {
  it('keeps its subject, sender and date in the opener', () => {
    expect(outline(docsOf(SLIP)[0]!)[3]!.startsWith('opener(subject=Survey of the northern anchorages | from=Chief, Marine Section | date=4 May 1962')).toBe(true);
  });

  it('does not read its routing table\'s column heads as a TO field, and reads the table as rows of cells under a row of heads', () => {
    expect(outline(docsOf(SLIP)[0]!).slice(3, 5)).toEqual([
      'opener(subject=Survey of the northern anchorages | from=Chief, Marine Section | date=4 May 1962)',
      'table(label: TO | ACTION | INITIALS; 1. Registry | File | RB; 2. Chief, Harbour Division | Comment | KL; 3. Legal Staff | Note | AP)',
    ]);
  });
});

describe('a withdrawal sheet whose values OCR gave in a later block', () => {
  it('is one document', () => {
    expect(docsOf(WITHDRAWAL).length).toEqual(1);
  });

  it('is a form whose labels are paired with the values of the later block, its key no new document', () => {
    const [d, more] = docsOf(WITHDRAWAL);
    const list = d!.parts.find((p) => p.type === 'list');
    expect([more, list?.type === 'list' && list.listType, list?.type === 'list' && list.entries.filter((e) => e.corresp).map((e) => e.corresp)]).toEqual([undefined, 'form', ['form1-1', 'form1-2', 'form1-3', 'form1-4']]);
  });

  it('pairs all four values, the code `B` that reads as furniture on its own line too', () => {
    const list = docsOf(WITHDRAWAL)[0]!.parts.find((p) => p.type === 'list');
    expect(list?.type === 'list' && list.entries.filter((e) => e.corresp).map((e) => `${e.corresp}: ${text(e.children.flatMap((c) => (c.type === 'p' ? c.children : [])))}`)).toEqual([
      'form1-1: letter', 'form1-2: Holm to Reeves, re harbour charts', 'form1-3: 3/12/62', 'form1-4: B',
    ]);
  });
});
