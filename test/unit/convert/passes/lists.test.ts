import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { outline } from '../outline.js';

const partsOf = (text: string) => outline(convertText(text, { file: 'l.txt' }).transcript!.documents[0]!).slice(2);

describe('the lists pass', () => {
  it('makes a list of numbered paragraphs, keeping each printed label', () => {
    expect(partsOf('1. The dues were lowered for the winter.\n\n2. The pilots were told of it.\n\n3. Nobody objected.\n')).toEqual(['list numbered: 1. 2. 3.']);
  });

  it('makes a list of lettered paragraphs in parentheses', () => {
    expect(partsOf('(a) the harbour dues;\n\n(b) the pilot fees.\n')).toEqual(['list numbered: (a) (b)']);
  });

  it('leaves a lone numbered paragraph and a broken sequence as paragraphs', () => {
    expect(partsOf('2. The dues were lowered for the winter.\n')).toEqual(['p: 2. The dues were lowered']);
    expect(partsOf('1. The dues were lowered.\n\n3. The pilots were told.\n')).toEqual(['p: 1. The dues were lowered', 'p: 3. The pilots were told.']);
  });
});

describe('lettered items under a numbered one', () => {
  /** The lists of the document, each entry's label and what its item holds (`[…]` a list inside it). */
  const nested = (text: string) => convertText(text, { file: 'l.txt' }).transcript!.documents[0]!.parts.flatMap((p) => (p.type === 'list' ? [p.entries.map((e) => `${e.label.map((l) => ('value' in l ? l.value : '')).join('')}${e.children.map((c) => (c.type === 'list' ? `[${c.entries.map((x) => x.label.map((l) => ('value' in l ? l.value : '')).join('')).join(' ')}]` : '')).join('')}`)] : []));

  it('are a list inside the item above them when the numbered sequence goes on after them', () => {
    expect(nested('1. The dues are these:\n\na) for a steamer, ten shillings;\n\nb) for a sailing ship, five shillings.\n\n2. The fees are paid to the clerk.\n')).toEqual([['1.[a) b)]', '2.']]);
  });

  it('are a list inside the last item when it announces them with a colon', () => {
    expect(nested('1. The pilots were paid.\n\n2. Two boats will be bought:\n\n(a) a launch for the bar;\n\n(b) a tender for the buoys.\n')).toEqual([['1.', '2.[(a) (b)]']]);
  });

  it('stay a list of their own after the last item when nothing announces them, or when they do not start at the first letter', () => {
    expect([
      nested('1. The pilots were paid.\n\n2. Two boats were bought.\n\n(a) the launch came in May;\n\n(b) the tender came in June.\n'),
      nested('1. The dues are these:\n\n(b) for a steamer, ten shillings;\n\n(c) for a sailing ship, five shillings.\n\n2. The fees are paid to the clerk.\n'),
    ]).toEqual([[['1.', '2.'], ['(a)', '(b)']], [['(b)', '(c)']]]);
  });
});

describe('a paragraph label with a full stop after a letter', () => {
  /** The lists of the document, each entry's label and what its item holds (`[…]` a list inside it). */
  const labelsOf = (text: string) => outline(convertText(text, { file: 'l.txt' }).transcript!.documents[0]!).slice(2);

  it('opens an item of its own (`b.`), so lettered items after a colon are not joined to the paragraph as if it went on', () => {
    expect(labelsOf('1. The pilots found:\n\na. the north light out;\n\nb. the south light dim.\n\n2. Both were mended.\n')).toEqual(['list numbered: 1. 2.']);
  });

  it('is no label when a number follows it (`p. 4`): such a line goes on with the paragraph before', () => {
    // (One paragraph; whether a page turns between its blocks is the page model's to say.)
    expect(labelsOf('The figures for the winter are given in the report of the board, at\n\np. 4 of the second part, with the dues.\n').filter((p) => p.startsWith('p') || p.startsWith('list')).length).toEqual(1);
  });
});

