import { describe, expect, it } from 'vitest';
import { icalText, phoneEventText } from '../../src/shared/domain/phone-event';

describe('a calendar event as the text of a QR code', () => {
  it('gives UTC instants, whatever offset the window was written with', () => {
    expect(phoneEventText({ summary: 'Window', start: '2026-07-06T10:30:00.000+02:00', end: '2026-07-06T19:00:00.000+02:00' })).toBe(
      'BEGIN:VEVENT\r\nSUMMARY:Window\r\nDTSTART:20260706T083000Z\r\nDTEND:20260706T170000Z\r\nEND:VEVENT',
    );
  });

  it('escapes text as RFC 5545 says and drops control characters (the vertical tab is a line break)', () => {
    expect(icalText('a,b;c\\d\ne\u000bf\u0007g\r\nh')).toBe('a\\,b\\;c\\\\d\\ne\\nfg\\nh');
    expect(phoneEventText({ summary: 'x', start: '2026-12-05T10:30:00+01:00', end: '2026-12-05T19:00:00+01:00', location: 'Paris, France', description: 'one\ntwo' })).toContain(
      'LOCATION:Paris\\, France\r\nDESCRIPTION:one\\ntwo\r\nEND:VEVENT',
    );
  });
});
