/**
 * Header field labels as OCR damages them: the colon read as a quote, a semicolon or a dash
 * (`SUBJECT “; the fees`, `REFERENCE - : the memo`, `TO > the office`), or a letter of a long label misread
 * (`SUBJFCT:`, same length only). Only labels printed in capitals count, as memo and cable headers print them,
 * so that a sentence opening with the same word stays prose.
 */
import { budget, editDistance } from '../fuzzy.js';

/** A label in capitals, then marks OCR made of its colon, then the value. */
const JUNK_SEPARATOR = /^(\p{Lu}[\p{Lu} .&/]{1,28}?)[ \t]*[-–—“”‘’"';:,|>?@]+(?:[ \t]*[-–—“”‘’"';:,|>?@])*[ \t]*(?=[^ \t])/u;

/** A label in capitals before a colon (for a misread letter). */
const CAPITAL_LABEL = /^(\p{Lu}[\p{Lu} .&/-]{1,28}?)[ \t]*:[ \t]*/u;

/**
 * An addressee line of an airtel or cable, its label in any case, without a colon, before an
 * office in capitals and its place (`To CHIEF, Port Office`, `from HARBOURMASTER, HULL`);
 * OCR may leave a mark or digit before it.
 */
const ADDRESSEE = /^(?:[^\p{L} \t]{1,3}[ \t]+)?(\p{L}{2,4})[ \t]+(?=\p{Lu}{2,}\.?,[ \t]*\p{Lu})/u;

/** Labels shorter than this are matched exactly only (`TO`, `RE`, `FOR`). */
const FUZZY_MIN = 7;

/** Labels an addressee line may carry without a colon: the profile's one-word labels of sender and recipient. */
function addresseeLabel(label: string, fields: Readonly<Record<string, string>>): string | undefined {
  const ok = (k: string) => (fields[k] === 'to' || fields[k] === 'from') && !k.includes(' ');
  if (ok(label)) return fields[label];
  // The office in capitals after it is strong evidence: one letter OCR confuses may differ (`PROM`).
  const near = label.length >= 4 ? Object.keys(fields).find((k) => ok(k) && k.length === label.length && confusedOnce(k, label)) : undefined;
  return near ? fields[near] : undefined;
}

/** Letters OCR of typescript confuses with each other. */
const CONFUSED: ReadonlySet<string> = new Set(['fp', 'pf', 'il', 'li', 'oc', 'co', 'ec', 'ce', 'mn', 'nm']);

/** The words differ in exactly one letter, and OCR confuses that pair. */
function confusedOnce(a: string, b: string): boolean {
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [c + b[i]]));
  return diff.length === 1 && CONFUSED.has(diff[0]!);
}

const norm = (label: string) => label.toLowerCase().replace(/[ \t]+/gu, ' ').replace(/[ .]+$/u, '');

/** The profile's field a label names, exactly or, for a long label, within its edit budget. */
function fieldOfLabel(label: string, fields: Readonly<Record<string, string>>): string | undefined {
  const l = norm(label);
  if (fields[l]) return fields[l];
  if (l.length < FUZZY_MIN) return undefined;
  // OCR misreads letters; it rarely adds or drops them: a label of another length is another word (`SUBJECTS`).
  const near = Object.keys(fields).find((k) => k.length === l.length && editDistance(k, l, budget(k.length)) <= budget(k.length));
  return near ? fields[near] : undefined;
}

/** A damaged header field: its type and the length of its label with the separator, or undefined. */
export function damagedField(text: string, fields: Readonly<Record<string, string>>): { value: string; labelLength: number } | undefined {
  const a = ADDRESSEE.exec(text);
  const addressee = a ? addresseeLabel(norm(a[1]!), fields) : undefined;
  if (a && addressee) return { value: addressee, labelLength: a[0].length };
  for (const re of [CAPITAL_LABEL, JUNK_SEPARATOR]) {
    const m = re.exec(text);
    const type = m ? fieldOfLabel(m[1]!, fields) : undefined;
    if (m && type) return { value: type, labelLength: m[0].length };
  }
  return undefined;
}
