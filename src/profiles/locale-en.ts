import type { DateLocale } from './locale.js';

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

/** English day words: `first` … `thirty-first`, and the cardinals used as days (`October twenty-eight`). */
function englishOrdinals(): Record<string, number> {
  const m: Record<string, number> = {};
  UNITS.forEach((w, i) => { m[w] = i + 1; m[`twenty-${w}`] = 21 + i; });
  TEENS.forEach((w, i) => { m[w] = i + 10; });
  CARDINALS.forEach((w, i) => { m[w] = i + 1; if (i < 9) m[`twenty-${w}`] = 21 + i; });
  Object.assign(m, { twentieth: 20, thirtieth: 30, 'thirty-first': 31, twenty: 20, thirty: 30, 'thirty-one': 31 });
  return m;
}

/** English dates as 20th-century government records write them. */
export const englishDates: DateLocale = {
  language: 'en',
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
    september: 9, october: 10, november: 11, december: 12,
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  },
  ambiguousMonths: ['may', 'march', 'august', 'jan', 'mar', 'jun', 'dec', 'sept', 'oct', 'nov', 'feb', 'apr', 'jul', 'aug', 'sep'],
  ordinals: englishOrdinals(),
  ordinalSuffixes: ['st', 'nd', 'rd', 'th', 'd'],
  monthPrepositions: ['of', 'in', 'during', 'since', 'until', 'till', 'by', 'early', 'late', 'mid-', 'last', 'next', 'this', 'before', 'after', 'through', 'from', 'to'],
  relative: {
    previousMonth: ['ult', 'ulto', 'ultimo'],
    currentMonth: ['inst', 'instant'],
    nextMonth: ['prox', 'proximo'],
    lastMonth: ['last'],
    nextMonthName: ['next'],
    days: { yesterday: -1, today: 0, tomorrow: 1 },
  },
  meridiem: { am: ['a.m.', 'a. m.', 'am', 'a.m'], pm: ['p.m.', 'p. m.', 'pm', 'p.m'] },
  noon: ['noon'],
  timeJoiners: ['at'],
  hourWords: ['hours', 'hrs', 'hr'],
  dateTimeGroupLabels: ['DTG', 'DATE-TIME GROUP', 'DATE TIME GROUP'],
  administrativeDateWords: ['review', 'reviewed', 'release', 'released', 'declassified', 'declassification', 'received', 'printed', 'processed', 'entered', 'filmed', 'sanitized', 'downgraded', 'retired'],
  weekdays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
};
