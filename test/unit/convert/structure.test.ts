import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/convert/index.js';
import { outline } from './outline.js';

const docs = (src: string, meta = {}) => convertText(src, { file: 't.txt', meta }).transcript!.documents.map(outline);

describe('document structure from plain text', () => {
  it('builds a memorandum from its header fields, in any order, with a page number at the foot of the page run', () => {
    const src = [
      'SECRET', '', 'MEMORANDUM FOR THE RECORD', '', 'SUBJECT: Meeting with the Ambassador', '', 'DATE: March 3, 1971', '',
      'PARTICIPANTS: The Secretary; Ambassador Dobrynin', '',
      'The Secretary opened the meeting by recalling the exchange of notes of February 12 and asked whether the Soviet side had',
      '', 'Page 2 of 2', '',
      'considered the proposal. The Ambassador said that it had.', '', 'SECRET',
    ].join('\n');
    expect(docs(src)).toEqual([[
      'memorandum 1971-03-03 secret',
      'pb 1?',
      'fw classification@top secret: SECRET',
      'head: MEMORANDUM FOR THE RECORD',
      'opener(subject=Meeting with the Ambassador | date=March 3, 1971)',
      'list participants:  ',
      'p: [pb 2]The Secretary opened the',
      'fw classification@bottom secret: SECRET',
    ]]);
  });

  it('builds a telegram with From/To lines, a caveat and a reference, and splits two documents at a new heading after a footer', () => {
    const src = [
      'OUTGOING TELEGRAM', 'CONFIDENTIAL', '', 'FROM: SecState WASHDC', 'TO: AmEmbassy Paris', '', 'NODIS', '',
      'Reference Deptel 4521. Please deliver the following message to the Foreign Minister at once.', '',
      'RG 59, Central Files, Box 12, POL 27', '', 'DOC 000451', '',
      'MEMORANDUM OF CONVERSATION', '', 'October 2, 1963', '', 'The Minister received the message and said he would reply.',
    ].join('\n');
    expect(docs(src)).toEqual([
      ['telegram confidential', 'pb 1?', 'head: OUTGOING TELEGRAM', 'fw classification@top confidential: CONFIDENTIAL', 'opener(from=SecState WASHDC | to=AmEmbassy Paris | handling=NODIS)', 'p: Reference Deptel 4521. P', 'fw archival-citation@bottom: RG 59, Central Files, Box 12, POL 27', 'fw folio@bottom 451: DOC 000451'],
      ['memorandum 1963-10-02', 'pb 1?', 'head: MEMORANDUM OF CONVERSATION', 'opener(dateline: October 2, 1963)', 'p: The Minister received th'],
    ]);
  });

  it('builds a letter with an inside address, a signature block, an enclosure line and a form-feed page break', () => {
    const src = [
      'Washington, D.C., June 1, 1955', '', 'The Honorable John Doe', 'Secretary of State', 'Washington 25, D.C.', '', 'My dear Mr. Secretary:', '',
      'I have the honor to acknowledge the receipt of your letter and to enclose the report you asked for in the spring.', '\f',
      'The report covers the period from January to April.', '', 'Sincerely yours,', '', '/s/ Richard Roe', 'Director', '', 'Enclosure: Report',
    ].join('\n');
    expect(docs(src)).toEqual([[
      'letter 1955-06-01', 'pb 1?', 'opener(dateline: Washington, D.C., June 1, 1955 | address×3 | salute: My dear Mr. Secretary:)',
      'p: I have the honor to ackn', 'pb 2?', 'p: The report covers the pe',
      'closer(salute: Sincerely yours, | signed: /s/ Richard Roe Director | enclosure=Report)',
    ]]);
  });

  it('joins a paragraph over a page turn that a stamp marks, and reads a damaged folio from its run', () => {
    const src = [
      'The committee met on the morning of the fourth and heard the report of the subcommittee on', '',
      'Box 4, Folder 12, Papers of the Committee, 1950-1952', 'XY 0101', '', 'DECLASSIFIED Authority NND 12345', '',
      'procedures, which it adopted without change.', '', 'Box 4, Folder 12, Papers of the Committee, 1950-1952', 'XY 01O2', '',
      'DECLASSIFIED Authority NND 12345', '', 'The next meeting was set for the following week.', '', 'Box 4, Folder 12, Papers of the Committee, 1950-1952', 'XY 0103',
    ].join('\n');
    expect(docs(src)).toEqual([[
      'document', 'pb 1?', 'p: [pb 2?]The committee met on the',
      'fw archival-citation@bottom: Box 4, Folder 12, Papers of the Committee, 1950-1952', 'fw folio@bottom 102: XY 01O2', 'pb 3?',
      'fw stamp@top: DECLASSIFIED Authority NND 12345', 'p: The next meeting was set',
      'fw archival-citation@bottom: Box 4, Folder 12, Papers of the Committee, 1950-1952', 'fw folio@bottom 103: XY 0103',
    ]]);
  });

  it('takes a document type from metadata as one of its kinds, mapping other words through the profile', () => {
    const subtype = (documentType: string) => /subtype="(\w+)"/.exec(convertText('Text of the minutes.\n', { file: 't.txt', meta: { documentType } }).xml!)?.[1];
    expect(['Minutes', 'telegram', 'Aide-mémoire'].map(subtype)).toEqual(['report', 'telegram', 'document']);
    expect(convertText('Text.\n', { file: 't.txt', meta: { documentType: 'Aide-mémoire' } }).xml).toContain('<title>Aide-mémoire</title>');
  });
});
