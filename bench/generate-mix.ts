/**
 * The bench's corpus: the mix of kinds and lengths of a real archive series, generated from a
 * seed, with text from a phrase grammar (not sentences of the sample transcripts): letters and
 * telegrams (generate.ts), memoranda with numbered paragraphs, and OCR records (heavy
 * recognition damage, hard-wrapped lines with end-of-line hyphens, scanner page heads).
 * Lengths follow a skewed mix: many one-page items, some long memoranda.
 */
import { closer, date, generateTranscript, int, ocr, pageTurn, paragraph, pick, prng, type Rand } from './generate.js';

const SUBJECTS = ['The delegation', 'Our embassy', 'The working group', 'The Minister', 'The field office', 'The committee', 'The other side', 'The Secretariat', 'The naval attaché', 'The commission'];
const VERBS = ['has reported', 'will consider', 'cannot accept', 'has proposed', 'is reviewing', 'has asked about', 'wishes to defer', 'has confirmed', 'may reopen', 'has circulated'];
const OBJECTS = ['the revised schedule of inspections', 'the draft communiqué', 'the figures for the third quarter', 'the question of transit rights', 'the list of agreed items', 'the terms of the earlier understanding', 'the Soviet reply of Tuesday', 'the shipping manifests', 'the withdrawal timetable', 'the budget annex'];
const TAILS = ['without further delay', 'at the next session', 'before the end of the month', 'in consultation with the allies', 'subject to instructions', 'as a matter of urgency', 'by the usual channels', 'pending a fuller report', '', ''];
const OFFICES = ['THE SECRETARY', 'THE UNDER SECRETARY', 'THE DIRECTOR', 'THE FILE', 'THE PRESIDENT', 'MR. BUNDY'];
const TOPICS = ['Transit arrangements', 'Inspection of vessels', 'Reply to the note of 28 October', 'Staffing of the mission', 'Press guidance', 'Shipping schedule'];

/** `n` sentences from the phrase grammar. */
export function grammarMaterial(r: Rand, n: number): string[] {
  return Array.from({ length: n }, () => {
    const tail = pick(r, TAILS);
    return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}${tail ? ` ${tail}` : ''}.`;
  });
}

/** Hard-wraps at `width` with end-of-line hyphens in long words, as a scanned typescript reads. */
function hardWrap(r: Rand, text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + w.length + 1 > width) {
      if (w.length > 7 && r() < 0.4) {
        const cut = int(r, 3, w.length - 3);
        lines.push(`${line} ${w.slice(0, cut)}-`);
        line = w.slice(cut);
        continue;
      }
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function memorandum(r: Rand, seed: number, material: readonly string[], paragraphs: number): string {
  const year = int(r, 1945, 1989);
  const blocks = [pick(r, ['SECRET', 'CONFIDENTIAL', 'LIMITED OFFICIAL USE']), `MEMORANDUM FOR ${pick(r, OFFICES)}`, date(r, year).long, `SUBJECT: ${pick(r, TOPICS)}`];
  const state = { folio: int(r, 100, 9000), cite: `RG 59, Central Files ${1950 + (seed % 30)}, box ${int(r, 1, 400)}` };
  for (let i = 0; i < paragraphs; i++) {
    blocks.push(`${i + 1}. ${paragraph(r, material, true)}`);
    if (i < paragraphs - 1 && r() < 0.2) blocks.push(...pageTurn(r, i + 2, state));
  }
  blocks.push(pick(r, ['W. W. R.', 'McG. B.', 'D. R.']));
  return `${blocks.join('\n\n')}\n`;
}

function ocrRecord(r: Rand, material: readonly string[], paragraphs: number): string {
  const year = int(r, 1945, 1989);
  const blocks = [ocr(r, `${pick(r, ['AIRGRAM', 'DESPATCH', 'RECORD OF CONVERSATION'])} ${int(r, 10, 999)}`, 0.15), ocr(r, date(r, year).long, 0.1)];
  for (let i = 0; i < paragraphs; i++) {
    blocks.push(hardWrap(r, ocr(r, paragraph(r, material, false).replace(/\n/gu, ' '), 0.12), int(r, 38, 70)));
    if (i < paragraphs - 1 && r() < 0.35) blocks.push(`${int(r, 1, 9)} - ${'0'.repeat(int(r, 3, 6))}${int(r, 1, 99)}`, `- ${i + 2} -`);
  }
  blocks.push(...closer(r, 'letter').map((b) => ocr(r, b, 0.1)));
  return `${blocks.join('\n\n')}\n`;
}

/** A skewed length: most items short, a few long. */
function paragraphsFor(r: Rand): number {
  const k = r();
  return k < 0.5 ? int(r, 2, 6) : k < 0.85 ? int(r, 6, 14) : int(r, 15, 40);
}

/**
 * Transcript number `seed` of the bench corpus (pure: the same seed gives the same text):
 * 40 % letters, 25 % telegrams, 20 % memoranda, 15 % OCR records.
 */
export function generateMixed(seed: number): string {
  const r = prng(seed * 7919 + 13);
  const material = grammarMaterial(r, 40);
  const k = r();
  const paragraphs = paragraphsFor(r);
  if (k < 0.4) return generateTranscript(seed, { material, paragraphs });
  if (k < 0.65) return generateTranscript(seed + 1_000_000, { material, paragraphs: Math.min(paragraphs, 8) });
  if (k < 0.85) return memorandum(r, seed, material, paragraphs);
  return ocrRecord(r, material, paragraphs);
}
