import type { DocumentKind } from '../../ir/nodes.js';
import type { KindCue } from './document-kind.js';
import { fieldKindCue } from './item-nodes.js';
import type { Placed } from './steps.js';

/** A telegram's number opening its text (`812. Your 577. …`): a number over 1, so no first numbered paragraph. */
const TELEGRAM_NUMBER = /^(\d{1,4})\.[ \t]+\S/u;

/**
 * The cues of a document's kind in source order, from its placed steps (a quoted text's are
 * its own): a heading that names a kind, a telegram's date-time group, a telegram line or memo
 * fields, a salutation in the opener and a complimentary close; and a telegram's number opening
 * its first paragraph under a dateline that carries a time of day (`Washington, March 3, 1963,
 * 6:40 p.m.` / `812. Your 577. …`): a letter's or memorandum's dateline has no time, a
 * meeting's text no number. `decideKind` weighs them. Pure.
 */
export function kindCues(placed: readonly Placed[]): KindCue[] {
  const out: KindCue[] = [];
  let timed = false;
  let firstText = true;
  for (const p of placed) {
    if (p.step === 'text' && firstText) {
      firstText = false;
      const m = TELEGRAM_NUMBER.exec(p.item.lines[0]!.text);
      if (timed && m && Number(m[1]) > 1) out.push({ kind: 'telegram', cue: 'telegram-line' });
    }
    if (p.step !== 'block') continue;
    if (p.role === 'dateline' && p.item.match.date?.when?.includes('T')) timed = true;
    const { item, role } = p;
    if ((role === 'head' || role === 'ab') && item.match.value) out.push({ kind: item.match.value as DocumentKind, cue: 'heading' });
    else if ((role === 'dateline' || role === 'dateline-p') && item.match.value === 'telegram') out.push({ kind: 'telegram', cue: 'date-time-group' });
    else if (role === 'field') {
      const cue = fieldKindCue(item, item.match.value ?? 'field');
      if (cue) out.push(cue);
    } else if (role === 'closing' || (role === 'salute' && (p.into === 'opener' || p.into === 'new-opener'))) out.push({ kind: 'letter', cue: 'salute' });
  }
  return out;
}
