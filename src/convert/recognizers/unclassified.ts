import { shapeOf } from './shape.js';
import type { LineRecognizer } from './types.js';

/**
 * A line that looks like page furniture but matches no pattern: short, in capitals, with
 * codes mixing letters and digits (`XR. BLANK NLT-88-12`), not a sentence. It is kept as
 * unclassified furniture and reported for review. So is a web address alone on its line (a
 * scan's footer or source note, `https://…`): no sentence or signature holds it.
 */
export const unclassified: LineRecognizer = (text) => {
  if (webAddress(text)) return { kind: 'unclassified', rule: 'unclassified/web-address' };
  if (text.length > 60) return undefined;
  if (debris(text)) return { kind: 'unclassified', rule: 'unclassified/debris' };
  const s = shapeOf(text);
  if (s.words === 0 || s.words > 8 || s.sentenceEnd) return undefined;
  const symbols = text.replace(/[\p{L}\s]/gu, '').length / text.replace(/\s/gu, '').length;
  if ((s.mixedTokens >= 1 && s.upper >= 0.7) || symbols >= 0.6) return { kind: 'unclassified', rule: 'unclassified/shape' };
  return undefined;
};

/** A web address and nothing else (`https://…`, `www.…`): no word of a text, so a scan's footer or a source note. */
const WEB_ADDRESS = /^[ \t]*(?:[a-z][a-z0-9+.-]{1,9}:\/\/|www\.)[^ \t]+[ \t]*$/iu;

/** The line is a web address alone (see `WEB_ADDRESS`); the cheap tests first, as most lines hold none. */
function webAddress(text: string): boolean {
  return (text.includes('://') || /^[ \t]*www\./iu.test(text)) && WEB_ADDRESS.test(text);
}

/**
 * OCR debris: a short line with hardly any letters (`; ¢`, `14-aannn .`, `+ a`), the residue
 * of stamps, punches and page edges. It is kept as unclassified furniture, not as a paragraph.
 */
export function debris(text: string): boolean {
  if (text.length > 24) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const visible = text.replace(/[ \t]/gu, '').length;
  const words = text.match(/\p{L}{3,}/gu)?.length ?? 0;
  return visible > 0 && (letters <= 1 || (visible >= 3 && letters / visible < 0.5 && words === 0));
}
