import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { outline } from '../outline.js';
import { scanLines } from '../../../../src/convert/scan-lines.js';
import { continues } from '../../../../src/convert/structure/joins.js';
import { profile } from './helpers.js';

const partsOf = (text: string) => outline(convertText(text, { file: 't.txt' }).transcript!.documents[0]!).slice(2);
const NOTE = 'The survey party will report to the office on Monday, as the board agreed.\n\n';

describe('the tables pass', () => {
  it('reads lines whose words stand in columns as a table, a row of column heads in capitals first', () => {
    expect(partsOf(`${NOTE}BOAT        CREW     DUE\n\nLaunch A    4        Monday\nTender      2        Tuesday\n`)).toEqual([
      'p: The survey party will re', 'table(label: BOAT | CREW | DUE; Launch A | 4 | Monday; Tender | 2 | Tuesday)',
    ]);
  });

  it('reads three rows with no heads, cut at tabs as at runs of spaces, as a table of rows alone', () => {
    expect(partsOf(`${NOTE}Launch A\t4\tMonday\nTender    2    Tuesday\nBarge\t6\tFriday\n`)).toEqual([
      'p: The survey party will re', 'table(Launch A | 4 | Monday; Tender | 2 | Tuesday; Barge | 6 | Friday)',
    ]);
  });

  it('writes it as TEI table, row and cell, the heads with role="label"', () => {
    const xml = convertText(`${NOTE}BOAT        CREW\nLaunch A    4\nTender      2\n\nBoth boats are to be back by dark on each day of the survey.\n`, { file: 't.txt' }).xml!;
    expect(/<table>[^]*<\/table>/u.exec(xml)![0].split('\n').map((l) => l.replace(/^[ ]+/u, ''))).toEqual([
      '<table>', '<row role="label">', '<cell>BOAT</cell>', '<cell>CREW</cell>', '</row>', '<row>', '<cell>Launch A</cell>', '<cell>4</cell>', '</row>', '<row>', '<cell>Tender</cell>', '<cell>2</cell>', '</row>', '</table>',
    ]);
  });

  it('reads no prose typed with two spaces after its full stops, no two lines alone, and no lines of unequal columns as a table', () => {
    expect([
      partsOf('The board met on Monday.  It agreed to the dues.\nThe pilots were told.  They did not object.\nThe clerk wrote it down.  Nobody else spoke.\n'),
      partsOf(`${NOTE}BOAT        CREW\nLaunch A    4\n`),
      partsOf(`${NOTE}BOAT        CREW     DUE\nLaunch A    4\nTender      2        Tuesday\n`),
    ].map((parts) => parts.some((p) => p.startsWith('table')))).toEqual([false, false, false]);
  });

  it('lets no table row break off mid-sentence, but prose typed with two spaces after its full stops still does', () => {
    const next = scanLines('Both boats are to be back by dark.');
    expect([
      continues(scanLines('Launch A    4    Monday\nTender    2    Tuesday'), next, profile),
      continues(scanLines('The board met on Monday.  It agreed to lower the dues\nfor the winter.  The pilots were told and the clerk'), next, profile),
    ]).toEqual([undefined, 'breaks off mid-sentence']);
  });
});
