/**
 * A deterministic, seeded generator of realistic archival transcripts for the bench and the
 * property tests: letters and telegrams with page furniture (page numbers in several forms,
 * stamps, classification banners, damaged citation footers, folio numbers), openers, closers,
 * address blocks, transcription conventions, XML special characters and non-ASCII text.
 */

/** Options of `generateTranscript`. */
export interface GenerateOptions {
  /** Paragraph texts to vary (e.g. read from transcripts/); default: built-in sentences. */
  readonly material?: readonly string[];
  /** Number of body paragraphs; default 4–14 (seeded). */
  readonly paragraphs?: number;
  /** Add conventions, XML specials and Unicode into the text (default true). */
  readonly noise?: boolean;
}

/** A small fast PRNG (mulberry32): the same seed gives the same sequence on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'The committee met twice during the week to review the shipping schedule.',
  'We have noted with concern the delay in the exchange of the agreed lists.',
  'It is our view that the inspection arrangements should be settled without further loss of time.',
  'The representative in Geneva has been instructed to raise the matter at the next session.',
  'I should be grateful if you would convey these observations to the Minister.',
  'Nothing in the present proposal alters the terms of the earlier understanding.',
  'The figures given in the annex were compiled from the reports of the field offices.',
  'A further memorandum on the question of transit rights will follow by pouch.',
  'We are prepared to consider any reasonable suggestion for the sequence of the withdrawals.',
  'the discussion continued late into the evening without agreement on the wording.',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNICODE = ['Genève', 'Curaçao', 'Müller', 'Łódź', 'São Paulo', 'naïve', '東京', '北京市', 'Привет', 'مرحبا', 'שלום', '😀', '𝔄', '🇺🇳', 'ﬁ', 'Ω', '—', '…', '§ 4'];
const SPECIALS = ['AT&T', 'a < b', 'x > y', '"quoted"', "it's", '&amp;', '<p>', 'R&D', '"draft" & <final>'];
const CONVENTIONS: readonly ((w: string) => string)[] = [
  (w) => `~~${w}~~`, (w) => `{+${w}+}`, (w) => `[?${w}?]`, () => '[illegible]', () => '[redacted]',
  (w) => `[note: ${w}]`, (w) => `[deleted: ${w}]`, (w) => `^${w}^`, (w) => [...w].map((c) => `${c}\u0336`).join(''),
];
const STAMPS = ['DECLASSIFIED Authority NND 959000', 'Approved For Release 2003/04/25 : CIA-RDP80B01676R000900030047-2', 'SANITIZED COPY', '"Declassified for Publication in Foreign Relations of the United States"', 'RECEIVED NOV 7 1962'];
const BANNERS = ['TOP SECRET', 'SECRET', 'CONFIDENTIAL', 'LIMITED OFFICIAL USE', 'UNCLASSIFIED'];
const CAVEATS = ['EYES ONLY', 'NOFORN', 'EXDIS', 'NODIS'];
const CLOSINGS = ['Sincerely,', 'Respectfully,', 'Yours faithfully,', 'Very truly yours,'];
const NAMES = ['-JFK', 'Dean Rusk', 'A. B. Smith', 'George W. Ball', 'R. McNamara'];
const SALUTES = ['Dear Mr. Chairman:', 'Dear Mr. Secretary:', 'Sir:', 'Dear Ambassador Lindqvist:'];
const PLACES = ['Washington', 'Moscow', 'New York', 'Genève', 'Paris'];

export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** Damages text the way OCR does: swapped letters, dropped letters, stray marks. */
export function ocr(r: Rand, s: string, rate = 0.08): string {
  const swaps: Record<string, string> = { e: 'c', r: 'v', u: 'a', o: '0', l: '1', S: '5', i: 'l', h: 'b' };
  return [...s].map((c) => {
    if (r() >= rate) return c;
    const k = r();
    return k < 0.6 ? swaps[c] ?? c : k < 0.8 ? '' : c + pick(r, ['.', "'", ',']);
  }).join('');
}

export function date(r: Rand, year: number): { long: string; month: number; day: number } {
  const month = int(r, 1, 12);
  const day = int(r, 1, 28);
  return { long: `${MONTHS[month - 1]} ${day}, ${year}`, month, day };
}

function pageNumber(r: Rand, n: number): string {
  return pick(r, [`- ${n} -`, `-${n}-`, `Page ${n}`, `[p. ${n}]`, `Page ${n} of ${n + int(r, 0, 5)}`]);
}

