/**
 * One calendar event as the text of a QR code: a bare VEVENT, which the phone's camera (iOS,
 * Android through ZXing-based readers) offers to add to its calendar. Times are UTC instants so
 * the phone shows them in whatever zone it is in; text is escaped as RFC 5545 §3.3.11 says and
 * control characters are dropped. Alarms do not travel in a QR code (readers ignore VALARM): the
 * calendar file from "Send to my phone" carries them. Pure: no Node, DOM or Electron.
 */
import { DateTime } from 'luxon';

export interface PhoneEvent {
  summary: string;
  /** ISO instants with their offset. */
  start: string;
  end: string;
  location?: string;
  description?: string;
}

const utc = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");

/** RFC 5545 TEXT: backslash, semicolon, comma and newline escaped; other control characters removed. */
export function icalText(s: string): string {
  return s
    .replace(/\r\n?|\v/g, '\n')
    // oxlint-disable-next-line no-control-regex -- intentional: the characters §3.3.11 forbids
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

export function phoneEventText(e: PhoneEvent): string {
  const lines = ['BEGIN:VEVENT', `SUMMARY:${icalText(e.summary)}`, `DTSTART:${utc(e.start)}`, `DTEND:${utc(e.end)}`];
  if (e.location) lines.push(`LOCATION:${icalText(e.location)}`);
  if (e.description) lines.push(`DESCRIPTION:${icalText(e.description)}`);
  lines.push('END:VEVENT');
  return lines.join('\r\n');
}
