import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  closedReason,
  easterSunday,
  formatWindowInZone,
  frenchPublicHolidays,
  holidayName,
  isBoutiqueOpen,
  lotteryWindow,
  lotteryWindowsForRange,
  windowStatus,
  type BoutiqueCalendarOptions,
  type LotteryWindow,
} from '../../src/shared/domain/lottery';

// ---------------------------------------------------------------------------------------------
// An independent oracle: published French metropolitan holidays typed out by hand (not computed
// from Easter), Sundays from the JS Date API, and the Paris offset from the EU rule (summer time
// from the last Sunday of March to the day before the last Sunday of October, for a 10:30–19:00
// span). The code under test uses none of this.
// ---------------------------------------------------------------------------------------------
const PUBLISHED_HOLIDAYS: Record<number, string[]> = {
  2023: ['2023-01-01', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-18', '2023-05-29', '2023-07-14', '2023-08-15', '2023-11-01', '2023-11-11', '2023-12-25'],
  2024: ['2024-01-01', '2024-04-01', '2024-05-01', '2024-05-08', '2024-05-09', '2024-05-20', '2024-07-14', '2024-08-15', '2024-11-01', '2024-11-11', '2024-12-25'],
  2025: ['2025-01-01', '2025-04-21', '2025-05-01', '2025-05-08', '2025-05-29', '2025-06-09', '2025-07-14', '2025-08-15', '2025-11-01', '2025-11-11', '2025-12-25'],
  2026: ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25'],
  2027: ['2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-08', '2027-05-17', '2027-07-14', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25'],
  2028: ['2028-01-01', '2028-04-17', '2028-05-01', '2028-05-08', '2028-05-25', '2028-06-05', '2028-07-14', '2028-08-15', '2028-11-01', '2028-11-11', '2028-12-25'],
  2029: ['2029-01-01', '2029-04-02', '2029-05-01', '2029-05-08', '2029-05-10', '2029-05-21', '2029-07-14', '2029-08-15', '2029-11-01', '2029-11-11', '2029-12-25'],
  2030: ['2030-01-01', '2030-04-22', '2030-05-01', '2030-05-08', '2030-05-30', '2030-06-10', '2030-07-14', '2030-08-15', '2030-11-01', '2030-11-11', '2030-12-25'],
};
const publishedHolidaySet = new Set(Object.values(PUBLISHED_HOLIDAYS).flat());

const MS_PER_DAY = 86_400_000;
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (day: string, n: number) => fromMs(toMs(day) + n * MS_PER_DAY);
const isSunday = (day: string) => new Date(toMs(day)).getUTCDay() === 0;

function lastSundayOf(year: number, monthIndex: number): string {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  return fromMs(last.getTime() - last.getUTCDay() * MS_PER_DAY);
}
function parisOffset(day: string): '+01:00' | '+02:00' {
  const year = Number(day.slice(0, 4));
  return day >= lastSundayOf(year, 2) && day < lastSundayOf(year, 9) ? '+02:00' : '+01:00';
}

function oracleReason(day: string, options: BoutiqueCalendarOptions = {}): 'sunday' | 'holiday' | 'closure' | null {
  if (options.openDays?.includes(day)) return null;
  if (options.closures?.includes(day)) return 'closure';
  if (publishedHolidaySet.has(day)) return 'holiday';
  if (isSunday(day)) return 'sunday';
  return null;
}
function oracleWindow(day: string, options: BoutiqueCalendarOptions = {}): LotteryWindow {
  const reason = oracleReason(day, options);
  if (reason) return { appointmentDay: day, bookable: false, reason };
  let applyOn = addDays(day, -1);
  while (oracleReason(applyOn, options) !== null) applyOn = addDays(applyOn, -1);
  const offset = parisOffset(applyOn);
  return {
    appointmentDay: day,
    bookable: true,
    applyOn,
    opensAt: `${applyOn}T10:30:00.000${offset}`,
    closesAt: `${applyOn}T19:00:00.000${offset}`,
  };
}

const utc = (iso: string) => new Date(iso).toISOString();
function bookable(w: LotteryWindow) {
  if (!w.bookable) throw new Error(`expected ${w.appointmentDay} to be bookable, got ${w.reason}`);
  return w;
}
const allDays = (from: string, to: string) => {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
};

// ---------------------------------------------------------------------------------------------

describe('Easter and the French public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    // the extremes of the Gregorian computus and a few other published dates
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
    [1943, '1943-04-25'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
  ])('Easter Sunday %i is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
    expect(new Date(toMs(expected)).getUTCDay()).toBe(0);
  });

  it('lists the full set of 2026 holidays, sorted', () => {
    expect(frenchPublicHolidays(2026)).toEqual([
      '2026-01-01', // New Year's Day
      '2026-04-06', // Easter Monday
      '2026-05-01', // Labour Day
      '2026-05-08', // Victory in Europe Day
      '2026-05-14', // Ascension Thursday (Easter + 39)
      '2026-05-25', // Whit Monday (Easter + 50)
      '2026-07-14', // Bastille Day
      '2026-08-15', // Assumption
      '2026-11-01', // All Saints
      '2026-11-11', // Armistice
      '2026-12-25', // Christmas
    ]);
  });

  it.each(Object.entries(PUBLISHED_HOLIDAYS))('matches the published holidays of %s', (year, days) => {
    expect(frenchPublicHolidays(Number(year))).toEqual(days);
  });

  it('sorts the list even when Ascension falls before 8 May (2027)', () => {
    const days = frenchPublicHolidays(2027);
    expect(days.slice(2, 5)).toEqual(['2027-05-01', '2027-05-06', '2027-05-08']);
  });

  it('lists a day once when Ascension falls on 1 May (2008), and names both holidays', () => {
    expect(frenchPublicHolidays(2008)).toEqual([
      '2008-01-01', '2008-03-24', '2008-05-01', '2008-05-08', '2008-05-12',
      '2008-07-14', '2008-08-15', '2008-11-01', '2008-11-11', '2008-12-25',
    ]);
    expect(holidayName('2008-05-01')).toBe('Labour Day (Fête du Travail) / Ascension Day (Ascension)');
  });

  it.each([
    ['2026-01-01', "New Year's Day (Jour de l'an)"],
    ['2026-04-06', 'Easter Monday (Lundi de Pâques)'],
    ['2026-05-01', 'Labour Day (Fête du Travail)'],
    ['2026-05-08', 'Victory in Europe Day (Victoire 1945)'],
    ['2026-05-14', 'Ascension Day (Ascension)'],
    ['2026-05-25', 'Whit Monday (Lundi de Pentecôte)'],
    ['2026-07-14', 'Bastille Day (Fête nationale)'],
    ['2026-08-15', 'Assumption Day (Assomption)'],
    ['2026-11-01', "All Saints' Day (Toussaint)"],
    ['2026-11-11', 'Armistice Day (Armistice 1918)'],
    ['2026-12-25', 'Christmas Day (Noël)'],
    ['2026-04-05', null], // Easter Sunday is a Sunday, not a holiday of its own
    ['2026-12-26', null], // St Stephen's Day is only a holiday in Alsace-Moselle
    ['2026-04-03', null], // Good Friday likewise
    ['2026-12-07', null],
  ])('holidayName(%s) is %s', (day, name) => {
    expect(holidayName(day)).toBe(name);
  });

  it('names a holiday even when the user has marked it open (the name is a fact, openness an override)', () => {
    expect(isBoutiqueOpen('2026-05-25', { openDays: ['2026-05-25'] })).toBe(true);
    expect(holidayName('2026-05-25')).toBe('Whit Monday (Lundi de Pentecôte)');
  });

  it.each([2026.5, Number.NaN, 0, 10000, -1])('refuses the year %s', (year) => {
    expect(() => frenchPublicHolidays(year)).toThrow(/not a whole year between 1 and 9999/);
    expect(() => easterSunday(year)).toThrow(/not a whole year/);
  });

  it('returns a fresh array each time (callers may sort or push without corrupting the cache)', () => {
    const a = frenchPublicHolidays(2026);
    a.push('2026-12-31');
    expect(frenchPublicHolidays(2026)).toHaveLength(11);
  });
});

