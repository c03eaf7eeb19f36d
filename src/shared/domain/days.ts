/**
 * Calendar days ('YYYY-MM-DD') as whole days since 1970-01-01, with no zone and no time: adding
 * days and counting them without luxon, whose calendar arithmetic costs ~50× more (a list of
 * purchases or a month of the calendar asks for thousands). Pure; each day converted once.
 */
const DAY_MS = 86_400_000;
const epochs = new Map<string, number>();
const days = new Map<number, string>();
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
export function epochDay(day: string): number {
  let epoch = epochs.get(day);
  if (epoch === undefined) {
    const d = new Date(0);
    d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
    epoch = Math.round(d.getTime() / DAY_MS);
    if (epochs.size >= 50_000) epochs.clear();
    epochs.set(day, epoch);
  }
  return epoch;
}
export function dayOfEpoch(epoch: number): string {
  let day = days.get(epoch);
  if (day === undefined) {
    const d = new Date(epoch * DAY_MS);
    day = `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
    if (days.size >= 50_000) days.clear();
    days.set(epoch, day);
  }
  return day;
}

/** `day` plus `n` days (n may be negative): addDays('2026-02-27', 2) = '2026-03-01'. */
export const addDays = (day: string, n: number): string => dayOfEpoch(epochDay(day) + n);

/** Whether `s` is 'YYYY-MM-DD' and a day that exists (no 31 April, no 29 February 2027). */
export function isCalendarDay(s: string): boolean {
  if (s.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}
