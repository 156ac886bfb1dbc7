import type { LineRecognizer } from './types.js';

/**
 * A complimentary close (`Respectfully,`, `Sincerely yours,`): a short line that is one of the
 * profile's closings, followed by a comma (or standing alone).
 */
export const closing: LineRecognizer = (text, ctx) => {
  if (text.length > 90) return undefined;
  const core = text.toLowerCase().replace(/[,.]$/u, '').replace(/\s+/gu, ' ').trim();
  if (ctx.profile.closings.includes(core)) return { kind: 'closing', rule: 'closing/profile' };
  // A longer close built on one of them (`With warm personal regards,`): short, ends in a comma.
  const words = core.split(' ');
  const built = /,$/u.test(text) && words.length <= 6 && ctx.profile.closings.some((c) => !c.includes(' ') && c.length >= 5 && words.includes(c));
  return built ? { kind: 'closing', rule: 'closing/profile-word' } : undefined;
};
