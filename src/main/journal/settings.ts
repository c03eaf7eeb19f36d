/**
 * Settings (one JSON value per key) and the boutique calendar's user overrides. Unset settings
 * read as their defaults; the home zone defaults to this machine's zone.
 */
import type { ParsedInputOf } from '../../shared/api';
import { settingsUpdate, type CalendarOverride, type Settings, type settingsContract } from '../../shared/api/settings';
import { effectiveRules, type RuleValues } from '../../shared/domain/rule-values';
import type { LotteryOptions } from '../../shared/domain/lottery';
import { notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import type { DomainHandlers } from './handler';

const defaults = (): Settings => ({
  homeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris',
  defaultCurrency: 'EUR',
  theme: 'system',
  calendarAlarms: true,
  alarmOpeningMinutes: 0,
  alarmClosingMinutes: 60,
  appointmentAlarmMinutes: 60,
  rules: {},
});

/** What the user sees for a setting whose stored value cannot be used. */
const SETTING_LABELS: Record<string, string> = {
  homeZone: 'home time zone',
  defaultCurrency: 'default currency',
  theme: 'theme',
  calendarAlarms: 'calendar reminders switch',
  alarmOpeningMinutes: 'reminder before a lottery window opens',
  alarmClosingMinutes: 'reminder before a lottery window closes',
  appointmentAlarmMinutes: 'reminder before an appointment',
  rules: 'rules you set in Settings › Rules',
  welcome: 'first-run welcome answer',
};

/**
 * The settings, each stored value checked with the same schema as `settings.update` (one
 * source): a value written by an old version, a hand-edited file or an import that cannot be
 * used reads as its default, with a sentence saying so, instead of taking a screen down.
 */
export function getSettings(journal: Journal): Settings {
  const rows = journal.all(journal.q.selectFrom('settings').selectAll());
  const base = defaults();
  const stored: Record<string, unknown> = {};
  const fallbacks: string[] = [];
  const shape = settingsUpdate.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } } | undefined>;
  for (const row of rows) {
    const schema = shape[row.key];
    if (!schema) continue; // A key this version does not know is left alone.
    const label = SETTING_LABELS[row.key] ?? row.key;
    const baseValue = (base as unknown as Record<string, unknown>)[row.key];
    // A setting with no default (the welcome answer) reads as unset.
    const fallback =
      baseValue === undefined ? 'it reads as not set' : row.key === 'rules' ? 'the reported values are used' : `${JSON.stringify(baseValue)} is used instead`;
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      fallbacks.push(`The stored ${label} could not be read, so ${fallback}; choose it again in Settings.`);
      continue;
    }
    const parsed = value === undefined ? null : schema.safeParse(value);
    if (!parsed?.success) {
      fallbacks.push(`The stored ${label} ${JSON.stringify(value)} is not valid, so ${fallback}; choose it again in Settings.`);
      continue;
    }
    stored[row.key] = parsed.data;
  }
  return { ...base, ...(stored as Partial<Settings>), ...(fallbacks.length > 0 ? { fallbacks } : {}) };
}

export function updateSettings(journal: Journal, input: ParsedInputOf<'settings.update'>): Settings {
  return journal.tx(() => {
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      journal.run(
        journal.q
          .insertInto('settings')
          .values({ key, value: JSON.stringify(value) })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) })),
      );
    }
    return getSettings(journal);
  });
}

/** Tables whose rows are the user's own records (the built-in Paris boutiques are not). */
const RECORD_TABLES = ['trips', 'contacts', 'purchases', 'appointment_attempts', 'special_orders', 'offers', 'decision_notes'] as const;

/** True when the journal holds nothing the user wrote: no record, no boutique of their own. */
export function journalIsEmpty(journal: Journal): boolean {
  for (const table of RECORD_TABLES) {
    if (journal.first(journal.q.selectFrom(table).select('id').limit(1))) return false;
  }
  return !journal.first(journal.q.selectFrom('boutiques').select('id').where('code', 'is', null).limit(1));
}

/**
 * The welcome shows once, on a new journal: not after it was answered or skipped, and never on
 * a journal that already holds records (the sample journal, an imported one, an old one).
 */
export function welcomeStatus(journal: Journal): { show: boolean } {
  return { show: getSettings(journal).welcome === undefined && journalIsEmpty(journal) };
}

export function listOverrides(journal: Journal, input: ParsedInputOf<'calendarOverrides.list'>): CalendarOverride[] {
  return journal.shaped('calendarOverrides.list', { from: input?.from, to: input?.to }, ['from', 'to'], (a) => {
    let q = journal.q.selectFrom('calendar_overrides').selectAll().orderBy('day');
    if (a.from) q = q.where('day', '>=', a.from);
    if (a.to) q = q.where('day', '<=', a.to);
    return q;
  });
}

/** The rule values in force in this journal: the user's own where set, the reported ones otherwise. */
export function rulesOf(journal: Journal): RuleValues {
  return effectiveRules(getSettings(journal).rules);
}

/** Closures, open days and the window's hours: the shape the lottery rule takes. */
export function calendarOptions(journal: Journal, rules: RuleValues = rulesOf(journal)): LotteryOptions & { closures: string[]; openDays: string[] } {
  const rows = listOverrides(journal, undefined);
  return {
    closures: rows.filter((r) => r.kind === 'closed').map((r) => r.day),
    openDays: rows.filter((r) => r.kind === 'open').map((r) => r.day),
    hours: rules.windowHours,
  };
}

export function setOverride(journal: Journal, input: ParsedInputOf<'calendarOverrides.set'>): CalendarOverride {
  return journal.tx(() => {
    journal.run(
      journal.q
        .insertInto('calendar_overrides')
        .values(input)
        .onConflict((oc) => oc.column('day').doUpdateSet({ kind: input.kind, note: input.note })),
    );
    return input;
  });
}

export function deleteOverride(journal: Journal, { day }: { day: string }): { day: string } {
  return journal.tx(() => {
    const res = journal.run(journal.q.deleteFrom('calendar_overrides').where('day', '=', day));
    if (res.changes === 0) throw notFound('Calendar override for', day);
    return { day };
  });
}

export const settingsHandlers = {
  'settings.get': getSettings,
  'settings.update': updateSettings,
  'settings.welcome': welcomeStatus,
  'calendarOverrides.list': listOverrides,
  'calendarOverrides.set': setOverride,
  'calendarOverrides.delete': deleteOverride,
} satisfies DomainHandlers<typeof settingsContract>;