describe('closedReason and isBoutiqueOpen', () => {
  it.each<[string, BoutiqueCalendarOptions | undefined, 'sunday' | 'holiday' | 'closure' | null]>([
    ['2026-12-07', undefined, null], // Monday
    ['2026-12-05', undefined, null], // Saturday is open
    ['2026-12-06', undefined, 'sunday'],
    ['2026-12-25', undefined, 'holiday'],
    ['2026-11-01', undefined, 'holiday'], // holiday on a Sunday: holiday wins over sunday
    ['2026-12-08', { closures: ['2026-12-08'] }, 'closure'],
    ['2026-12-06', { closures: ['2026-12-06'] }, 'closure'], // user closed a Sunday: say closure
    ['2026-12-25', { closures: ['2026-12-25'] }, 'closure'], // closure wins over holiday
    ['2026-11-01', { closures: ['2026-11-01'] }, 'closure'], // ...and over holiday-on-Sunday
    ['2026-05-25', { openDays: ['2026-05-25'] }, null], // Whit Monday marked open
    ['2026-12-06', { openDays: ['2026-12-06'] }, null], // a Sunday marked open
    ['2026-12-08', { closures: ['2026-12-08'], openDays: ['2026-12-08'] }, null], // openDays wins over closures
    ['2026-12-25', { closures: ['2026-12-25'], openDays: ['2026-12-25'] }, null],
    ['2026-12-09', { closures: ['2026-12-08'], openDays: ['2026-12-07'] }, null], // other days' overrides don't leak
    ['2026-12-06', { closures: [], openDays: [] }, 'sunday'],
  ])('%s with %j → %s', (day, options, reason) => {
    expect(closedReason(day, options)).toBe(reason);
    expect(isBoutiqueOpen(day, options)).toBe(reason === null);
  });
});