describe('participants', () => {
  it('become a list of participants after the opener, one a line, headed by their label', () => {
    const t = convertText('MEMORANDUM OF CONVERSATION\n\nSUBJECT: Harbour dues\n\nPARTICIPANTS: The Harbour Master\n    Mr. A. Lowe, Port Office\n    Mrs. B. Dorn, Pilots\n\nThe dues were lowered for the winter months of the year by the board.\n', { file: 'm.txt' });
    expect(outline(t.transcript!.documents[0]!)).toEqual([
      'memorandum', 'pb 1?', 'head: MEMORANDUM OF CONVERSATION', 'opener(subject=Harbour dues)', 'list participants:   ', 'p: The dues were lowered fo',
    ]);
    expect(/<list[^]*<\/list>/u.exec(t.xml!)![0].split('\n').map((l) => l.replace(/^[ ]+/u, ''))).toEqual([
      '<list type="participants">', '<head>PARTICIPANTS:</head>', '<item><p>The Harbour Master</p></item>', '<item><p>Mr. A. Lowe, Port Office</p></item>', '<item><p>Mrs. B. Dorn, Pilots</p></item>', '</list>',
    ]);
  });
});

describe('participants with more header fields after them', () => {
  const MEETING = (field: string) => `RECORD OF A MEETING\n\nDATE: June 4, 1961\n${field}\nSUBJECT: The new pilot station\n\nThe board agreed that the station should be built on the north mole before the winter.\n`;
  const openerOf = (text: string) => outline(convertText(text, { file: 'm.txt' }).transcript!.documents[0]!).find((p) => p.startsWith('opener'));

  it('stay in the opener with the fields, the participants a list inside their field', () => {
    expect(openerOf(MEETING('PARTICIPANTS: Capt. Ida Berg, Harbour Master\n              Mr. Olaf Lind, Engineer'))).toEqual('opener(date=June 4, 1961 | participants=[Capt. Ida Berg, Harbour Master / Mr. Olaf Lind, Engineer] | subject=The new pilot station)');
  });

  it('leave a field of another type over two lines a value of lines, not a list', () => {
    expect(openerOf(MEETING('TO: Capt. Ida Berg, Harbour Master\n              Mr. Olaf Lind, Engineer'))).toEqual('opener(date=June 4, 1961 | to=Capt. Ida Berg, Harbour Master Mr. Olaf Lind, Engineer | subject=The new pilot station)');
  });
});

describe('form pages', () => {
  const FORM = 'RECORD ID : 55-1234\nOFFICE :\nORIGIN :\nTITLE : Dues\nPAGES : 2\nSTATUS :\n\nPort Office\nHarbour Board\nOpen\n\nREVIEWED : 1999\nBOX NUMBER : 7\n';

  it('become a form list of labels and values, a later value pointing at its label without moving', () => {
    const xml = convertText(FORM, { file: 'f.txt' }).xml!;
    const list = /<list type="form">[^]*?<\/list>/u.exec(xml)![0].split('\n').map((l) => l.replace(/^[ ]+/u, ''));
    expect(list).toEqual([
      '<list type="form">',
      '<label>RECORD ID :</label>', '<item><p>55-1234</p></item>',
      '<label xml:id="form1-1">OFFICE :</label>', '<item/>',
      '<label xml:id="form1-2">ORIGIN :</label>', '<item/>',
      '<label>TITLE :</label>', '<item><p>Dues</p></item>',
      '<label>PAGES :</label>', '<item><p>2</p></item>',
      '<label xml:id="form1-3">STATUS :</label>', '<item/>',
      '<label/>', '<item corresp="#form1-1"><p>Port Office</p></item>',
      '<label/>', '<item corresp="#form1-2"><p>Harbour Board</p></item>',
      '<label/>', '<item corresp="#form1-3"><p>Open</p></item>',
      '<label>REVIEWED :</label>', '<item><p>1999</p></item>',
      '<label>BOX NUMBER :</label>', '<item><p>7</p></item>',
      '</list>',
    ]);
  });

  it('leaves a cable header of known fields in the opener, not a form', () => {
    const cable = 'TO: DIRECTOR\nFROM: STATION\nINFO: FILE\nSUBJECT: Harbour dues\nREF: A. 1234\nACTION: NONE\nDATE: 5 May 1958\nPRECEDENCE: ROUTINE\n\n1. THE HARBOUR DUES WERE LOWERED FOR THE WINTER MONTHS BY THE BOARD OF THE PORT.\n';
    expect(convertText(cable, { file: 'c.txt' }).xml!.includes('<list type="form">')).toBe(false);
  });
});
