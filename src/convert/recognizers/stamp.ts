import { containsFuzzy } from '../fuzzy.js';
import { furnitureShaped } from './shape.js';
import type { LineRecognizer } from './types.js';

const QUOTED = /^["“'].*["”']?$/;

/**
 * A stamp (declassification, release, received, sanitized…): the line carries a stamp
 * keyword or pattern of the profile — tolerating OCR damage — and has the shape of a stamp,
 * not of prose (short, mostly capitalised words, or wholly quoted).
 */
export const stamp: LineRecognizer = (text, ctx) => {
  if (text.length > 200) return undefined;
  if (!furnitureShaped(text, 24) && !QUOTED.test(text)) return undefined;
  for (const s of ctx.profile.stamps) {
    if (s.patterns?.some((p) => new RegExp(p, 'i').test(text))) return { kind: 'stamp', rule: `stamp/${s.type}/pattern`, value: s.type };
    if (s.keywords.some((k) => containsFuzzy(text, k))) return { kind: 'stamp', rule: `stamp/${s.type}/keyword`, value: s.type };
  }
  return undefined;
};
