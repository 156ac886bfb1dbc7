import type { DocumentNode } from '../../ir/nodes.js';
import { textOf } from './reconcile.js';

/** Header fields that name the sender and the addressee. */
const SENDER: ReadonlySet<string> = new Set(['from']);
const ADDRESSEE: ReadonlySet<string> = new Set(['to']);

/** A field value as a name: its text on one line, OCR rules and stray punctuation at its edges cut. */
function nameOf(text: string): string | undefined {
  const name = text.replace(/[ \t\n]+/gu, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, '');
  return /\p{L}{2}/u.test(name) ? name : undefined;
}

/**
 * The sender and addressee of a memorandum or telegram, from its own opener's FROM and TO
 * fields (the first of each), for the header's correspondence. Nothing is invented: a field
 * with no legible name gives none.
 */
export function correspondents(doc: DocumentNode): void {
  const opener = doc.parts.find((p) => p.type === 'opener');
  if (opener?.type !== 'opener') return;
  for (const c of opener.children) {
    if (c.type !== 'field') continue;
    const name = nameOf(textOf(c.value));
    if (!name) continue;
    if (SENDER.has(c.fieldType) && doc.sender === undefined) doc.sender = name;
    if (ADDRESSEE.has(c.fieldType) && doc.addressee === undefined) doc.addressee = name;
  }
}
