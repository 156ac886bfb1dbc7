/**
 * Reads the date components a running-text date states: month names and abbreviations, day
 * numbers ("27", "27th") and spelled-out ordinals ("twenty-seventh"), four-digit years, and
 * the numeric forms m/d/yy and d/m/yy, with a slash, dot or hyphen used twice (clock times are no part of the day). Only what the text says is returned; a rule compares those parts.
 * Month names and ordinals are the converter's own tables (convert/dates/words.ts).
 */
import { monthValue, ordinalValue } from '../convert/dates/words.js';

/** Components a text states (any may be absent). */
export interface TextDate {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

const MONTH = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/iu;
const SPELLED = /\b(?:(twenty|thirty)[\s-]+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/iu;
const DAY = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?![/\d])/u;
const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/u;
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})\b/u;
/** Clock times and date-time groups (`8:05 p.m.`, `11 a.m.`, `1530Z`, `271830Z`): no part of them is a day. */
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b\d{4,6}Z\b|\b\d{1,2}[ \t]*[AaPp]\.?[ \t]?[Mm]\b/gu;

/** The parts of m/d/yy or d/m/yy: the order is the profile's, which the TEI does not record, so two fields that could each be the month give only the year. */
function numericParts(a: number, b: number, y: number): TextDate {
  const year = y < 100 ? 1900 + y : y;
  if (a > 12 && b <= 12) return { month: b, day: a, year };
  if (a <= 12 && b > 12) return { month: a, day: b, year };
  return a === b ? { month: a, day: b, year } : { year };
}

function spelledDay(text: string): number | undefined {
  const m = SPELLED.exec(text);
  return m ? ordinalValue(m[0]) : undefined;
}

/** The components stated by `text` (the year of m/d/yy is taken as 19yy). */
export function readTextDate(text: string): TextDate {
  const numeric = NUMERIC.exec(text);
  if (numeric) return numericParts(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]));
  const monthMatch = MONTH.exec(text);
  const month = monthMatch?.[1] ? monthValue(monthMatch[1]) : undefined;
  const year = YEAR.exec(text)?.[1];
  const withoutYear = (year ? text.replace(YEAR, ' ') : text).replace(CLOCK, ' ');
  const digits = DAY.exec(withoutYear)?.[1];
  const day = digits !== undefined ? Number(digits) : spelledDay(text);
  return {
    ...(year ? { year: Number(year) } : {}),
    ...(month ? { month } : {}),
    ...(day !== undefined && day >= 1 && day <= 31 ? { day } : {}),
  };
}