describe('lotteryWindow: the issue example', () => {
  it('Monday 7 Dec 2026 → apply on Saturday 5 Dec, 10:30–19:00 Paris = 09:30–18:00 UTC', () => {
    const w = lotteryWindow('2026-12-07');
    expect(w).toEqual({
      appointmentDay: '2026-12-07',
      bookable: true,
      applyOn: '2026-12-05',
      opensAt: '2026-12-05T10:30:00.000+01:00',
      closesAt: '2026-12-05T19:00:00.000+01:00',
    });
    const b = bookable(w);
    expect(utc(b.opensAt)).toBe('2026-12-05T09:30:00.000Z');
    expect(utc(b.closesAt)).toBe('2026-12-05T18:00:00.000Z');
  });
});

describe('lotteryWindow: which day to apply on', () => {
  it.each([
    // ordinary weeks
    ['2026-12-08', '2026-12-07', 'Tuesday → Monday'],
    ['2026-12-09', '2026-12-08', 'Wednesday → Tuesday'],
    ['2026-12-12', '2026-12-11', 'Saturday → Friday'],
    ['2026-12-07', '2026-12-05', 'Monday → Saturday (Sunday closed)'],
    // the day after each kind of holiday (2026)
    ['2026-01-02', '2025-12-31', "after New Year's Day (Thu) → Wed, across the year"],
    ['2026-04-07', '2026-04-04', 'after Easter Monday → Saturday (Sun + Mon closed)'],
    ['2026-05-02', '2026-04-30', 'after 1 May (Fri) → Thu'],
    ['2026-05-09', '2026-05-07', 'after 8 May (Fri) → Thu'],
    ['2026-05-15', '2026-05-13', 'after Ascension (Thu) → Wed'],
    ['2026-05-26', '2026-05-23', 'after Whit Monday → Saturday'],
    ['2026-07-15', '2026-07-13', 'after 14 July (Tue) → Mon'],
    ['2026-08-17', '2026-08-14', 'Monday after a Saturday holiday (15 Aug) → Friday'],
    ['2026-11-02', '2026-10-31', 'after All Saints on a Sunday → Saturday'],
    ['2026-11-12', '2026-11-10', 'after Armistice (Wed) → Tue'],
    ['2026-12-26', '2026-12-24', 'after Christmas (Fri) → Thu'],
    ['2026-12-28', '2026-12-26', 'Monday after Christmas week-end → Saturday 26th (open in Paris)'],
    // consecutive closed days
    ['2027-12-27', '2027-12-24', 'Christmas on Saturday then Sunday → Friday'],
    ['2027-01-04', '2027-01-02', 'New Year on Friday: Monday → Saturday'],
    ['2027-01-02', '2026-12-31', 'New Year on Friday: Saturday → Thursday'],
    ['2028-12-26', '2028-12-23', 'Sunday 24th then Christmas Monday → Saturday'],
    ['2023-01-02', '2022-12-31', 'New Year on a Sunday: Monday → Saturday of the year before'],
    ['2027-05-03', '2027-04-30', '1 May on Saturday: Monday → Friday'],
    ['2027-05-10', '2027-05-07', '8 May on Saturday: Monday → Friday'],
    ['2027-05-07', '2027-05-05', 'Ascension 6 May 2027 (Thu) → Wed'],
    ['2026-05-04', '2026-05-02', '1 May on Friday: Monday → Saturday'],
    ['2028-05-02', '2028-04-29', '1 May on Monday: Tuesday → Saturday'],
    ['2028-05-09', '2028-05-06', '8 May on Monday: Tuesday → Saturday'],
    ['2028-06-06', '2028-06-03', 'Whit Monday 2028: Tuesday → Saturday'],
    ['2029-07-16', '2029-07-13', '14 July on Saturday: Monday → Friday'],
    ['2028-11-13', '2028-11-10', '11 Nov on Saturday: Monday → Friday'],
    ['2025-11-03', '2025-10-31', 'All Saints on Saturday: Monday → Friday'],
    ['2024-04-02', '2024-03-30', 'Easter Monday 2024: Tuesday → Saturday'],
  ])('appointment %s → apply on %s (%s)', (day, applyOn) => {
    const w = bookable(lotteryWindow(day));
    expect(w.applyOn).toBe(applyOn);
    expect(w.opensAt).toBe(`${applyOn}T10:30:00.000${parisOffset(applyOn)}`);
    expect(w.closesAt).toBe(`${applyOn}T19:00:00.000${parisOffset(applyOn)}`);
  });

  it.each([
    ['2026-12-06', 'sunday'],
    ['2026-03-29', 'sunday'],
    ['2026-01-01', 'holiday'],
    ['2026-04-06', 'holiday'],
    ['2026-05-01', 'holiday'],
    ['2026-05-08', 'holiday'],
    ['2026-05-14', 'holiday'],
    ['2026-05-25', 'holiday'],
    ['2026-07-14', 'holiday'],
    ['2026-08-15', 'holiday'],
    ['2026-11-01', 'holiday'],
    ['2026-11-11', 'holiday'],
    ['2026-12-25', 'holiday'],
  ] as const)('appointment %s cannot be booked: %s', (day, reason) => {
    expect(lotteryWindow(day)).toEqual({ appointmentDay: day, bookable: false, reason });
  });
});

