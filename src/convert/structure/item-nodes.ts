import type { Address, CloserItem, DocPart, EditorialNote, Field, Inline } from '../../ir/nodes.js';
import type { Line } from '../scan-lines.js';
import { trimEdges } from '../white-space.js';
import { subLine } from './context.js';
import type { KindCue } from './document-kind.js';
import { wrapsIntoBlock } from './field-continuation.js';
import { IN_BLOCK, type Item } from './items.js';
import { backLineType } from './back-matter.js';
import type { Role } from './steps.js';

/** Reads lines as inline content; `phrases: false` reads dates only (a label, furniture); `dateline` reads a dateline's place, zone and time. */
export type ReadInline = (lines: readonly Line[], phrases?: boolean, dateline?: boolean) => Inline[];

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
  return { type: 'note', children: [{ type: 'label', children: label, offset: first.pos.offset }, { type: 'text', value: ' ', offset: first.pos.offset }, ...rest], pos: it.pos, attrs: { type: 'footnote', place: 'foot', n: it.match.value ?? '' } };
}

/** A block's lines as an address: one line each. */
export function addressNode(item: Item, read: ReadInline): Address {
  return { type: 'address', lines: item.lines.map((l) => ({ children: read([l]), pos: l.pos })), pos: item.pos };
}

/**
 * The node of a content item in its role (see `Role`): a node of the opener or closer, or a
 * part of the body. An editorial note that is one note stays that note; in the body it is a
 * paragraph. Pure but for what `read` reports.
 */
export function blockNode(item: Item, role: Role, value: readonly Line[] | undefined, read: ReadInline, inBody: boolean): CloserItem | DocPart {
  const pos = item.pos;
  switch (role) {
    case 'head': return { type: 'head', children: read(item.lines), pos };
    case 'ab': return { type: 'ab', abType: 'heading', children: read(item.lines), pos };
    case 'signed': return { type: 'signed', children: read(item.lines), pos };
    case 'debris': case 'residue': return { type: 'fw', kind: 'unclassified', children: read(item.lines, false), pos };
    case 'closer-address': case 'inside-address': return addressNode(item, read);
    case 'dateline': return { type: 'dateline', children: read(item.lines, true, true), pos };
    case 'field': return fieldNode(item, value ?? [], read);
    case 'caveat': return { type: 'field', fieldType: 'handling', label: [], value: read(item.lines, false), pos };
    case 'back': return { type: 'field', fieldType: backLineType(item) ?? 'back', label: [], value: read(item.lines, false), pos };
    case 'note': return noteNode(item, read(item.lines), inBody);
    default: return { type: role === 'dateline-p' ? 'p' : 'salute', children: read(item.lines), pos };
  }
}

function noteNode(item: Item, children: Inline[], inBody: boolean): EditorialNote | DocPart {
  if (inBody) return { type: 'p', children, pos: item.pos };
  return children.length === 1 && children[0]!.type === 'note' ? (children[0] as EditorialNote) : { type: 'note', children, pos: item.pos };
}
