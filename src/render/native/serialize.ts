/**
 * HTML as saxon-js's serializer writes it for the stylesheets' output (method html, version 5):
 * in text, & < > are escaped, and so are the characters it writes as references (DEL and the
 * C1 controls, U+2028, a carriage return); in an attribute value the same, with the double
 * quote, tab and line feed as well. Nothing else is escaped (U+00A0, U+2029, astral
 * characters are written as they are).
 */

const TEXT_SPECIAL = /[&<>\r\x7f-\x9f\u2028]/u;
const TEXT_SPECIALS = /[&<>\r\x7f-\x9f\u2028]/gu;
const ATTR_SPECIAL = /[&<>"\t\n\r\x7f-\x9f\u2028]/u;
const ATTR_SPECIALS = /[&<>"\t\n\r\x7f-\x9f\u2028]/gu;

function reference(c: string): string {
  switch (c) {
    case '&': return '&amp;';
    case '<': return '&lt;';
    case '>': return '&gt;';
    case '"': return '&#34;';
    default: return `&#${c.charCodeAt(0)};`;
  }
}

/** Text content, escaped. */
export function text(s: string): string {
  return TEXT_SPECIAL.test(s) ? s.replace(TEXT_SPECIALS, reference) : s;
}

/** An attribute value, escaped (without its quotes). */
export function attr(s: string): string {
  return ATTR_SPECIAL.test(s) ? s.replace(ATTR_SPECIALS, reference) : s;
}
