/**
 * fast-check arbitraries for transcripts, and the tests' own oracle: each token knows the
 * text it must leave in the TEI (the README's convention syntax: markers dropped, for gaps
 * only the brackets, for keyword forms like `[deleted: x]` the keyword too).
 */
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { usGovernment20c } from '../../src/profiles/us-government-20c.js';

/**
 * Inputs that once broke the converter, drawn only when asked for so that each has a property
 * of its own: U+FEFF as text (at line edges, between spaces, after the byte-order mark), U+0336
 * after a character outside the BMP, and a complimentary close as the first line.
 */
export interface Hazards {
  readonly feff: boolean;
  readonly astralStrike: boolean;
  /** A complimentary close as the transcript's first line (a closer with no body before it). */
  readonly loneCloser?: boolean;
}

/** Every hazard on. */
export const ALL_HAZARDS: Hazards = { feff: true, astralStrike: true, loneCloser: true };

/** Whether a line is one of the profile's complimentary closes. */
const isClosing = (toks: readonly Token[]): boolean => toks.length === 1 && P.closings.some((c) => toks[0]!.src.toLowerCase() === `${c},`);

/** A plain body line put first when the lone-closer hazard is off. */
const OPENING = 'The report of the committee follows below, with the figures for the whole year.';
const OPENING_LINE: Token[] = [{ src: OPENING, kept: OPENING }];

/** A piece of a line: what is written in the transcript and what must survive in the TEI. */
export interface Token { readonly src: string; readonly kept: string }

/** Characters that take part in the convention markers; free text never holds them. */
export const MARKER_CHARS = /[[\]~^{}+?]|\u0336/gu;

const plain = (s: string): Token => ({ src: s, kept: s });

const WORDS = ['the', 'letter', 'Cuba', 'October', 'twenty-seventh', 'weapons', 'Mr.', 'Chairman', 'agreement', 'offensive', "it's", 'page', 'SECRET', 'JFK,', '11/3/62', '1962/11/05', '(S)', 'Page', '-', '2', 'No.', 'CH', '855'];
const SPECIAL = ['&', '<', '>', '"', "'", '&amp;', '<p>', ']]>', '&#x41;', '-->'];
const UNICODE = ['é', 'ç', 'ß', 'Ł', '東京', '北京', 'Привет', 'مرحبا', 'שלום', '😀', '𝔄', '🇺🇳', 'ﬁ', '\u200d', 'e\u0301', '—', '…', '\u00a0', '😀\u0301', '𝔄\u0308', '𝒳\u0301\u0323', 'a\uFEFFb', '\u2060'];
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
const inner = fc.constantFrom('word', 'Cuba', 'the list', 'bombers', 'Genève', '東京', '𝔄x', '😀\u0301');

/** A word `[sic]` can follow: letters (after anything else the bracket is an editorial note, whose text is kept). */
const sicWord = fc.constantFrom('word', 'Cuba', 'bombers', 'Genève', 'Ärger');

/** Words struck through with U+0336 after each character (astral ones only with the hazard). */
const struckWords = (h: Hazards) => fc.constantFrom('struck', 'Cuba', 'ñé', ...(h.astralStrike ? ['𝔄', '😀', 'a𝔄b'] : []));

/** Balanced convention constructs with the text they leave. */
const conventionArb = (h: Hazards): fc.Arbitrary<Token> => fc.oneof(
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
  struckWords(h).map((w) => ({ src: [...w].map((c) => `${c}\u0336`).join(''), kept: w })),
  // `[sic]` is a documented marker: the word before it stays, the marker goes; a correction stays too.
  sicWord.map((w) => ({ src: `${w} [sic]`, kept: w })),
  fc.tuple(sicWord, sicWord).map(([w, c]) => ({ src: `${w} [sic: ${c}]`, kept: `${w}${c}` })),
);

