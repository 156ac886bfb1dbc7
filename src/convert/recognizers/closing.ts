import type { LineRecognizer } from './types.js';

/**
 * A complimentary close (`Respectfully,`, `Sincerely yours,`): a short line that is one of the
 * profile's closings, followed by a comma (or standing alone).
 */
export const closing: LineRecognizer = (text, ctx) => {
  if (text.length > 90) return undefined;
  const core = text.toLowerCase().replace(/[,.]$/, '').replace(/\s+/g, ' ').trim();
  const hit = ctx.profile.closings.includes(core);
  return hit ? { kind: 'closing', rule: 'closing/profile' } : undefined;
};
