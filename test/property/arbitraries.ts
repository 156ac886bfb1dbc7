/**
 * fast-check arbitraries for transcripts, and the tests' own oracle: each token knows the
 * text it must leave in the TEI (the README's convention syntax: markers dropped, for gaps
 * only the brackets, for keyword forms like `[deleted: x]` the keyword too).
 */
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';

/** A piece of a line: what is written in the transcript and what must survive in the TEI. */
export interface Token { readonly src: string; readonly kept: string }

/** Characters that take part in the convention markers; free text never holds them. */
export const MARKER_CHARS = /[[\]~^{}+?\u0336]/gu;

const plain = (s: string): Token => ({ src: s, kept: s });

const WORDS = ['the', 'letter', 'Cuba', 'October', 'twenty-seventh', 'weapons', 'Mr.', 'Chairman', 'agreement', 'offensive', "it's", 'page', 'SECRET', 'JFK,', '11/3/62', '1962/11/05', '(S)', 'Page', '-', '2', 'No.', 'CH', '855'];
const SPECIAL = ['&', '<', '>', '"', "'", '&amp;', '<p>', ']]>', '&#x41;', '-->'];
const UNICODE = ['é', 'ç', 'ß', 'Ł', '東京', '北京', 'Привет', 'مرحبا', 'שלום', '😀', '𝔄', '🇺🇳', 'ﬁ', '\u200d', 'e\u0301', '—', '…', '\u00a0'];
const CONTROL = ['\u0001', '\u0007', '\u000b', '\u001b', '\u001f', '\t', '\f'];

/** A word of free text (never a marker character). */
const wordArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 1, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).map((s) => s.replace(MARKER_CHARS, '').replace(/\s/gu, '') || 'x') },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 4 }).map((s) => s.replace(MARKER_CHARS, '').replace(/\s/gu, '') || 'y') },
);

/** A word of convention content: letters only, so no marker forms inside it. */
const inner = fc.constantFrom('word', 'Cuba', 'the list', 'bombers', 'Genève', '東京', '𝔄x');

/** Balanced convention constructs with the text they leave. */
const conventionArb: fc.Arbitrary<Token> = fc.oneof(
  inner.map((w) => ({ src: `~~${w}~~`, kept: w })),
  inner.map((w) => ({ src: `{+${w}+}`, kept: w })),
  inner.map((w) => ({ src: `^${w}^`, kept: w })),
  inner.map((w) => ({ src: `[?${w}?]`, kept: w })),
  inner.map((w) => ({ src: `[deleted: ${w}]`, kept: w })),
  inner.map((w) => ({ src: `[added: ${w}]`, kept: w })),
  inner.map((w) => ({ src: `[unclear: ${w}]`, kept: w })),
  fc.constantFrom('[illegible]', '[redacted]', '[illegible: 2 words]', '[redacted: 1 line]').map((s) => ({ src: s, kept: s.slice(1, -1) })),
  inner.map((w) => ({ src: `[${w}]`, kept: w })),
  inner.map((w) => ({ src: `[note: ${w}]`, kept: `note: ${w}` })),
  fc.constantFrom('struck', 'Cuba').map((w) => ({ src: [...w].map((c) => `${c}\u0336`).join(''), kept: w })),
  // `[sic]` is a documented marker: the word before it stays, the marker goes; a correction stays too.
  inner.map((w) => ({ src: `${w} [sic]`, kept: w })),
  fc.tuple(inner, inner).map(([w, c]) => ({ src: `${w} [sic: ${c}]`, kept: `${w}${c}` })),
);

/** OCR-like damage of a word: doubled punctuation, digits for letters. */
const ocrArb = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom('.', ',', "'", '0', '1', '|', '/')).map(([w, c]) => `${w.slice(0, 2)}${c}${w.slice(2)}`);

/** A token of running text. */
export const tokenArb = (conventions: boolean): fc.Arbitrary<Token> => fc.oneof(
  { weight: 8, arbitrary: wordArb.map(plain) },
  { weight: 1, arbitrary: ocrArb.map(plain) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL).map((c) => ({ src: c, kept: c })) },
  { weight: conventions ? 2 : 0, arbitrary: conventionArb },
);

