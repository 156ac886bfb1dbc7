import type { Profile } from '../../profiles/profile.js';
import { budget, editDistance, ocrFold } from '../fuzzy.js';
import { lineWith, type Line } from '../scan-lines.js';
import { isBackMatter, officeSymbol } from './back-matter.js';
import type { Item } from './items.js';
import { nameLike, signatureBlock, titleLike } from './joins.js';

/** A short labelled line of back matter (`cc: …`, `Enc: …`), however OCR spelt its label. */
const LABELLED_LINE = /^\p{L}{1,4}[.]?:[ \t]/u;
/** A line of prose: four words or more, two of them lower-case words. */
const proseLine = (text: string) => text.split(/[ \t]+/u).length >= 4 && (text.match(/(?:^|[ \t])\p{Ll}{3,}/gu)?.length ?? 0) >= 2;
/** Short lines under a signature: back matter or OCR residue, no prose. */
const shortResidue = (lines: readonly Line[]) => lines.every((l) => l.text.length <= 40 && !proseLine(l.text));
/** A capitalised word of a name, letters only (`Thomas`, `McNeil`). */
const CAPITAL_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * A name whose first letter OCR read in lower case (`alvin Thomas`): two to four words of
 * letters, all but the first capitalised, no sentence mark. Only an office symbol under it
 * makes it a signature.
 */
function damagedName(line: string): boolean {
  const words = line.split(/[ \t]+/u).filter(Boolean);
  return line.length <= 40 && words.length >= 2 && words.length <= 4 && /^\p{Ll}[\p{L}]+$/u.test(words[0]!) && words.slice(1).every((w) => CAPITAL_WORD.test(w));
}

/** A name over short back-matter lines of the same block (`cc: …`, initials): OCR lost the blank line between them. */
function nameOverBackMatter(lines: readonly Line[]): boolean {
  return lines.length >= 2 && lines.length <= 4 && nameLike(lines.slice(0, 1)) && LABELLED_LINE.test(lines[1]!.text) && shortResidue(lines.slice(1));
}

/** A title or office with no name above it (`Director of Finance`, the name lost to OCR): two words or more. */
function titleOnly(lines: readonly Line[], profile: Profile): boolean {
  const first = lines[0]!.text;
  return lines.length <= 3 && first.split(/[ \t]+/u).length >= 2 && titleLike(first, profile) && /^\p{Lu}\p{Ll}/u.test(first) && shortResidue(lines);
}

/**
 * Whether a block at the end of a document's body is its signature: a name with title or office
 * lines under it (`signatureBlock`). The evidence must be strong enough to outweigh a paragraph
 * that seems to go on (OCR residue before a signature often ends without a full stop): the
 * block is the last content, or back matter (copies, an office or drafting line) follows it, or
 * its own last line is an office symbol (`AB/CDE`), which no sentence ends with. As the last
 * content after a finished paragraph, a name over back matter and a title alone sign too.
 * The profile gives the short words a title keeps in lower case.
 */
export function endsWithSignature(block: readonly Line[], last: boolean, next: Item | undefined, paragraphGoesOn: boolean, profile: Profile): boolean {
  const lines = [withoutWordResidue(block[0]!), ...block.slice(1)];
  const officeUnder = lines.length >= 2 && officeSymbol(lines[lines.length - 1]!.text);
  if (officeUnder && lines.length === 2 && damagedName(lines[0]!.text)) return true;
  if (!signatureBlock(lines, profile)) return (last && !paragraphGoesOn && (nameOverBackMatter(lines) || titleOnly(lines, profile))) || titledAmidResidue(block, last || residueItem(next), paragraphGoesOn, profile);
  const closedByBack = next !== undefined && isBackMatter(next);
  if (paragraphGoesOn) return closedByBack || officeUnder;
  return last || closedByBack || officeUnder;
}

/** A line of OCR residue: short, with no word of three letters or more in capitals or capitalised (`_ EG.`, `ehiiie`, `2nd`). */
const residueLine = (l: Line) => l.text.length <= 8 && !/\p{Lu}(?:\p{Ll}{2,}|\p{Lu}{2,})/u.test(l.text);
/** Content that is OCR residue alone: what follows a signature at a page foot. */
const residueItem = (it: Item | undefined) => it?.kind === 'text' && it.lines.every(residueLine);
/** An initial OCR read as a digit (`8.` for `B.`), between the words of a name. */
const DIGIT_INITIAL = /(?<=[ \t])\d(?=\.[ \t])/gu;

/**
 * A name with a title of two words or more under it (`Political Action Division`) amid lines of
 * OCR residue, after a finished paragraph and with nothing but residue after it: the marks
 * and fragments a signature leaves around a typed name. An initial read as a digit counts.
 */
function titledAmidResidue(block: readonly Line[], endsThere: boolean, paragraphGoesOn: boolean, profile: Profile): boolean {
  if (!endsThere || paragraphGoesOn || block.length > 6) return false;
  let a = 0;
  let b = block.length;
  while (a < b && residueLine(block[a]!)) a++;
  while (b > a && residueLine(block[b - 1]!)) b--;
  const core = block.slice(a, b).map((l) => lineWith(l, { text: l.text.replace(DIGIT_INITIAL, 'X') }));
  return core.length >= 2 && core.length < block.length && signatureBlock(core, profile) && core.slice(1).some((l) => l.text.split(/[ \t]+/u).length >= 2);
}

/**
 * A signature dated under it, as a minute is signed (`R. T. Gaskell` / `12/3/58`): a name
 * with its titles (`signatureBlock`) and, right after it, a line that is a date alone. A
 * minute sheet holds minute after minute, each closed so. The profile gives the title words.
 */
export function datedSignature(block: readonly Line[], next: Item | undefined, profile: Profile): boolean {
  return next?.kind === 'dateline' && next.match.rule === 'dateline/date' && next.lines.length === 1 && signatureBlock([withoutWordResidue(block[0]!), ...block.slice(1)], profile);
}

/** OCR residue at a word's start (`.Johnson`). */
const WORD_RESIDUE = /(^|[ \t])[.,'‘’"|]+(?=\p{L})/gu;

/** The line with OCR residue at its words' starts removed, for judging its shape only. */
function withoutWordResidue(line: Line): Line {
  return lineWith(line, { text: line.text.replace(WORD_RESIDUE, '$1') });
}

/**
 * A conformed signature: the mark of a signature in brackets, then the name typed under it
 * (`(Signed) JOHN A. WEBB`, `(Sgd.) A. Webb`). OCR damages the mark as any word (`iSiened)`:
 * the opening bracket read as a letter), so a mark word matches within its edit budget.
 */
const MARKED = /^[^\p{L}]{0,2}(?:[il1|](?=\p{Lu}))?(\p{L}{3,8})\.?[)\]}][ \t]+(?=\p{Lu})/u;

/** The block is one line of a conformed signature (see `MARKED`), the name after its mark name-like. */
export function conformedSignature(lines: readonly Line[], marks: readonly string[]): boolean {
  if (lines.length !== 1) return false;
  const m = MARKED.exec(lines[0]!.text);
  if (!m) return false;
  const word = ocrFold(m[1]!.toLowerCase());
  const marked = marks.some((k) => word === k || (k.length >= 5 && editDistance(word, k, budget(k.length)) <= budget(k.length)));
  return marked && nameLike([lineWith(lines[0]!, { text: lines[0]!.text.slice(m[0].length) })]);
}
