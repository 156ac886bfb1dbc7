import type { Item } from './items.js';
import type { DocumentBuilder } from './document-builder.js';

const OPENER_CUES: ReadonlySet<string> = new Set(['dateline', 'field', 'salutation', 'caveat', 'classification', 'heading']);
const HEADER_FIELDS: ReadonlySet<string> = new Set(['to', 'from', 'subject', 'date']);

/**
 * Whether `item` opens a new document after the one being built: a heading, dateline,
 * salutation or header field that follows the end of the previous document's closer or page
 * run, or that is followed by an opener of its own. `after` is the next non-furniture item.
 */
export function opensDocument(item: Item, after: Item | undefined, current: DocumentBuilder): boolean {
  if (!current.hasBody) return false;
  const ended = current.hasCloser || current.pageEnded;
  switch (item.kind) {
    case 'heading':
      return item.match.value !== undefined || ended || (after !== undefined && OPENER_CUES.has(after.kind));
    case 'dateline':
      return current.hasCloser || (after !== undefined && ['salutation', 'field', 'heading'].includes(after.kind));
    case 'salutation':
      return true;
    case 'field':
      return ended && HEADER_FIELDS.has(item.match.value ?? '');
    case 'text':
      return current.hasCloser && !(item.lines.length <= 6 && item.lines.every((l) => l.text.length <= 64));
    default:
      return false;
  }
}
