import { describe, expect, it } from 'vitest';
import { calendarOptions } from '../../src/main/journal/settings';
import { contentHash, harness } from './helpers';

describe('settings', () => {
  const alarmDefaults = { calendarAlarms: true, alarmOpeningMinutes: 0, alarmClosingMinutes: 60, appointmentAlarmMinutes: 60, rules: {} };
  it('reads defaults, then stores what is changed', () => {
    const { call } = harness();
    const initial = call('settings.get', undefined);
    expect(initial).toEqual({ homeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, defaultCurrency: 'EUR', theme: 'system', ...alarmDefaults });
    const updated = call('settings.update', { homeZone: 'America/New_York', theme: 'dark' });
    expect(updated).toEqual({ homeZone: 'America/New_York', defaultCurrency: 'EUR', theme: 'dark', ...alarmDefaults });
    expect(call('settings.get', {})).toEqual(updated);
  });

  it.each([
    [{ homeZone: 'Mars/Olympus' }, ['homeZone']],
    [{ defaultCurrency: 'EURO' }, ['defaultCurrency']],
    [{ theme: 'sepia' }, ['theme']],
    [{ colour: 'red' }, []],
  ])('refuses %j and changes nothing', (input, path) => {
    const { journal, fail } = harness();
    const before = contentHash(journal);
    const error = fail('settings.update', input);
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]?.path).toEqual(path);
    expect(contentHash(journal)).toBe(before);
  });
});

describe('calendar overrides', () => {
  it('sets, replaces, lists by range and deletes closures and open days', () => {
    const { call, fail, journal } = harness();
    call('calendarOverrides.set', { day: '2026-12-24', kind: 'closed', note: 'Inventory' });
    call('calendarOverrides.set', { day: '2027-05-24', kind: 'open', note: 'Whit Monday: FSH opens' });
    call('calendarOverrides.set', { day: '2026-12-24', kind: 'closed', note: 'Closes early' });
    expect(call('calendarOverrides.list', undefined)).toEqual([
      { day: '2026-12-24', kind: 'closed', note: 'Closes early' },
      { day: '2027-05-24', kind: 'open', note: 'Whit Monday: FSH opens' },
    ]);
    expect(call('calendarOverrides.list', { from: '2027-01-01' }).map((o) => o.day)).toEqual(['2027-05-24']);
    expect(calendarOptions(journal)).toEqual({ closures: ['2026-12-24'], openDays: ['2027-05-24'], hours: { opens: { hour: 10, minute: 30 }, closes: { hour: 19, minute: 0 } } });
    expect(call('calendarOverrides.delete', { day: '2026-12-24' })).toEqual({ day: '2026-12-24' });
    expect(fail('calendarOverrides.delete', { day: '2026-12-24' }).code).toBe('not_found');
    expect(fail('calendarOverrides.set', { day: '2026-02-30', kind: 'closed' }).issues?.[0]?.path).toEqual(['day']);
  });
});
