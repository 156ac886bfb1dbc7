import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../../src/ir/nodes.js';
import type { Line } from '../../../../src/convert/scan-lines.js';
import { fieldKindCue, fieldNode, fieldValueLines, footnoteNode } from '../../../../src/convert/structure/item-nodes.js';
import { itemsOf } from './helpers.js';
import { text } from '../outline.js';

/** Reads lines as plain text nodes (the inline pass is not under test here). */
const read = (lines: readonly Line[]): Inline[] => lines.map((l) => ({ type: 'text', value: l.text, offset: l.pos.offset }));
const valueOf = (source: string) => {
  const [item, next] = itemsOf(source);
  const v = fieldValueLines(item!, next);
  return [v.lines.map((l) => l.text), v.consumed];
};

describe('the nodes of header fields and footnotes', () => {
  it('take a value from the label line, or from the short block under a label standing alone', () => {
    expect([valueOf('SUBJECT: Harbour dues\n'), valueOf('SUBJECT:\n\nHarbour dues\nfor the winter\n')]).toEqual([[['Harbour dues'], 0], [['Harbour dues', 'for the winter'], 1]]);
  });

  it('take no paragraph of four lines or more, nor a salutation, as the value of a label standing alone', () => {
    expect([valueOf('SUBJECT:\n\nOne\nTwo\nThree\nFour\n'), valueOf('SUBJECT:\n\nDear Sir:\n')]).toEqual([[[], 0], [[], 0]]);
  });

  it('keep the printed label apart from the value, and name the field by its type', () => {
    const [item] = itemsOf('SUBJECT: Harbour dues\n');
    const f = fieldNode(item!, fieldValueLines(item!, undefined).lines, read);
    expect([f.fieldType, text(f.label), text(f.value)]).toEqual(['subject', 'SUBJECT:', 'Harbour dues']);
  });

  it("say a memorandum's TO, FROM and SUBJECT make it one, and other fields say nothing", () => {
    const [to, ref] = itemsOf('TO: The Board\n\nREF: Harbour 42\n');
    expect([fieldKindCue(to!, 'to'), fieldKindCue(ref!, 'ref')]).toEqual([{ kind: 'memorandum', cue: 'memo-field' }, undefined]);
  });

  it('keep a footnote number as its label, its brackets outside it, then its text', () => {
    const [note] = itemsOf('[3] See the harbour survey of 1958.\n');
    const n = footnoteNode(note!, read);
    expect([note!.kind, n.attrs, n.children.map((c) => ('children' in c ? `label:${text(c.children)}` : text([c])))]).toEqual([
      'footnote', { type: 'footnote', place: 'foot', n: '3' }, ['label:3', ' ', 'See the harbour survey of 1958.'],
    ]);
  });
});