/** OCR-like damage of a word: doubled punctuation, digits for letters. */
const ocrArb = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom('.', ',', "'", '0', '1', '|', '/')).map(([w, c]) => `${w.slice(0, 2)}${c}${w.slice(2)}`);

/** A token of running text. */
export const tokenArb = (conventions: boolean, h: Hazards = ALL_HAZARDS): fc.Arbitrary<Token> => fc.oneof(
  { weight: 8, arbitrary: wordArb.map(plain) },
  { weight: 1, arbitrary: ocrArb.map(plain) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL).map((c) => ({ src: c, kept: c })) },
  // U+FEFF (a zero-width no-break space inside text) at line edges and between spaces.
  { weight: h.feff ? 1 : 0, arbitrary: fc.constantFrom('\uFEFF', '\uFEFF\uFEFF', '\uFEFFword', 'word\uFEFF').map((c) => ({ src: c, kept: c })) },
  { weight: conventions ? 2 : 0, arbitrary: conventionArb(h) },
);

const P = usGovernment20c;
const cap = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
const digits = (min: number, max: number) => fc.integer({ min, max }).map(String);
/** A made-up proper name: a capital and a few syllables (never a word of the samples). */
const nameArb = fc.array(fc.constantFrom('ka', 'lo', 'mir', 'den', 'sa', 'vo', 'tu', 'ber', 'il', 'no'), { minLength: 2, maxLength: 3 }).map((x) => cap(x.join('')));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const year = digits(1900, 1999);

/** Furniture lines made from their shapes and the profile's vocabulary, each its own oracle. */
const furnitureLineArb: fc.Arbitrary<string> = fc.oneof(
  digits(1, 99).chain((n) => fc.constantFrom(`- ${n} -`, `-${n}-`, `Page ${n}`, `Page ${n} of ${Number(n) + 3}`, `${n}.`)),
  fc.tuple(fc.constantFrom(...P.classificationLevels.map((l) => l.printed)), fc.option(fc.constantFrom(...P.caveats), { nil: undefined })).map(([l, c]) => (c ? `${l} ${c}` : l)),
  fc.constantFrom(...P.classificationLevels.map((l) => l.printed)).map((l) => [...l].join(' ')),
  fc.tuple(fc.constantFrom(...P.stamps.flatMap((st) => st.keywords)), year, digits(1, 12), digits(1, 28)).map(([k, y, m, d]) => `${k.toUpperCase()} ${y}/${m.padStart(2, '0')}/${d.padStart(2, '0')}`),
  fc.tuple(fc.constantFrom(...Object.keys(P.repositories)), fc.constantFrom(...Object.keys(P.collections)), nameArb, fc.constantFrom(...P.citationWords), digits(1, 40), digits(1, 12), digits(1, 28), digits(40, 69))
    .map(([r, c, n, w, k, m, d, y]) => `${r}, ${c} ${n}, ${cap(w)} ${k}, ${m}/${d}/${y}`),
  fc.tuple(fc.constantFrom('', 'C', 'CH', 'Ch-', 'A.'), digits(100, 999)).map(([a, n]) => `${a}${n}`),
  fc.tuple(nameArb, fc.constantFrom(...Object.keys(P.documentKinds))).map(([n, k]) => `${n.toUpperCase()} ${k.toUpperCase()}`),
  fc.tuple(fc.constantFrom(...Object.keys(P.fields).filter((f) => !f.includes('_'))), nameArb, nameArb).map(([f, a, b]) => `${cap(f)}: ${a} ${b}`),
  fc.tuple(fc.constantFrom(...MONTHS), digits(1, 28), year).map(([m, d, y]) => `${m} ${d}, ${y}`),
  fc.tuple(fc.constantFrom(...P.salutations), nameArb).map(([sal, n]) => `${cap(sal)} ${n}:`),
  fc.constantFrom(...P.closings).map((c) => `${cap(c)},`),
  fc.tuple(fc.constantFrom(...P.addressOpeners), nameArb, nameArb).map(([o, a, b]) => `${o.split(' ').map(cap).join(' ')} ${a} ${b}`),
  fc.array(fc.constantFrom('A', 'B', 'K', 'M', 'R', 'T'), { minLength: 2, maxLength: 4 }).map((x) => `-${x.join('')}`),
  fc.tuple(fc.constantFrom(...P.references), digits(1, 2000)).map(([r, n]) => `Ref: ${cap(r)} ${n}`),
);

