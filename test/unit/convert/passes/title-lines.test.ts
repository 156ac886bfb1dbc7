import { describe, expect, it } from 'vitest';
import { debrisAboveTitle, titleLines, titleShaped } from '../../../../src/convert/structure/title-lines.js';
import { ENGLISH_TITLE_WORDS } from '../../../../src/profiles/defaults.js';
import { convertText } from '../../../../src/convert/index.js';
import { itemsOf, profile } from './helpers.js';
import { outline } from '../outline.js';

const titlesOf = (text: string, p = profile) => [...titleLines(itemsOf(text), p)].map((it) => it.lines[0]!.text);
const english = new Set(ENGLISH_TITLE_WORDS);
const shaped = (text: string) => titleShaped(text, english);
const outlineOf = (text: string) => convertText(text, { file: 't.txt' }).transcript!.documents.map(outline);

describe('the form of a title in mixed case', () => {
  it('is capitalised words joined by short lower-case words', () => {
    expect(['Grain Shipments to the Baltic Ports', 'The Outlook for Coal in the Northern Mines', "Minister Varga's Journey to Lisbon and Rome"].map(shaped)).toEqual([true, true, true]);
  });

  it('is no name, office with its place, sentence, label, heading in capitals, nor line that ends on a small word', () => {
    expect(['Harbour Master', 'Chief, Marine Section', 'The pilots met the Board.', 'Terms of Reference:', 'GRAIN SHIPMENTS TO THE PORTS', 'Shipments of Grain to', 'Ellen Marsh Harbour Master', 'the Board of Trade and Pilots'].map(shaped)).toEqual([false, false, false, false, false, false, false, false]);
  });
});

describe('the title pass', () => {
  it("joins a title's words by the profile's lower-case title words, not by English ones alone", () => {
    const text = '12 May 1961\n\nDie Lage der Häfen an der Ostsee\n\nThe ships that left in April carried less grain than in any spring since the war, and\nthe mills have asked for more.\n';
    const german = { ...profile, titleWords: ['der', 'die', 'das', 'an', 'und', 'zu', 'von'] };
    expect([titlesOf(text), titlesOf(text, german)]).toEqual([[], ['Die Lage der Häfen an der Ostsee']]);
  });

  it('takes a title line standing alone over prose', () => {
    const text = '12 May 1961\n\nGrain Shipments to the Baltic Ports\n\nThe ships that left in April carried less grain than in any spring since the war, and\nthe mills have asked for more.\n';
    expect(titlesOf(text)).toEqual(['Grain Shipments to the Baltic Ports']);
  });

  it('leaves a line of a letterhead, an office under a signature, and a line inside an unfinished paragraph', () => {
    const letterhead = 'Office of the Harbour Master\nQuay Road\nAldport\n\nDear Sir:\n\nThe schedule of fees for the coming year is enclosed with this letter for\nyour comments.\n';
    const office = 'The Board approved the schedule of fees for the coming year at its meeting.\n\nEllen Marsh\n\nOffice of the Harbour Master\n';
    const inside = 'The ships that left in April carried less grain than in any spring since the\n\nMills of the Upper Valley and the Ports\n\nThe mills have asked for more grain in the summer, as they did in the past.\n';
    expect([titlesOf(letterhead), titlesOf(office), titlesOf(inside)]).toEqual([[], [], []]);
  });

  it('makes residue above the first title unclassified furniture, but not prose or an address above a salutation', () => {
    const items = itemsOf('No. 8812 6\nKD Bo eTS\n\nGrain Shipments to the Baltic Ports\n\nThe ships that left in April carried less grain than in any spring since the war, and\nthe mills have asked for more.\n');
    const prose = itemsOf('The mills have asked for more grain.\n\nGrain Shipments to the Baltic Ports\n\nThe ships that left in April carried less grain than in any spring since the war, and\nthe mills have asked for more.\n');
    const debris = (its: typeof items) => [...debrisAboveTitle(its, titleLines(its, profile))].map((it) => it.lines[0]!.text);
    expect([debris(items), debris(prose)]).toEqual([['No. 8812 6'], []]);
  });

  it('heads a report with its title after its date and residue, and marks a section title in the body', () => {
    const text = '3 June 1961\n\nNo. 8812 6\nKD Bo eTS\n\nGrain Shipments to the Baltic Ports\n\n1. The ships that left in April carried less grain than in any spring since the war, and\nthe mills have asked for more.\n\nThe Outlook for the Autumn Harvest\n\n2. The harvest is expected to be late, and the ports will wait for it until October.\n';
    expect(outlineOf(text)).toEqual([[
      'document 1961-06-03', 'pb 1?', 'opener(dateline: 3 June 1961)', 'fw unclassified: No. 8812 6 KD Bo eTS', 'head: Grain Shipments to the Baltic Ports',
      'p: 1. The ships that left i', 'ab heading: The Outlook for the Autumn Harvest', 'p: 2. The harvest is expect',
    ]]);
  });
});
