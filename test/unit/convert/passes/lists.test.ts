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
