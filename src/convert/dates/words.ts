/** Month names and abbreviations → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Months whose name is also a common English word: never a date on their own. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'august', 'jan', 'mar', 'may', 'jun', 'dec', 'sept', 'oct', 'nov', 'feb', 'apr', 'jul', 'aug', 'sep']);

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];

const CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

/** Spelled-out ordinals `first` … `thirty-first` → day number. Compounds accept `-`, space or nothing. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  UNITS.forEach((w, i) => m.set(w, i + 1));
  TEENS.forEach((w, i) => m.set(w, i + 10));
  m.set('twentieth', 20);
  m.set('thirtieth', 30);
  UNITS.forEach((w, i) => {
    m.set(`twenty-${w}`, 21 + i);
    if (i === 0) m.set(`thirty-${w}`, 31);
  });
  // Cardinals used as days ("October twenty-eight") read the same way.
  CARDINALS.forEach((w, i) => {
    m.set(w, i + 1);
    if (i < 9) m.set(`twenty-${w}`, 21 + i);
  });
  m.set('twenty', 20);
  m.set('thirty', 30);
  m.set('thirty-one', 31);
  return m;
})();

/** Regex source matching any spelled ordinal (longest first), with `-`, space or no separator. */
export const ORDINAL_SOURCE = (() => {
  const words = [...ORDINAL_WORDS.keys()].sort((a, b) => b.length - a.length);
  return words.map((w) => w.replace('-', '[- ]?')).join('|');
})();

/** Reads a spelled ordinal in any of the accepted spellings. */
export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase().replace(/^(twenty|thirty)[- ]?/, '$1-');
  return ORDINAL_WORDS.get(w) ?? ORDINAL_WORDS.get(word.toLowerCase());
}

/** Regex source for month names (full, then abbreviations with optional dot). */
export const MONTH_SOURCE =
  'January|February|March|April|May|June|July|August|September|October|November|December|Sept\\.?|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

/** Month number of a matched month name, or undefined. */
export function monthValue(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}
