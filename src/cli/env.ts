/** Environment values and option values the CLI checks; a bad one is a usage error of one line. */
import { UsageError } from './parse.js';

/** The build date (YYYY-MM-DD) from SOURCE_DATE_EPOCH (whole seconds since 1970), if set. */
export function sourceDateEpoch(): Date | undefined {
  const raw = process.env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return undefined;
  const date = /^[0-9]{1,12}$/u.test(raw) ? new Date(Number(raw) * 1000) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. 1700000000), not ${JSON.stringify(raw)}.`);
  return date;
}

/** `{ buildDate }` from SOURCE_DATE_EPOCH, or nothing. */
export function buildDateFromEnv(): { buildDate?: string } {
  const date = sourceDateEpoch();
  return date ? { buildDate: date.toISOString().slice(0, 10) } : {};
}

/** The value of --page-size (a4 or letter, any case), or a usage error. */
export function pageSizeOption(raw: unknown): 'a4' | 'letter' | undefined {
  if (raw === undefined) return undefined;
  const v = String(raw).toLowerCase();
  if (v === 'a4' || v === 'letter') return v;
  throw new UsageError(`--page-size takes a4 or letter, not ${JSON.stringify(raw)}.`);
}

/** The value of --jobs (a whole number from 1), or a usage error. */
export function jobsOption(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const v = String(raw);
  if (/^[1-9][0-9]{0,3}$/u.test(v)) return Number(v);
  throw new UsageError(`--jobs takes a whole number from 1, not ${JSON.stringify(raw)}.`);
}
