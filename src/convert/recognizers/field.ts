import type { LineRecognizer } from './types.js';
import { damagedField } from './damaged-field.js';

/** Telegram address lines printed without a colon: `FM AMEMBASSY MOSCOW`, `TO SECSTATE WASHDC`. */
const TELEGRAM = /^(FM|TO|INFO)\s+(?=[A-Z])/u;
const TELEGRAM_FIELDS: Readonly<Record<string, string>> = { FM: 'from', TO: 'to', INFO: 'info' };
const LABEL = /^([A-Za-z][A-Za-z .&/-]{0,28}?)\s*:\s*/u;
/**
 * The column heads of a table (`TO          ACTION     INITIALS`, a routing sheet's): three
 * words or more, one word to a column, the columns set apart by wide gaps. A telegram's
 * address line has its words one space apart, or one wide gap before its value.
 */
const COLUMN_HEADS = /^\p{Lu}+(?:[ \t]{2,}\p{Lu}[\p{Lu}/.-]*){2,}[ \t]*$/u;

/**
 * A header field of a telegram or memorandum (`To:`, `FROM:`, `Subject:`): a label of the
 * profile's field names and a colon at the line start; the value may be empty (it then
 * stands on the following line).
 */
export const field: LineRecognizer = (text, ctx) => {
  const t = TELEGRAM.exec(text);
  if (t && text === text.toUpperCase() && !COLUMN_HEADS.test(text)) return { kind: 'field', rule: 'field/telegram-line', value: TELEGRAM_FIELDS[t[1]!]!, labelLength: t[0].length };
  const m = LABEL.exec(text);
  const label = m ? m[1]!.toLowerCase().replace(/\s+/gu, ' ').replace(/\.$/u, '') : '';
  const type = m ? ctx.profile.fields[label] : undefined;
  if (m && type) return { kind: 'field', rule: 'field/profile', value: type, labelLength: m[0].length };
  const damaged = damagedField(text, ctx.profile.fields);
  return damaged ? { kind: 'field', rule: 'field/damaged-label', ...damaged } : undefined;
};
