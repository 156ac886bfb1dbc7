import type { DocumentKind } from '../../ir/nodes.js';
import type { KindCue } from './document-kind.js';
import { fieldKindCue } from './item-nodes.js';
import type { Placed } from './steps.js';

/**
 * The cues of a document's kind in source order, from its placed steps (a quoted text's are
 * its own): a heading that names a kind, a telegram's date-time group, a telegram line or memo
 * fields, a salutation in the opener and a complimentary close. `decideKind` weighs them. Pure.
 */
export function kindCues(placed: readonly Placed[]): KindCue[] {
  const out: KindCue[] = [];
  for (const p of placed) {
    if (p.step !== 'block') continue;
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
