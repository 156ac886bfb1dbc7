import type { Line } from '../scan-lines.js';
import { isBackMatter, officeSymbol } from './back-matter.js';
import type { Item } from './items.js';
import { signatureBlock } from './joins.js';

/**
 * Whether a block at the end of a document's body is its signature: a name with title or office
 * lines under it (`signatureBlock`). The evidence must be strong enough to outweigh a paragraph
 * that seems to go on (OCR residue before a signature often ends without a full stop): the
 * block is the last content, or back matter (copies, an office or drafting line) follows it, or
 * its own last line is an office symbol (`AB/CDE`), which no sentence ends with.
 */
export function endsWithSignature(lines: readonly Line[], last: boolean, next: Item | undefined, paragraphGoesOn: boolean): boolean {
  if (!signatureBlock(lines)) return false;
  const closedByBack = next !== undefined && isBackMatter(next);
  const officeUnder = lines.length >= 2 && officeSymbol(lines[lines.length - 1]!.text);
  if (paragraphGoesOn) return closedByBack || officeUnder;
  return last || closedByBack || officeUnder;
}