/** One paragraph: varied material plus noise, single-line or hard-wrapped. */
export function paragraph(r: Rand, material: readonly string[], noise: boolean): string {
  const sentences = Array.from({ length: int(r, 1, 5) }, () => pick(r, material));
  let words = sentences.join(' ').split(/\s+/u).filter(Boolean);
  if (noise) {
    words = words.map((w) => {
      const k = r();
      if (k < 0.04) return pick(r, CONVENTIONS)(w.replace(/[[\]~{}^+?]/gu, ''));
      if (k < 0.06) return pick(r, SPECIALS);
      if (k < 0.08) return pick(r, UNICODE);
      if (k < 0.1) return ocr(r, w, 0.5);
      return w;
    });
  }
  if (r() < 0.6) return words.join(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length > 64) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function citation(r: Rand, seed: number): string {
  const base = `JFK, NSF USSR, Subjects Khrushchev Correspondence (Cuba) Vol.I-C, 11/${(seed % 15) + 1}/62-11/16/62`;
  return ocr(r, base, 0.06);
}

/** The furniture at a page turn: footer of the page ending, head of the next. */
export function pageTurn(r: Rand, page: number, state: { folio: number; banner?: string; cite: string }): string[] {
  const out: string[] = [];
  if (state.banner && r() < 0.7) out.push(state.banner);
  if (r() < 0.6) out.push(ocr(r, state.cite, 0.05));
  if (r() < 0.5) out.push(ocr(r, `CH ${state.folio++}`, 0.2));
  if (r() < 0.3) out.push(pick(r, STAMPS));
  if (state.banner && r() < 0.5) out.push(state.banner);
  if (r() < 0.8) out.push(pageNumber(r, page));
  return out;
}

function letterOpener(r: Rand, year: number): string[] {
  const out: string[] = [];
  if (r() < 0.3) out.push(String(int(r, 1000, 99999)).padStart(5, '0'));
  if (r() < 0.8) out.push(r() < 0.5 ? date(r, year).long : `${pick(r, PLACES)}, ${date(r, year).long}`);
  if (r() < 0.3) out.push(['His Excellency', 'Ambassador Erik Lindqvist', 'Embassy of Sweden', pick(r, PLACES)].join('\n'));
  out.push(pick(r, SALUTES));
  return out;
}

function telegramOpener(r: Rand, year: number, banner: string | undefined): string[] {
  const out = ['DRAFT TELEGRAM'];
  if (banner) out.push(banner);
  out.push(date(r, year).long);
  const fields = [`To: ${pick(r, ['USUN', 'Amembassy MOSCOW', 'SecState WASHDC'])}`, `From: ${pick(r, ['Department of State', 'Amembassy PARIS'])}`];
  if (r() < 0.5) fields.push(`Ref: Yourtel ${int(r, 100, 3000)}`);
  if (r() < 0.3) fields.push('Subject: Offensive weapons list');
  out.push(...(r() < 0.5 ? fields : fields.map((f) => f.replace(': ', ':\n\n'))));
  if (r() < 0.6) out.push(`${pick(r, CAVEATS)} ${pick(r, ['STEVENSON AND McCLOY', 'AMBASSADOR', 'SECRETARY'])}`);
  return out;
}

export function closer(r: Rand, kind: 'letter' | 'telegram'): string[] {
  if (kind === 'telegram') return [pick(r, ['RUSK', 'BALL', 'END'])];
  const out = [pick(r, CLOSINGS), `${pick(r, NAMES)}${r() < 0.4 ? '  \n[initials]' : ''}`];
  if (r() < 0.5) out.push(['His Excellency', 'Nikita S. Khrushchev', 'Chairman of the Council of Ministers', pick(r, PLACES)].join('  \n'));
  return out;
}

/** One document's blocks (blank-line separated). */
function oneDocument(r: Rand, seed: number, opts: GenerateOptions, kind: 'letter' | 'telegram'): string[] {
  const year = int(r, 1945, 1989);
  const banner = r() < 0.5 ? pick(r, BANNERS) : undefined;
  const state = { folio: int(r, 100, 9000), ...(banner ? { banner } : {}), cite: citation(r, seed) };
  const blocks: string[] = [];
  if (r() < 0.3) blocks.push(`${year}/${String(int(r, 1, 12)).padStart(2, '0')}/${String(int(r, 1, 28)).padStart(2, '0')}`);
  if (banner && kind === 'letter') blocks.push(banner);
  if (r() < 0.3) blocks.push(pick(r, STAMPS));
  blocks.push(...(kind === 'letter' ? letterOpener(r, year) : telegramOpener(r, year, banner)));
  const material = opts.material?.length ? opts.material : SENTENCES;
  const n = opts.paragraphs ?? int(r, 4, 14);
  let page = 1;
  for (let i = 0; i < n; i++) {
    blocks.push(paragraph(r, material, opts.noise ?? true));
    if (i < n - 1 && r() < 0.3) blocks.push(...pageTurn(r, ++page, state));
  }
  blocks.push(...closer(r, kind));
  if (banner) blocks.push(banner);
  if (r() < 0.6) blocks.push(ocr(r, state.cite, 0.05));
  return blocks;
}

/**
 * Generates one transcript from `seed`. Pure: the same seed and options give the same
 * string. One document most of the time, a letter followed by a telegram otherwise.
 */
export function generateTranscript(seed: number, opts: GenerateOptions = {}): string {
  const r = prng(seed);
  const blocks = oneDocument(r, seed, opts, r() < 0.7 ? 'letter' : 'telegram');
  if (r() < 0.25) blocks.push(...oneDocument(r, seed + 1, opts, 'telegram'));
  return `${blocks.join('\n\n')}\n`;
}

/** Splits transcript text into paragraph-like material (long blank-line blocks, unwrapped). */
export function materialFrom(texts: readonly string[]): string[] {
  return texts.flatMap((t) => t.split(/\n\s*\n/u)).map((b) => b.replace(/\s*\n\s*/gu, ' ').trim()).filter((b) => b.length > 200)
    .flatMap((b) => b.split(/(?<=[.!?]) (?=[A-Z"])/u)).filter((s) => s.length > 20);
}
