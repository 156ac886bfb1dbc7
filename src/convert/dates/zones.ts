/**
 * UTC offsets of IANA time zones on a given local date and time, from the zone rules Node's
 * `Intl` carries (historical rules included: Washington was on daylight time on 27 October
 * 1962, London on British Standard Time in 1969).
 */

// Made per offset asked (a time with a zone is rare in a transcript), not kept in a module table.
function formatter(zone: string): Intl.DateTimeFormat | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  } catch {
    return undefined; // not a zone this runtime knows: no offset, never an error
  }
}

/** Offset in minutes east of UTC of `zone` at the instant `utcMs`. */
function offsetAt(f: Intl.DateTimeFormat, utcMs: number): number | undefined {
  const name = f.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT') return 0;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/u.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : undefined;
}

/**
 * The offset (`-04:00`, `+01:00`, `+00:00`) of `zone` at a wall-clock time there, or
 * undefined when the zone is unknown. In a gap or overlap of a change of clocks, the offset
 * in force just before the change is taken.
 */
export function zoneOffset(zone: string, y: number, mo: number, d: number, h: number, mi: number): string | undefined {
  const f = formatter(zone);
  if (!f) return undefined;
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall)) return undefined;
  const first = offsetAt(f, wall);
  if (first === undefined) return undefined;
  const second = offsetAt(f, wall - first * 60_000);
  const off = second ?? first;
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