describe('lotteryWindow: user closures and open days', () => {
  it('a closure on the Saturday pushes the Monday application back to Friday', () => {
    const w = bookable(lotteryWindow('2026-12-07', { closures: ['2026-12-05'] }));
    expect(w.applyOn).toBe('2026-12-04');
    expect(w.opensAt).toBe('2026-12-04T10:30:00.000+01:00');
  });

  it('a closure on the appointment day makes it unbookable with reason closure', () => {
    expect(lotteryWindow('2026-12-08', { closures: ['2026-12-08'] })).toEqual({
      appointmentDay: '2026-12-08',
      bookable: false,
      reason: 'closure',
    });
  });

  it('says closure, not sunday or holiday, when the user closed that day too', () => {
    expect(lotteryWindow('2026-12-06', { closures: ['2026-12-06'] })).toMatchObject({ bookable: false, reason: 'closure' });
    expect(lotteryWindow('2026-12-25', { closures: ['2026-12-25'] })).toMatchObject({ bookable: false, reason: 'closure' });
  });

  it('a whole closed week (stock-taking) pushes the application back across it', () => {
    const closures = allDays('2026-09-14', '2026-09-19'); // Mon–Sat
    expect(bookable(lotteryWindow('2026-09-21', { closures })).applyOn).toBe('2026-09-12');
    expect(lotteryWindow('2026-09-16', { closures })).toMatchObject({ bookable: false, reason: 'closure' });
  });

  it('Easter Monday marked open: it can be booked (apply Saturday) and is the day to apply for Tuesday', () => {
    const openDays = ['2026-04-06'];
    const monday = bookable(lotteryWindow('2026-04-06', { openDays }));
    expect(monday.applyOn).toBe('2026-04-04');
    expect(monday.opensAt).toBe('2026-04-04T10:30:00.000+02:00');
    const tuesday = bookable(lotteryWindow('2026-04-07', { openDays }));
    expect(tuesday.applyOn).toBe('2026-04-06');
    expect(tuesday.closesAt).toBe('2026-04-06T19:00:00.000+02:00');
  });

  it('a Sunday marked open is the day to apply for Monday', () => {
    const w = bookable(lotteryWindow('2026-12-07', { openDays: ['2026-12-06'] }));
    expect(w.applyOn).toBe('2026-12-06');
    expect(w.opensAt).toBe('2026-12-06T10:30:00.000+01:00');
    expect(lotteryWindow('2026-12-06', { openDays: ['2026-12-06'] })).toMatchObject({ bookable: true, applyOn: '2026-12-05' });
  });

  it('openDays wins over the user’s own closures', () => {
    const w = bookable(lotteryWindow('2026-12-07', { closures: ['2026-12-05', '2026-12-06'], openDays: ['2026-12-05'] }));
    expect(w.applyOn).toBe('2026-12-05');
  });

  it('finds an open day exactly 60 days back, and throws a clear error when there is none', () => {
    const day = '2026-12-07';
    const closed59 = allDays(addDays(day, -59), addDays(day, -1));
    expect(bookable(lotteryWindow(day, { closures: closed59 })).applyOn).toBe('2026-10-08');
    const closed60 = [...closed59, addDays(day, -60)];
    expect(() => lotteryWindow(day, { closures: closed60 })).toThrow(
      'No open boutique day in the 60 days before 2026-12-07, so there is no day to apply on; check the closures added to the calendar.',
    );
  });
});

describe('lotteryWindow: daylight-saving weeks in Paris', () => {
  it.each([
    // 2026: summer time starts Sunday 29 March, ends Sunday 25 October
    ['2026-03-28', '2026-03-27', '+01:00', '09:30', '18:00'], // Saturday before the change
    ['2026-03-30', '2026-03-28', '+01:00', '09:30', '18:00'], // Monday after: apply Saturday, still winter time
    ['2026-03-31', '2026-03-30', '+02:00', '08:30', '17:00'], // Tuesday: apply Monday, summer time
    ['2026-10-24', '2026-10-23', '+02:00', '08:30', '17:00'],
    ['2026-10-26', '2026-10-24', '+02:00', '08:30', '17:00'], // apply Saturday, still summer time
    ['2026-10-27', '2026-10-26', '+01:00', '09:30', '18:00'], // apply Monday, winter time
    // 2027: the change falls on Easter Sunday (28 March), so Easter Monday is closed as well
    ['2027-03-30', '2027-03-27', '+01:00', '09:30', '18:00'],
    ['2027-03-31', '2027-03-30', '+02:00', '08:30', '17:00'],
    // 2025: 30 March and 26 October
    ['2025-03-31', '2025-03-29', '+01:00', '09:30', '18:00'],
    ['2025-04-01', '2025-03-31', '+02:00', '08:30', '17:00'],
    ['2025-10-27', '2025-10-25', '+02:00', '08:30', '17:00'],
    ['2025-10-28', '2025-10-27', '+01:00', '09:30', '18:00'],
  ])('appointment %s → apply %s at %s (%sZ–%sZ)', (day, applyOn, offset, opensUtc, closesUtc) => {
    const w = bookable(lotteryWindow(day));
    expect(w.applyOn).toBe(applyOn);
    expect(w.opensAt).toBe(`${applyOn}T10:30:00.000${offset}`);
    expect(w.closesAt).toBe(`${applyOn}T19:00:00.000${offset}`);
    expect(utc(w.opensAt)).toBe(`${applyOn}T${opensUtc}:00.000Z`);
    expect(utc(w.closesAt)).toBe(`${applyOn}T${closesUtc}:00.000Z`);
  });

  it('applying on the change-over Sunday itself (marked open) uses the new offset at 10:30', () => {
    const spring = bookable(lotteryWindow('2026-03-30', { openDays: ['2026-03-29'] }));
    expect(spring.opensAt).toBe('2026-03-29T10:30:00.000+02:00');
    expect(utc(spring.opensAt)).toBe('2026-03-29T08:30:00.000Z');
    const autumn = bookable(lotteryWindow('2026-10-26', { openDays: ['2026-10-25'] }));
    expect(autumn.opensAt).toBe('2026-10-25T10:30:00.000+01:00');
    expect(utc(autumn.closesAt)).toBe('2026-10-25T18:00:00.000Z');
    // still 8 h 30 of real time on the short and long days
    expect(Date.parse(spring.closesAt) - Date.parse(spring.opensAt)).toBe(8.5 * 3_600_000);
    expect(Date.parse(autumn.closesAt) - Date.parse(autumn.opensAt)).toBe(8.5 * 3_600_000);
  });
});

