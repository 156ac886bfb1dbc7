/**
 * Reading a bag's tag files: `bagit.txt` (strict: its two lines are fixed by RFC 8493 §2.1.1),
 * the character encoding it declares for the other tag files, and `bag-info.txt` (label: value
 * lines, continuation lines indented, labels repeatable and compared case-insensitively).
 */
import { tagLines } from './manifest.js';

/** What `bagit.txt` declares. */
export interface Declared { major: number; minor: number; encoding: string }

/** The declaration in `bagit.txt`, or the reason it is not a valid one (with a best guess, to check the rest). */
export type BagDeclaration = ({ ok: true } & Declared) | { ok: false; line: number; reason: string; guess: Declared };

const VERSION_LINE = /^BagIt-Version: ([0-9]+)\.([0-9]+)$/u;
const ENCODING_LINE = /^Tag-File-Character-Encoding: ([^ \t].*)$/u;

/** Reads `bagit.txt` (always UTF-8, no byte order mark). */
export function parseBagitTxt(bytes: Uint8Array): BagDeclaration {
  const text = new TextDecoder('utf-8').decode(bytes);
  const guess = guessDeclaration(text);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { ok: false, line: 1, reason: 'bagit.txt begins with a byte order mark, which BagIt forbids', guess };
  if (text.includes('\uFFFD')) return { ok: false, line: 1, reason: 'bagit.txt is not UTF-8', guess };
  const [first, second] = tagLines(text);
  const v = VERSION_LINE.exec(first ?? '');
  if (!v) return { ok: false, line: 1, reason: `The first line of bagit.txt must be "BagIt-Version: M.N", not "${first ?? ''}"`, guess };
  const e = ENCODING_LINE.exec(second ?? '');
  if (!e) return { ok: false, line: 2, reason: `The second line of bagit.txt must be "Tag-File-Character-Encoding: ENCODING", not "${second ?? ''}"`, guess };
  return { ok: true, major: Number(v[1]), minor: Number(v[2]), encoding: e[1] ?? 'UTF-8' };
}

/** A lenient reading of a malformed bagit.txt, so that the rest of the bag can still be checked. */
function guessDeclaration(text: string): Declared {
  const v = /BagIt-Version[ \t]*:[ \t]*([0-9]*)\.([0-9]+)/u.exec(text);
  const e = /Tag-File-Character-Encoding[ \t]*:[ \t]*([^ \t\r\n]+)/u.exec(text);
  return { major: Number(v?.[1] || 0), minor: Number(v?.[2] ?? 97), encoding: e?.[1] ?? 'UTF-8' };
}

/** Decodes a tag file in the declared encoding (a byte order mark picks the UTF-16 byte order); undefined when the encoding is unknown or the bytes do not fit it. */
export function decodeTagFile(bytes: Uint8Array, encoding: string): string | undefined {
  let label = encoding.toLowerCase();
  if (label === 'utf-16') label = bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-16le';
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** One `Label: value` element of bag-info.txt. */
export interface BagInfoElement {
  readonly label: string;
  readonly value: string;
  readonly line: number;
}

const ELEMENT = /^([^ \t:][^:]*?)[ \t]*:[ \t]*(.*)$/u;

/** Parses bag-info.txt; lines that are neither an element nor a continuation are returned as problems. */
export function parseBagInfo(text: string): { elements: BagInfoElement[]; problems: number[] } {
  const elements: BagInfoElement[] = [];
  const problems: number[] = [];
  tagLines(text).forEach((raw, i) => {
    const last = elements.at(-1);
    if (/^[ \t]/u.test(raw) && last) return void (elements[elements.length - 1] = { ...last, value: `${last.value} ${raw.replace(/^[ \t]+/u, '')}` });
    const m = ELEMENT.exec(raw);
    if (m) elements.push({ label: m[1] ?? '', value: m[2] ?? '', line: i + 1 });
    else if (!/^[ \t]*$/u.test(raw)) problems.push(i + 1);
  });
  return { elements, problems };
}

/** The first value of a label (case-insensitive), with its line. */
export function infoValue(elements: readonly BagInfoElement[], label: string): BagInfoElement | undefined {
  return elements.find((e) => e.label.toLowerCase() === label.toLowerCase());
}

/** Writes bag-info.txt: one `Label: value` line per element (values are single-line). */
export function bagInfoText(elements: readonly (readonly [string, string])[]): string {
  return elements.map(([k, v]) => `${k}: ${v.replace(/[\r\n]+/gu, ' ')}\n`).join('');
}

/** The bagit.txt teipress writes (BagIt 1.0, UTF-8 tag files). */
export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
