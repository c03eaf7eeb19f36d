import { z } from 'zod';
import { channel } from './channel';
import { currency, day, optionalText, timeZone } from './fields';

export const THEMES = ['system', 'light', 'dark'] as const;

export interface Settings {
  /** The user's own zone: times are shown in it beside Paris time. Defaults to the system zone. */
  homeZone: string;
  /** The currency new purchases start in. */
  defaultCurrency: string;
  theme: (typeof THEMES)[number];
}

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
  'calendarOverrides.list': channel<CalendarOverride[]>()(overrideList),
  'calendarOverrides.set': channel<CalendarOverride>()(overrideSet),
  'calendarOverrides.delete': channel<{ day: string }>()(z.strictObject({ day })),
};
