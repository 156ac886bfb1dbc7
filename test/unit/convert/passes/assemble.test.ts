import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/convert/index.js';
import { LineIndex } from '../../../../src/ir/position.js';
import type { Diagnostic } from '../../../../src/diagnostics/diagnostic.js';
import type { Decision } from '../../../../src/ir/nodes.js';
import { documentOpening, pageDecisions } from '../../../../src/convert/pages/page-decisions.js';
import { assembleDocument } from '../../../../src/convert/structure/assemble.js';
import { inlineOf, type StructureContext } from '../../../../src/convert/structure/context.js';
import { documentContexts } from '../../../../src/convert/structure/document-evidence.js';
import { kindCues } from '../../../../src/convert/structure/kind-cues.js';
import { placeEntries } from '../../../../src/convert/structure/place-items.js';
import { outline } from '../outline.js';
import { profile } from './helpers.js';
import { placedOf, walked } from './steps-helpers.js';

/** The first document of a transcript through placement, page decisions and assembly (no zones pass, no kind). */
function assembled(text: string, release = false) {
  const w = walked(text);
  const diagnostics: string[] = [];
  const decisions: Decision[] = [];
  const ctx: StructureContext = { profile, index: new LineIndex(text), report: (rule: Diagnostic['rule'], pos: { line: number }, message: string) => diagnostics.push(`${pos.line} ${rule}: ${message}`), decisions, applied: new Set() };
  const context = documentContexts(w.items, () => false, { profile })[0]!;
  const placed = placeEntries(w.docs[0]!.entries, profile);
  const pages = pageDecisions(placed, w.plan, { page: 1, fresh: true, empty: false });
  const pos = w.items[0]!.pos;
  const built = assembleDocument(placed, pages, { ctx, n: 1, pos, opening: documentOpening(pos).parts, read: (c, phrases = true) => inlineOf(ctx, c, context, phrases ? {} : { phrases: false }), release });
  return { ...built, placed, outline: outline(built.doc), decisions: decisions.map((d) => `${d.line} ${d.what} [${d.rule}]`), diagnostics, applied: [...ctx.applied] };
}

describe('the assembly', () => {
  it('takes each placed step out once its nodes are made when asked to release them, and builds the same document', () => {
    const text = 'Dear Anna,\n\nThe parcel came on Monday and we opened it at once with great joy, and\n\n- 2 -\n\nthe children ate the cake before supper.\n\nYours ever,\n\nTom\n';
    const kept = assembled(text);
    const released = assembled(text, true);
    expect(kept.placed.every((p) => p !== undefined)).toBe(true);
    expect(kept.placed.length).toBeGreaterThan(3);
    expect(released.placed).toEqual(kept.placed.map(() => undefined));
    expect([released.outline, released.decisions]).toEqual([kept.outline, kept.decisions]);
  });

  it('joins a paragraph across a page number, the page break inside it, and records each decision in source order', () => {
    const a = assembled('Dear Anna,\n\nThe parcel came on Monday and we opened it at once with great joy, and\n\n- 2 -\n\nthe children ate the cake before supper.\n\nYours ever,\n\nTom\n');
    expect([a.outline, a.decisions]).toEqual([
      ['document', 'pb 1?', 'opener(salute: Dear Anna,)', 'p: [pb 2]The parcel came on Monda', 'closer(salute: Yours ever, | signed: Tom)'],
      ['1 salutation [salutation/profile]', '5 pb n=2 [page-break/printed-number]', '5 pageNum [page-number/dashes]', '9 closer salute [closing/profile]', '11 signed [text]'],
    ]);
  });

  it('renumbers the opening page break from the first page\'s printed number instead of adding a second one', () => {
    const a = assembled('- 3 -\n\nThe board met on Monday and talked at length about the dues of the port.\n\n\f\nThe pilots asked for lower dues in the winter months of the year.\n');
    expect([a.outline, a.applied]).toEqual([['document', 'pb 3', 'fw pageNum@top 3: - 3 -', 'p: The board met on Monday ', 'pb 4?', 'p: The pilots asked for low'], ['inferred-page']]);
  });

  it('keeps a split run\'s foot in the document it ends and hands its head, from the page break on, to the next', () => {
    const memo = (subject: string, by: string) => `MEMORANDUM FOR THE FILE\n\nSUBJECT: ${subject}\n\nThe board met and talked at length about the winter dues and the pilots of the port.\n\n${by}\n`;
    const a = assembled(`${memo('Harbour dues', '/s/ A. Becker')}\nQX 40112 RecId:88120045 Page 1\n\n- 2 -\n\n${memo('Pilot fees', '/s/ C. Dorn')}`);
    expect([a.outline.slice(-2), a.tail.map((m) => (m.type === 'pb' ? `pb ${m.n}` : m.type))]).toEqual([['closer(signed: /s/ A. Becker)', 'fw archival-citation@bottom: QX 40112 RecId:88120045 Page 1'], ['pb 2', 'fw']]);
  });

  it('says so when it places an inferred page break inside a paragraph', () => {
    const a = assembled('The first paragraph is complete in itself and ends well.\n\nThe second one runs on over the turn of the page and is not\n\nfinished until here, on the next page.\n');
    expect([a.outline, a.diagnostics]).toEqual([
      ['document', 'pb 1?', 'p: The first paragraph is c', 'p: [pb 2?]The second one runs on o'],
      ['5 convert/inferred-page: The paragraph resumes in lower case; a page break (page 2, number inferred) was placed inside it.'],
    ]);
  });
});

describe('the cues of a document\'s kind', () => {
  const cuesOf = (text: string) => placedOf(text).docs.map(kindCues);

  it('come from a salutation in the opener, memo fields and a heading naming a kind, in source order', () => {
    expect([cuesOf('Dear Anna,\n\nThe parcel came on Monday and we opened it at once.\n'), cuesOf('MEMORANDUM\n\nTO: The Board\n\nThe dues were lowered for the winter months of the year.\n')]).toEqual([
      [[{ kind: 'letter', cue: 'salute' }]],
      [[{ kind: 'memorandum', cue: 'heading' }, { kind: 'memorandum', cue: 'memo-field' }]],
    ]);
  });

  it('do not come from a salutation the placement put in a closer, or from a heading that names no kind', () => {
    expect([cuesOf('The parcel came on Monday and we opened it at once with great joy.\n\nDear Anna,\n'), cuesOf('HARBOUR DUES\n\nThe dues were lowered for the winter months of the year.\n')]).toEqual([[[]], [[]]]);
  });
});

describe('the date of a document', () => {
  const MEMO = (date: string) => `MEMORANDUM FOR THE RECORD\n\n${date}\n\nThe buoys of the outer bar were checked and found sound by the pilots of the port.\n\nK. Varden\n`;
  const dated = (date: string) => {
    const r = convertText(MEMO(date), { file: 'd.txt' });
    return [r.transcript!.documents[0]!.date, /<dateline><date when="([^"]*)"/u.exec(r.xml!)?.[1]];
  };

  it('is its dateline\'s date when that has a year', () => {
    expect([dated('Jan. 14, 1963'), dated('14 January 1963')]).toEqual([['1963-01-14', '1963-01-14'], ['1963-01-14', '1963-01-14']]);
  });

  it('is none when its dateline has a month and day but no year, which its date element still keeps', () => {
    expect([dated('Jan. 14'), dated('14 January')]).toEqual([[undefined, '--01-14'], [undefined, '--01-14']]);
  });
});