describe('formatWindowInZone: the same span in the user’s home zone', () => {
  it.each([
    // America/New_York — US summer time starts 8 Mar 2026 and ends 1 Nov 2026, three and one weeks
    // apart from Europe's changes, so the gap to Paris is 5 h instead of 6 h in those weeks.
    ['2026-01-14', 'America/New_York', '2026-01-13', '04:30', '2026-01-13', '13:00', 0, 0],
    ['2026-03-06', 'America/New_York', '2026-03-05', '04:30', '2026-03-05', '13:00', 0, 0],
    ['2026-03-09', 'America/New_York', '2026-03-07', '04:30', '2026-03-07', '13:00', 0, 0],
    ['2026-03-10', 'America/New_York', '2026-03-09', '05:30', '2026-03-09', '14:00', 0, 0], // US moved, EU not yet
    ['2026-03-30', 'America/New_York', '2026-03-28', '05:30', '2026-03-28', '14:00', 0, 0],
    ['2026-03-31', 'America/New_York', '2026-03-30', '04:30', '2026-03-30', '13:00', 0, 0], // both on summer time
    ['2026-10-26', 'America/New_York', '2026-10-24', '04:30', '2026-10-24', '13:00', 0, 0],
    ['2026-10-27', 'America/New_York', '2026-10-26', '05:30', '2026-10-26', '14:00', 0, 0], // EU back, US not yet
    ['2026-11-02', 'America/New_York', '2026-10-31', '05:30', '2026-10-31', '14:00', 0, 0],
    ['2026-11-03', 'America/New_York', '2026-11-02', '04:30', '2026-11-02', '13:00', 0, 0], // both on winter time
    // Asia/Tokyo — no DST; the window runs past local midnight
    ['2026-12-07', 'Asia/Tokyo', '2026-12-05', '18:30', '2026-12-06', '03:00', 0, 1],
    ['2026-03-30', 'Asia/Tokyo', '2026-03-28', '18:30', '2026-03-29', '03:00', 0, 1],
    ['2026-03-31', 'Asia/Tokyo', '2026-03-30', '17:30', '2026-03-31', '02:00', 0, 1],
    ['2026-10-27', 'Asia/Tokyo', '2026-10-26', '18:30', '2026-10-27', '03:00', 0, 1],
    // Australia/Sydney — southern summer time (AEDT +11) ends 5 Apr 2026 and starts 4 Oct 2026
    ['2026-12-07', 'Australia/Sydney', '2026-12-05', '20:30', '2026-12-06', '05:00', 0, 1],
    ['2026-03-30', 'Australia/Sydney', '2026-03-28', '20:30', '2026-03-29', '05:00', 0, 1],
    ['2026-04-01', 'Australia/Sydney', '2026-03-31', '19:30', '2026-04-01', '04:00', 0, 1], // Paris summer, Sydney still AEDT
    ['2026-06-10', 'Australia/Sydney', '2026-06-09', '18:30', '2026-06-10', '03:00', 0, 1],
    ['2026-10-14', 'Australia/Sydney', '2026-10-13', '19:30', '2026-10-14', '04:00', 0, 1], // both on summer time
    ['2026-10-27', 'Australia/Sydney', '2026-10-26', '20:30', '2026-10-27', '05:00', 0, 1],
    // Pacific/Honolulu — the window opens the evening before the Paris day
    ['2026-12-07', 'Pacific/Honolulu', '2026-12-04', '23:30', '2026-12-05', '08:00', -1, 0],
    ['2026-06-10', 'Pacific/Honolulu', '2026-06-08', '22:30', '2026-06-09', '07:00', -1, 0],
    // half-hour zone, and Paris itself
    ['2026-12-07', 'Asia/Kolkata', '2026-12-05', '15:00', '2026-12-05', '23:30', 0, 0],
    ['2026-12-07', 'Europe/Paris', '2026-12-05', '10:30', '2026-12-05', '19:00', 0, 0],
  ] as const)(
    'appointment %s in %s: opens %s %s, closes %s %s',
    (day, zone, openDay, opens, closeDay, closes, dayShift, closesDayShift) => {
      const local = formatWindowInZone(bookable(lotteryWindow(day)), zone);
      expect(local).toEqual({
        zone,
        applyOnLocalDay: openDay,
        opensLocal: opens,
        closesLocal: closes,
        dayShift,
        closesLocalDay: closeDay,
        closesDayShift,
        offsetChanges: false,
      });
    },
  );

  it('Sydney clocks go back during the Easter Saturday 2026 window: 19:30 → 03:00 the next day, still 8 h 30', () => {
    const w = bookable(lotteryWindow('2026-04-07'));
    expect(w.applyOn).toBe('2026-04-04');
    expect(formatWindowInZone(w, 'Australia/Sydney')).toEqual({
      zone: 'Australia/Sydney',
      applyOnLocalDay: '2026-04-04',
      opensLocal: '19:30',
      closesLocal: '03:00',
      dayShift: 0,
      closesLocalDay: '2026-04-05',
      closesDayShift: 1,
      offsetChanges: true,
    });
  });

  it('Sydney clocks go forward during the Saturday 3 Oct 2026 window: 18:30 → 04:00 the next day', () => {
    const w = bookable(lotteryWindow('2026-10-05'));
    expect(w.applyOn).toBe('2026-10-03');
    expect(formatWindowInZone(w, 'Australia/Sydney')).toMatchObject({
      opensLocal: '18:30',
      closesLocal: '04:00',
      closesLocalDay: '2026-10-04',
      offsetChanges: true,
    });
  });

  it('returns null for a day that cannot be booked', () => {
    expect(formatWindowInZone(lotteryWindow('2026-12-06'), 'Asia/Tokyo')).toBeNull();
  });

  it.each(['Mars/Olympus', '', 'EST5EDT6', 'Paris'])('refuses the unknown zone %j', (zone) => {
    expect(() => formatWindowInZone(bookable(lotteryWindow('2026-12-07')), zone)).toThrow(
      `Time zone ${JSON.stringify(zone)} is not a known IANA zone`,
    );
  });

  it('round-trips every bookable day of 2024–2030 in each home zone', () => {
    const zones = ['America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Honolulu', 'Asia/Kolkata', 'Europe/Paris'];
    let checked = 0;
    for (const w of lotteryWindowsForRange('2024-01-01', '2030-12-31')) {
      if (!w.bookable) continue;
      for (const zone of zones) {
        const local = formatWindowInZone(w, zone);
        const opens = DateTime.fromISO(`${local.applyOnLocalDay}T${local.opensLocal}`, { zone });
        const closes = DateTime.fromISO(`${local.closesLocalDay}T${local.closesLocal}`, { zone });
        expect(opens.toMillis()).toBe(Date.parse(w.opensAt));
        expect(closes.toMillis()).toBe(Date.parse(w.closesAt));
        expect(local.dayShift).toBe((toMs(local.applyOnLocalDay) - toMs(w.applyOn)) / MS_PER_DAY);
        if (!local.offsetChanges) expect(closes.diff(opens, 'minutes').minutes).toBe(510);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(6 * 2000);
  });
});

describe('windowStatus', () => {
  const december = lotteryWindow('2026-12-07'); // Sat 5 Dec, 10:30–19:00 +01:00
  const march = lotteryWindow('2026-03-31'); // Mon 30 Mar, 10:30–19:00 +02:00

  it.each([
    [december, '2026-12-04T12:00:00+01:00', { state: 'not_yet_open', opensInMs: 22.5 * 3_600_000 }],
    [december, '2026-12-05T10:29:59.999+01:00', { state: 'not_yet_open', opensInMs: 1 }],
    [december, '2026-12-05T09:29:59.999Z', { state: 'not_yet_open', opensInMs: 1 }],
    [december, '2026-12-05T04:29:00-05:00', { state: 'not_yet_open', opensInMs: 60_000 }], // from New York
    [december, '2026-12-05T10:30:00+01:00', { state: 'open', closesInMs: 8.5 * 3_600_000 }],
    [december, '2026-12-05T10:30:00.001+01:00', { state: 'open', closesInMs: 8.5 * 3_600_000 - 1 }],
    [december, '2026-12-05T18:59:00+01:00', { state: 'open', closesInMs: 60_000 }],
    [december, '2026-12-06T02:59:59.999+09:00', { state: 'open', closesInMs: 1 }], // from Tokyo, after midnight
    [december, '2026-12-05T19:00:00+01:00', { state: 'closed' }],
    [december, '2026-12-05T18:00:00Z', { state: 'closed' }],
    [december, '2026-12-05T13:00:00-05:00', { state: 'closed' }],
    [december, '2026-12-07T09:00:00+01:00', { state: 'closed' }],
    [march, '2026-03-30T10:29:59.999+02:00', { state: 'not_yet_open', opensInMs: 1 }],
    [march, '2026-03-30T08:30:00Z', { state: 'open', closesInMs: 8.5 * 3_600_000 }],
    [march, '2026-03-30T09:30:00+01:00', { state: 'open', closesInMs: 8.5 * 3_600_000 }], // same instant, other offset
    [march, '2026-03-30T18:59:00+02:00', { state: 'open', closesInMs: 60_000 }],
    [march, '2026-03-30T17:00:00Z', { state: 'closed' }],
    // across the change-over weekend: from Saturday noon (+01:00) to Monday 10:30 (+02:00) is 45.5 h
    [march, '2026-03-28T12:00:00+01:00', { state: 'not_yet_open', opensInMs: 45.5 * 3_600_000 }],
  ])('%#: at %s', (window, now, expected) => {
    expect(windowStatus(window, now)).toEqual(expected);
  });

  it('says why a day cannot be booked', () => {
    expect(windowStatus(lotteryWindow('2026-12-06'), '2026-12-05T12:00:00Z')).toEqual({ state: 'not_bookable', reason: 'sunday' });
    expect(windowStatus(lotteryWindow('2026-12-25'), '2026-12-05T12:00:00Z')).toEqual({ state: 'not_bookable', reason: 'holiday' });
    expect(windowStatus(lotteryWindow('2026-12-08', { closures: ['2026-12-08'] }), '2026-12-05T12:00:00Z')).toEqual({
      state: 'not_bookable',
      reason: 'closure',
    });
  });

  it.each(['2026-12-05T10:30:00', '2026-12-05', 'soon', '2026-12-05T25:00:00Z'])(
    'refuses the current time %j (an instant needs its zone, or it would be read in the machine’s)',
    (now) => {
      expect(() => windowStatus(december, now)).toThrow(now);
    },
  );
});

describe('lotteryWindowsForRange', () => {
  it('gives one window per day of a trip, both ends included', () => {
    const windows = lotteryWindowsForRange('2026-12-04', '2026-12-09');
    expect(windows.map((w) => [w.appointmentDay, w.bookable ? w.applyOn : w.reason])).toEqual([
      ['2026-12-04', '2026-12-03'],
      ['2026-12-05', '2026-12-04'],
      ['2026-12-06', 'sunday'],
      ['2026-12-07', '2026-12-05'],
      ['2026-12-08', '2026-12-07'],
      ['2026-12-09', '2026-12-08'],
    ]);
    expect(windows[3]).toEqual(lotteryWindow('2026-12-07'));
  });

  it('applies the options to every day', () => {
    const windows = lotteryWindowsForRange('2026-12-24', '2026-12-28', { closures: ['2026-12-26'], openDays: ['2026-12-25'] });
    expect(windows.map((w) => [w.appointmentDay, w.bookable ? w.applyOn : w.reason])).toEqual([
      ['2026-12-24', '2026-12-23'],
      ['2026-12-25', '2026-12-24'],
      ['2026-12-26', 'closure'],
      ['2026-12-27', 'sunday'],
      ['2026-12-28', '2026-12-25'],
    ]);
  });

  it('handles a one-day range, a range across the year and DST changes', () => {
    expect(lotteryWindowsForRange('2026-12-07', '2026-12-07')).toEqual([lotteryWindow('2026-12-07')]);
    const range = lotteryWindowsForRange('2026-03-25', '2026-04-08');
    expect(range).toHaveLength(15);
    expect(range).toEqual(allDays('2026-03-25', '2026-04-08').map((d) => lotteryWindow(d)));
    expect(lotteryWindowsForRange('2026-12-30', '2027-01-04').map((w) => w.appointmentDay)).toEqual(
      allDays('2026-12-30', '2027-01-04'),
    );
  });

  it('refuses a backwards range, a range over ten years and bad days, naming them', () => {
    expect(() => lotteryWindowsForRange('2026-12-09', '2026-12-04')).toThrow(
      'To day 2026-12-04 is before from day 2026-12-09; the range must run forwards.',
    );
    expect(() => lotteryWindowsForRange('2020-01-01', '2030-12-31')).toThrow(/spans 4018 days; at most 3660/);
    expect(() => lotteryWindowsForRange('2026-12-32', '2027-01-01')).toThrow('From day "2026-12-32"');
    expect(() => lotteryWindowsForRange('2026-12-01', '12/31/2026')).toThrow('To day "12/31/2026"');
  });
});

describe('bad input', () => {
  it.each([
    ['2026-13-01', 'is not a real calendar day'],
    ['2026-02-30', 'is not a real calendar day'],
    ['2027-02-29', 'is not a real calendar day'],
    ['2026-04-31', 'is not a real calendar day'],
    ['2026-00-10', 'is not a real calendar day'],
    ['2026-12-00', 'is not a real calendar day'],
    ['hello', 'is not written as YYYY-MM-DD'],
    ['2026-1-5', 'is not written as YYYY-MM-DD'],
    ['', 'is not written as YYYY-MM-DD'],
    [' 2026-12-07', 'is not written as YYYY-MM-DD'],
    ['2026-12-07T10:30', 'is not written as YYYY-MM-DD'],
    ['20261207', 'is not written as YYYY-MM-DD'],
    ['2026/12/07', 'is not written as YYYY-MM-DD'],
  ])('%j: %s', (day, problem) => {
    const message = `Appointment day "${day}" ${problem}`;
    expect(() => lotteryWindow(day)).toThrow(message);
    expect(() => isBoutiqueOpen(day)).toThrow(`Day "${day}" ${problem}`);
    expect(() => closedReason(day)).toThrow(`Day "${day}" ${problem}`);
    expect(() => holidayName(day)).toThrow(`Day "${day}" ${problem}`);
  });

  it('accepts 29 February in a leap year', () => {
    expect(bookable(lotteryWindow('2028-02-29')).applyOn).toBe('2028-02-28');
  });

  it('refuses a non-string day, naming what it got', () => {
    expect(() => lotteryWindow(20261207 as unknown as string)).toThrow("Appointment day must be a 'YYYY-MM-DD' string such as 2026-12-07; got 20261207.");
    expect(() => lotteryWindow(undefined as unknown as string)).toThrow('got undefined');
  });

  it('refuses bad closures and open days, naming the bad value', () => {
    expect(() => lotteryWindow('2026-12-07', { closures: ['2026-12-05', '2026-02-30'] })).toThrow(
      'Closure day "2026-02-30" is not a real calendar day',
    );
    expect(() => isBoutiqueOpen('2026-12-07', { openDays: ['7 Dec'] })).toThrow('Open day "7 Dec" is not written as YYYY-MM-DD');
    expect(() => lotteryWindow('2026-12-07', { closures: '2026-12-05' as unknown as string[] })).toThrow(
      `Boutique calendar option "closures" must be a list of 'YYYY-MM-DD' days; got "2026-12-05".`,
    );
  });
});

describe('every day 2024–2030', () => {
  const days = allDays('2024-01-01', '2030-12-31');

  it('matches the independent oracle (published holidays, JS Sundays, EU summer-time rule) on every day', () => {
    expect(days).toHaveLength(2557);
    for (const day of days) expect(lotteryWindow(day)).toEqual(oracleWindow(day));
    expect(lotteryWindowsForRange('2024-01-01', '2030-12-31')).toEqual(days.map((d) => oracleWindow(d)));
  });

  const dayIndex = fc.integer({ min: 0, max: days.length - 1 });
  const offsets = fc.uniqueArray(fc.integer({ min: -20, max: 3 }), { maxLength: 12 });

  it('property: bookable windows follow the rule, with any closures and open days near the day', () => {
    fc.assert(
      fc.property(dayIndex, offsets, offsets, (i, closureOffsets, openOffsets) => {
        const day = days[i]!;
        const options: BoutiqueCalendarOptions = {
          closures: closureOffsets.map((n) => addDays(day, n)),
          openDays: openOffsets.map((n) => addDays(day, n)),
        };
        const w = lotteryWindow(day, options);
        expect(w).toEqual(oracleWindow(day, options));
        expect(w.bookable).toBe(isBoutiqueOpen(day, options));
        if (!w.bookable) {
          expect(w.reason).toBe(closedReason(day, options));
          return;
        }
        expect(w.applyOn < day).toBe(true);
        expect(isBoutiqueOpen(w.applyOn, options)).toBe(true);
        for (let d = addDays(w.applyOn, 1); d < day; d = addDays(d, 1)) {
          expect(isBoutiqueOpen(d, options)).toBe(false);
        }
        const opens = DateTime.fromISO(w.opensAt, { setZone: true });
        const opensParis = opens.setZone('Europe/Paris');
        expect(opensParis.toFormat('yyyy-MM-dd HH:mm:ss.SSS')).toBe(`${w.applyOn} 10:30:00.000`);
        expect(opens.offset).toBe(opensParis.offset); // the string carries Paris's own offset
        const closesParis = DateTime.fromISO(w.closesAt).setZone('Europe/Paris');
        expect(closesParis.toFormat('yyyy-MM-dd HH:mm')).toBe(`${w.applyOn} 19:00`);
        expect(Date.parse(w.closesAt) - Date.parse(w.opensAt)).toBe(8.5 * 3_600_000);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: windowStatus agrees with the instants at any moment around the window', () => {
    fc.assert(
      fc.property(dayIndex, fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }), (i, deltaMs) => {
        const w = lotteryWindow(days[i]!);
        const anchor = w.bookable ? Date.parse(w.opensAt) : toMs(days[i]!);
        const now = new Date(anchor + deltaMs).toISOString();
        const status = windowStatus(w, now);
        if (!w.bookable) {
          expect(status).toEqual({ state: 'not_bookable', reason: w.reason });
          return;
        }
        const t = Date.parse(now);
        const [o, c] = [Date.parse(w.opensAt), Date.parse(w.closesAt)];
        if (t < o) expect(status).toEqual({ state: 'not_yet_open', opensInMs: o - t });
        else if (t < c) expect(status).toEqual({ state: 'open', closesInMs: c - t });
        else expect(status).toEqual({ state: 'closed' });
      }),
      { numRuns: 2000 },
    );
  });
});
