import type { LineRecognizer } from './types.js';

const LABEL = /^([A-Za-z][A-Za-z .&/-]{0,28}?)\s*:\s*/;

/**
 * A header field of a telegram or memorandum (`To:`, `FROM:`, `Subject:`): a label of the
 * profile's field names and a colon at the line start; the value may be empty (it then
 * stands on the following line).
 */
export const field: LineRecognizer = (text, ctx) => {
  const m = LABEL.exec(text);
  if (!m) return undefined;
  const label = m[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  const type = ctx.profile.fields[label];
  if (!type) return undefined;
  return { kind: 'field', rule: 'field/profile', value: type, labelLength: m[0].length };
};
