import type { LineRecognizer } from './types.js';

/** A salutation: a short line opening with a salutation of the profile, ending in `:` or `,`. */
export const salutation: LineRecognizer = (text, ctx) => {
  if (text.length > 80 || !/[:,]$/u.test(text)) return undefined;
  const lower = text.toLowerCase();
  const hit = ctx.profile.salutations.find((s) => lower.startsWith(s) && /^[\s,:]|^$/u.test(lower.slice(s.length)));
  return hit ? { kind: 'salutation', rule: 'salutation/profile' } : undefined;
};
