import type { EditorialNote, Field, Inline } from '../../ir/nodes.js';
import type { Line } from '../scan-lines.js';
import { trimEdges } from '../white-space.js';
import { subLine } from './context.js';
import type { KindCue } from './document-kind.js';
import { wrapsIntoBlock } from './field-continuation.js';
import { IN_BLOCK, type Item } from './items.js';

/** Reads lines as inline content; `phrases: false` reads dates only (a label, furniture). */
export type ReadInline = (lines: readonly Line[], phrases?: boolean) => Inline[];

/** Kinds of block a header field's value may go on into (a value wrapped onto the next block). */
const VALUE_KINDS: ReadonlySet<string> = new Set(['text', 'heading', 'unclassified']);
/** Fields that make a memorandum of a document that says nothing else of its kind. */
const MEMO_FIELDS: ReadonlySet<string> = new Set(['to', 'from', 'subject']);

/**
 * The lines of a header field's value: the rest of its line and its further lines, and the
 * next block when the value wraps into it or the label stands alone (`SUBJECT:` over its
 * value), if that block is short. Returns them with the number of items taken from after it.
 * Pure.
 */
export function fieldValueLines(item: Item, next: Item | undefined): { readonly lines: Line[]; readonly consumed: number } {
  const line = item.lines[0]!;
  const cut = item.match.labelLength ?? 0;
  const lines = [...(trimEdges(line.text.slice(cut)) ? [subLine(line, cut)] : []), ...item.lines.slice(1)];
  const wraps = next?.kind === 'text' && next.match.rule !== IN_BLOCK && wrapsIntoBlock(lines, next.lines);
  if ((wraps || !lines.length) && next && next.lines.length <= 3 && VALUE_KINDS.has(next.kind)) return { lines: [...lines, ...next.lines], consumed: 1 };
  return { lines, consumed: 0 };
}

/** A header field node: its printed label (dates only) and its value. */
export function fieldNode(item: Item, valueLines: readonly Line[], read: ReadInline): Field {
  const line = item.lines[0]!;
  const label = read([subLine(line, 0, item.match.labelLength ?? 0)], false);
  return { type: 'field', fieldType: item.match.value ?? 'field', label, value: read(valueLines), pos: item.pos };
}

/** What a header field says of the document's kind: a telegram's line, a memorandum's TO/FROM/SUBJECT. */
export function fieldKindCue(item: Item, fieldType: string): KindCue | undefined {
  if (item.match.rule === 'field/telegram-line') return { kind: 'telegram', cue: 'telegram-line' };
  return MEMO_FIELDS.has(fieldType) ? { kind: 'memorandum', cue: 'memo-field' } : undefined;
}

/** `<note type="footnote" place="foot" n="1">`: its number kept as a label (brackets outside it), then its text. */
export function footnoteNode(it: Item, read: ReadInline): EditorialNote {
  const first = it.lines[0]!;
  const cut = it.match.labelLength ?? 0;
  const bracketed = first.text.startsWith('[');
  const label = read([subLine(first, bracketed ? 1 : 0, bracketed ? cut - 1 : cut)], false);
  const rest = read([subLine(first, cut), ...it.lines.slice(1)]);
  return { type: 'note', children: [{ type: 'label', children: label, pos: first.pos }, { type: 'text', value: ' ', pos: first.pos }, ...rest], pos: it.pos, attrs: { type: 'footnote', place: 'foot', n: it.match.value ?? '' } };
}
