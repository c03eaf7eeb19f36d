/**
 * VTIMEZONE components (RFC 5545 §3.6.5) from the zone rules this runtime knows (ICU, through
 * luxon), for the years the calendar's events cover. Each observance is written with its own
 * DTSTART rather than an RRULE, so a zone whose rules changed (or will) is described exactly
 * for the years that matter, and a zone without daylight saving gets a single STANDARD block.
 *
 * Used as ical-generator's timezone generator; calendar programs and parsers (ical.js in the
 * tests) then place "DTSTART;TZID=Europe/Paris:20261207T103000" at the right instant.
 */
import { DateTime, IANAZone } from 'luxon';

const offsetText = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

const local = (dt: DateTime): string => dt.toFormat("yyyyLLdd'T'HHmmss");

interface Transition {
  /** The instant the offset changes (ms since epoch). */
  at: number;
  from: number;
  to: number;
}

/** The offset changes of `zone` between two instants, found day by day and then to the minute. */
export function transitions(zone: string, fromMs: number, toMs: number): Transition[] {
  const z = new IANAZone(zone);
  const found: Transition[] = [];
  const DAY = 86_400_000;
  let prev = fromMs;
  let prevOffset = z.offset(prev);
  for (let t = fromMs + DAY; t <= toMs + DAY; t += DAY) {
    const offset = z.offset(t);
    if (offset !== prevOffset) {
      // Narrow down to the minute of the change.
      let lo = prev;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000;
        if (z.offset(mid) === prevOffset) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, from: prevOffset, to: offset });
      prevOffset = offset;
    }
    prev = t;
  }
  return found;
}

/**
 * The VTIMEZONE for `zone` covering the years `fromYear`..`toYear` (null for an unknown zone or
 * UTC, which needs none).
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string | null {
  if (zone === 'UTC' || zone === 'Etc/UTC' || !IANAZone.isValidZone(zone)) return null;
  const z = new IANAZone(zone);
  const start = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone });
  const end = DateTime.fromObject({ year: toYear + 1, month: 1, day: 1 }, { zone });
  const startOffset = z.offset(start.toMillis());
  const changes = transitions(zone, start.toMillis(), end.toMillis());
  // Which offsets are "standard": the smaller of the zone's offsets in each year.
  const standard = (offset: number, at: number) => {
    const year = DateTime.fromMillis(at, { zone }).year;
    const jan = z.offset(DateTime.fromObject({ year, month: 1, day: 1 }, { zone }).toMillis());
    const jul = z.offset(DateTime.fromObject({ year, month: 7, day: 1 }, { zone }).toMillis());
    return offset <= Math.min(jan, jul) || jan === jul;
  };
  const block = (from: number, to: number, atMs: number) => {
    const kind = standard(to, atMs) ? 'STANDARD' : 'DAYLIGHT';
    // DTSTART is the wall-clock time of the change, read in the offset in force before it.
    const wall = DateTime.fromMillis(atMs, { zone: 'utc' }).plus({ minutes: from });
    return [`BEGIN:${kind}`, `DTSTART:${local(wall)}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `END:${kind}`];
  };
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  lines.push(...block(startOffset, startOffset, start.toMillis()));
  for (const t of changes) lines.push(...block(t.from, t.to, t.at));
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
