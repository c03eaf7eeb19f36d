import { z } from 'zod';
import { channel } from './channel';
import { currency, day, optionalText, timeZone } from './fields';

export const THEMES = ['system', 'light', 'dark'] as const;
/** How the first-run welcome ended: answered, or put aside. Either way it is not shown again. */
export const WELCOME_ANSWERS = ['completed', 'skipped'] as const;

export interface Settings {
  /** The user's own zone: times are shown in it beside Paris time. Defaults to the system zone. */
  homeZone: string;
  /** The currency new purchases start in. */
  defaultCurrency: string;
  theme: (typeof THEMES)[number];
  /** Reminders (VALARM, DISPLAY) in the exported calendar: off switches them all off. */
  calendarAlarms: boolean;
  /** Minutes before a lottery window opens that the first reminder rings (0: at opening). */
  alarmOpeningMinutes: number;
  /** Minutes before a lottery window closes that the second reminder rings. */
  alarmClosingMinutes: number;
  /** Minutes before a granted appointment that its reminder rings. */
  appointmentAlarmMinutes: number;
  /** Set once the first-run welcome was answered or skipped; absent on a new journal. */
  welcome?: (typeof WELCOME_ANSWERS)[number];
  /**
   * One sentence per stored value that could not be used (a zone that does not exist, an unknown
   * currency): it reads as its safe default instead, and the app says so. Absent when all is well.
   */
  fallbacks?: string[];
}

/** Reminder minutes: up to a day before. */
const alarmMinutes = (what: string) =>
  z
    .number({ error: `${what} is a number of minutes.` })
    .int({ error: `${what} is a whole number of minutes.` })
    .min(0, { error: `${what} cannot be negative.` })
    .max(1440, { error: `${what} is at most 1440 minutes (a day).` });

export interface CalendarOverride {
  day: string;
  /** 'closed': an exceptional closure of the Paris boutiques; 'open': a holiday or Sunday marked open. */
  kind: 'closed' | 'open';
  note: string | null;
}

export const settingsUpdate = z.strictObject({
  homeZone: timeZone.optional(),
  defaultCurrency: currency.optional(),
  theme: z.enum(THEMES, { error: 'Theme is system, light or dark.' }).optional(),
  calendarAlarms: z.boolean({ error: 'Say whether the exported calendar carries reminders.' }).optional(),
  alarmOpeningMinutes: alarmMinutes('The reminder before a lottery window opens').optional(),
  alarmClosingMinutes: alarmMinutes('The reminder before a lottery window closes').optional(),
  appointmentAlarmMinutes: alarmMinutes('The reminder before an appointment').optional(),
  welcome: z.enum(WELCOME_ANSWERS, { error: 'The welcome is completed or skipped.' }).optional(),
});

export const overrideSet = z.strictObject({
  day,
  kind: z.enum(['closed', 'open'], { error: 'Choose closed or open.' }),
  note: optionalText('Note', 200),
});

export const overrideList = z.strictObject({ from: day.optional(), to: day.optional() }).optional();

export const settingsContract = {
  'settings.get': channel<Settings>()(z.undefined().or(z.strictObject({}))),
  'settings.update': channel<Settings>()(settingsUpdate),
  /** Whether to show the first-run welcome: on a journal with no records whose welcome was never answered. */
  'settings.welcome': channel<{ show: boolean }>()(z.undefined().or(z.strictObject({}))),
  'calendarOverrides.list': channel<CalendarOverride[]>()(overrideList),
  'calendarOverrides.set': channel<CalendarOverride>()(overrideSet),
  'calendarOverrides.delete': channel<{ day: string }>()(z.strictObject({ day })),
};
