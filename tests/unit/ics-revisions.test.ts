/**
 * The calendar export's line ends, text values, reminders and revisions, read back by two
 * independent parsers (ical.js and node-ical), on a real journal file.
 */
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { describe, expect, it } from 'vitest';
import { seedJournal } from './fixtures/data-seed';
import { harness } from './helpers';

const clock = () => new Date('2026-11-23T10:00:00.000Z');

function seeded() {
  const h = harness({ clock });
  const s = seedJournal(h.dispatch);
  return { ...h, s };
}

function vevents(content: string) {
  return new ICAL.Component(ICAL.parse(content)).getAllSubcomponents('vevent');
}

function block(content: string, uidStart: string): string {
  const lines = content.split('\r\n');
  const at = lines.findIndex((l) => l.startsWith(`UID:${uidStart}`));
  const begin = lines.lastIndexOf('BEGIN:VEVENT', at);
  const end = lines.indexOf('END:VEVENT', at);
  return lines.slice(begin, end + 1).join('\r\n');
}

describe('calendar export: RFC 5545 details', () => {
  it('ends every line with CRLF, the last END:VCALENDAR included, and no bare LF or CR', () => {
    const { call } = seeded();
    const { content } = call('data.exportIcs', undefined);
    expect(content.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(/\r(?!\n)|(?<!\r)\n/.test(content)).toBe(false);
  });

  it('removes control characters other than TAB from text values (the vertical tab becomes a line break)', () => {
    const { call, s } = seeded();
    call('trips.update', { id: s.tripId, notes: 'Line one\u000bLine two\u0007 bell\u0001\tTabbed' });
    const { content } = call('data.exportIcs', undefined);
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(content)).toBe(false);
    const trip = vevents(content).find((v) => String(v.getFirstPropertyValue('uid')).startsWith(`trip-${s.tripId}-`))!;
    expect(String(trip.getFirstPropertyValue('description'))).toContain('Line one\nLine two bell\tTabbed');
  });

  it('puts a DISPLAY alarm at the opening of each lottery window and one hour before it closes, and one before appointments', () => {
    const { call } = seeded();
    const { content } = call('data.exportIcs', undefined);
    const windows = vevents(content).filter((v) => String(v.getFirstPropertyValue('uid')).startsWith('lottery-window-'));
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) {
      const alarms = w.getAllSubcomponents('valarm');
      expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY']);
      const start = new ICAL.Event(w).startDate.toJSDate().getTime();
      const end = new ICAL.Event(w).endDate.toJSDate().getTime();
      const at = alarms.map((a) => {
        const trigger = a.getFirstProperty('trigger')!;
        const related = trigger.getParameter('related') === 'END' ? end : start;
        return related + (trigger.getFirstValue() as ICAL.Duration).toSeconds() * 1000;
      });
      expect(at).toEqual([start, end - 3600_000]);
    }
    const appt = vevents(content).find((v) => String(v.getFirstPropertyValue('uid')).startsWith('appointment-'))!;
    expect(appt.getAllSubcomponents('valarm')).toHaveLength(1);
    expect(String(appt.getFirstPropertyValue('location'))).toContain('42 Avenue George V');

    // The second parser reads the same alarms and location.
    const parsed = nodeIcal.sync.parseICS(content);
    const byUid = Object.values(parsed).filter((c) => c?.type === 'VEVENT') as nodeIcal.VEvent[];
    const w = byUid.find((e) => e.uid.startsWith('lottery-window-'))!;
    const alarms = (w as unknown as { alarms?: { action: string; trigger: unknown }[] }).alarms ?? [];
    expect(alarms.map((x) => x.action)).toEqual(['DISPLAY', 'DISPLAY']);
    const a = byUid.find((e) => e.uid.startsWith('appointment-'))!;
    expect(String(a.location)).toContain('42 Avenue George V');
  });

  it('follows the alarm settings: minutes, and off', () => {
    const { call, fail } = seeded();
    call('settings.update', { alarmOpeningMinutes: 15, alarmClosingMinutes: 30, appointmentAlarmMinutes: 90 });
    let content = call('data.exportIcs', undefined).content;
    const w = block(content, 'lottery-window-');
    expect(w).toContain('TRIGGER;RELATED=START:-PT15M');
    expect(w).toContain('TRIGGER;RELATED=END:-PT30M');
    expect(block(content, 'appointment-')).toContain('TRIGGER;RELATED=START:-PT1H30M');
    call('settings.update', { calendarAlarms: false });
    content = call('data.exportIcs', undefined).content;
    expect(content).not.toContain('BEGIN:VALARM');
    expect(fail('settings.update', { alarmClosingMinutes: -5 }).message).toMatch(/cannot be negative/);
  });

  it('keeps SEQUENCE when nothing changed, and raises it when an event’s time or text changes', () => {
    const { call, s } = seeded();
    const seq = (content: string, uidStart: string) =>
      Object.fromEntries(vevents(content).map((v) => [String(v.getFirstPropertyValue('uid')), Number(v.getFirstPropertyValue('sequence') ?? 0)]))[
        vevents(content).map((v) => String(v.getFirstPropertyValue('uid'))).find((u) => u.startsWith(uidStart))!
      ];
    const first = call('data.exportIcs', undefined).content;
    const second = call('data.exportIcs', undefined).content;
    expect(second).toBe(first);
    expect(seq(first, 'appointment-')).toBe(0);
    call('attempts.update', { id: s.attemptIds[0]!, appointmentAt: '2026-12-07T16:00:00+01:00' });
    const third = call('data.exportIcs', undefined).content;
    expect(seq(third, 'appointment-')).toBe(1);
    expect(seq(third, `trip-${s.tripId}-`)).toBe(seq(first, `trip-${s.tripId}-`));
    call('trips.update', { id: s.tripId, title: 'Paris, hiver' });
    const fourth = call('data.exportIcs', undefined).content;
    expect(seq(fourth, `trip-${s.tripId}-`)).toBe(1);
    expect(seq(fourth, 'appointment-')).toBe(1);
    // node-ical agrees.
    const parsed = Object.values(nodeIcal.sync.parseICS(fourth)).filter((c) => c?.type === 'VEVENT') as nodeIcal.VEvent[];
    expect(Number(parsed.find((e) => e.uid.startsWith('appointment-'))!.sequence)).toBe(1);
  });
});