const FURNITURE = ['- 2 -', '-3-', 'Page 4', 'Page 2 of 7', '[p. 5]', '6.', 'TOP SECRET', 'SECRET', 'CONFIDENTIAL', 'EYES ONLY STEVENSON AND McCLOY', 'NOFORN',
  'DECLASSIFIED Authority NND 959000', 'Approved For Release 2003/04/25 : CIA-RDP80B01676R000900030047-2', 'SANITIZED COPY', '"Declassified for Publication in Foreign Relations of the United States"',
  'JFK, NSF USSR, Subjects Khrushchev Correspondence (Cuba) Vol.I-C, 11/3/62-11/16/62', 'JFK, NSF USSR, Subjects Khushcher Orrosporalnee (Cuta) Vol.I-C, 11/3/62-11/16/62', 'C4.854', 'CH 855', 'Ch-85K',
  'DRAFT TELEGRAM', 'To: USUN', 'To:', 'USUN', 'From: Department of State', 'Subject: Offensive weapons', 'Ref: Yourtel 1606', 'November 5, 1962', '1962/11/05', '01067',
  'Dear Mr. Chairman:', 'Sir:', 'Respectfully,', 'Sincerely yours,', '-JFK', '[initials]', 'His Excellency', 'Nikita S. Khrushchev', 'Moscow', 'WW. EXERTISTS NEW-73-30', 'Enclosure', 'cc: Mr. Bundy'];

/** A furniture-like line, with its oracle (only `[initials]`-style brackets are markers). */
const furnitureArb: fc.Arbitrary<Token[]> = fc.constantFrom(...FURNITURE).map((l) =>
  l === '[initials]' ? [{ src: l, kept: 'initials' }] : l === '[p. 5]' ? [{ src: l, kept: 'p. 5' }] : [plain(l)]);

/** A line: furniture or running text. */
const lineArb = (conventions: boolean): fc.Arbitrary<Token[]> => fc.oneof(
  { weight: 2, arbitrary: furnitureArb },
  { weight: 5, arbitrary: fc.array(tokenArb(conventions), { minLength: 1, maxLength: 14 }) },
);

/** A transcript as token lines, joined with one or two newlines (LF, CRLF or CR), maybe with a BOM. */
export const transcriptArb = (conventions = true): fc.Arbitrary<{ text: string; kept: string }> =>
  fc.record({
    lines: fc.array(fc.tuple(lineArb(conventions), fc.constantFrom('\n', '\n\n', '\n\n', '\r\n', '\r\n\r\n', '\n  \n', '\r')), { minLength: 1, maxLength: 30 }),
    bom: fc.boolean(),
    indent: fc.constantFrom('', '', '\t', '  '),
  }).map(({ lines, bom, indent }) => ({
    text: (bom ? '\uFEFF' : '') + lines.map(([toks, sep]) => indent + toks.map((t) => t.src).join(' ') + sep).join(''),
    kept: lines.map(([toks]) => toks.map((t) => t.kept).join(' ')).join('\n'),
  }));

/** XML 1.0 cannot hold these: the converter writes U+FFFD instead (by design). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFE\uFFFF]/gu;

/** The non-whitespace characters the TEI must hold, from the oracle's `kept` text. */
export function expectedChars(kept: string): string {
  return kept.replace(/^\uFEFF/u, '').replace(FORBIDDEN, '\uFFFD').replace(/\s/gu, '');
}

const parser = new XMLParser({ preserveOrder: true, trimValues: false, parseTagValue: false, htmlEntities: true, ignoreAttributes: true, processEntities: true });

type Ordered = Record<string, unknown>;

/** All text of `<text>` (descendant text nodes in document order) of a TEI string. */
export function textOfTei(xml: string): string {
  const out: string[] = [];
  const walk = (nodes: Ordered[], inText: boolean): void => {
    for (const n of nodes) {
      for (const [k, v] of Object.entries(n)) {
        if (k === ':@') continue;
        if (k === '#text') { if (inText) out.push(String(v)); continue; }
        if (Array.isArray(v)) walk(v as Ordered[], inText || k === 'text');
      }
    }
  };
  walk(parser.parse(xml) as Ordered[], false);
  return out.join('');
}

/** Non-whitespace characters of a string. */
export const dense = (s: string): string => s.replace(/\s/gu, '');