/** A furniture-like line, with its oracle (bracketed forms are editorial markers: the brackets go). */
const furnitureArb: fc.Arbitrary<Token[]> = fc.oneof(
  { weight: 6, arbitrary: furnitureLineArb.map((l) => [plain(l)]) },
  { weight: 1, arbitrary: digits(1, 99).map((n) => [{ src: `[p. ${n}]`, kept: `p. ${n}` }]) },
  { weight: 1, arbitrary: fc.constantFrom('initials', 'signature', 'stamp illegible').map((w) => [{ src: `[${w}]`, kept: w }]) },
);

/** A line: furniture or running text. */
const lineArb = (conventions: boolean, h: Hazards): fc.Arbitrary<Token[]> => fc.oneof(
  { weight: 2, arbitrary: furnitureArb },
  { weight: 5, arbitrary: fc.array(tokenArb(conventions, h), { minLength: 1, maxLength: 14 }) },
);

/**
 * A transcript as token lines, joined with one or two newlines (LF, CRLF or CR), with up to
 * three leading U+FEFF (more than one only with the `feff` hazard): only the first is a
 * byte-order mark, the others are text and stay.
 */
export const transcriptArb = (conventions = true, h: Hazards = ALL_HAZARDS): fc.Arbitrary<{ text: string; kept: string }> =>
  fc.record({
    lines: fc.array(fc.tuple(lineArb(conventions, h), fc.constantFrom('\n', '\n\n', '\n\n', '\r\n', '\r\n\r\n', '\n  \n', '\r')), { minLength: 1, maxLength: 30 }),
    boms: h.feff ? fc.constantFrom(0, 0, 1, 1, 2, 3) : fc.constantFrom(0, 1),
    indent: fc.constantFrom('', '', '\t', '  '),
  }).map(({ lines, boms, indent }) => ({ lines: h.loneCloser === false && lines[0] && isClosing(lines[0][0]) ? [[OPENING_LINE, '\n\n'] as [Token[], string], ...lines] : lines, boms, indent }))
    .map(({ lines, boms, indent }) => {
      const text = '\uFEFF'.repeat(boms) + lines.map(([toks, sep]) => indent + toks.map((t) => t.src).join(' ') + sep).join('');
      const body = lines.map(([toks]) => toks.map((t) => t.kept).join(' ')).join('\n');
      // The first code point of the file, when it is U+FEFF, is the byte-order mark whether or not
      // it was drawn as one (a first line that opens with a U+FEFF token, no indent).
      const kept = boms > 0 ? '\uFEFF'.repeat(boms - 1) + body : text.startsWith('\uFEFF') ? body.replace(/^\uFEFF/u, '') : body;
      return { text, kept };
    });

/** XML 1.0 cannot hold these: the converter writes U+FFFD instead (by design). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFE\uFFFF]/gu;

/**
 * White space the TEI may reflow (line ends, indentation): Unicode's White_Space property,
 * which unlike `\s` does not take in U+FEFF.
 */
const WHITE = /\p{White_Space}/gu;

/** The code points (white space aside) the TEI must hold, in order, from the oracle's `kept` text. */
export function expectedChars(kept: string): string[] {
  return codePoints(kept.replace(FORBIDDEN, '\uFFFD'));
}

/** The code points of a string other than white space, one array element each (so a diff names them). */
export function codePoints(s: string): string[] {
  return [...s.replace(WHITE, '')];
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

/** A string without its white space (U+FEFF is not white space). */
export const dense = (s: string): string => s.replace(WHITE, '');
