/**
 * Headings inside a block: OCR often leaves no blank line around a heading, so a heading can
 * stand in the middle of a block of text or debris. Two kinds of line are headings there:
 * a line that opens with a document kind (`MEMORANDUM FOR THE RECORD`), and a lettered or
 * numbered section title in capitals over mixed-case prose (`B. COSTS`). Neither splits a
 * block of capitals (a cable's text), where every line looks like a heading.
 */
import type { LineMatch } from '../recognizers/index.js';
import { shapeOf } from '../recognizers/shape.js';
import type { Line } from '../scan-lines.js';
import { openingKind } from '../recognizers/heading-kind.js';
import type { ConvertMemo } from '../memo.js';

/** A section label and a short title: `A. TASKS`, `IV. PLANS`, `2. BACKGROUND`. */
const SECTION_TITLE = /^(?:\p{Lu}|[IVXL]{1,5}|\d{1,2})\.[ \t]+\p{Lu}[\p{Lu}\p{N} &,'’/-]*$/u;

/** A line of text in capitals, three words or more: the block is a cable's text, not prose with a heading. */
function capitalsText(line: Line | undefined, m: LineMatch | undefined): boolean {
  if (!line || m?.kind === 'field') return false;
  const s = shapeOf(line.text);
  return s.words >= 3 && s.upper >= 0.9;
}

/** The line is mixed-case prose (it has a lower-case word of three letters or more). */
function prose(line: Line | undefined): boolean {
  return line !== undefined && /(?:^|[ \t])\p{Ll}{3,}/u.test(line.text);
}

/**
 * A kind word printed in capitals that stands as a phrase of its own at the line's start
 * (`AIRTEL,`, `TELEGRAM |`): OCR debris may follow it on the line, but no sentence does.
 */
const KIND_WORD_ALONE = /^[^\p{L}]{0,2}(\p{Lu}{4,})(?:[ \t]*[,;:|/]|[ \t]*$)/u;

/** The line opens with a document kind word in capitals standing alone, and the next line does not continue it in lower case. */
function kindWordAlone(lines: readonly Line[], i: number, documentKinds: Readonly<Record<string, string>>, memo: ConvertMemo | undefined): boolean {
  const word = KIND_WORD_ALONE.exec(lines[i]!.text)?.[1];
  const next = lines[i + 1]?.text ?? '';
  return word !== undefined && openingKind(word, documentKinds, memo) !== undefined && !/^[ \t]*\p{Ll}/u.test(next);
}

/** True when line `i` of a block is a heading of its own, though other lines of the block surround it. */
export function headingInBlock(lines: readonly Line[], kinds: readonly LineMatch[], i: number, documentKinds: Readonly<Record<string, string>>, memo?: ConvertMemo): boolean {
  const m = kinds[i]!;
  if (m.kind !== 'heading' || i === 0) return false;
  if (capitalsText(lines[i - 1], kinds[i - 1]) || capitalsText(lines[i + 1], kinds[i + 1])) return false;
  if (m.rule === 'heading/capitals' && openingKind(lines[i]!.text, documentKinds, memo) !== undefined) return true;
  if (m.rule === 'heading/document-kind' && kindWordAlone(lines, i, documentKinds, memo)) return true;
  return SECTION_TITLE.test(lines[i]!.text) && shapeOf(lines[i]!.text).words <= 5 && prose(lines[i + 1]);
}
