/**
 * Lottery reminders as desktop notifications: the pure scheduler (reminders.ts) given a
 * `notify` that shows an Electron notification, and the instant it last ran kept per journal in
 * the user-data folder, so windows that opened while Carnet was closed are announced once.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Journal } from './db/journal';
import { DateTime } from 'luxon';
import { dueContactReminders } from './contact-reminders';
import { dueNoteReminders } from './note-reminders';
import { showNotification } from './notifications';
import { ReminderScheduler, type Reminder } from './reminders';

/** Where a reminder's notification leads: the trip it is about, else the calendar. */
export function routeOfReminder(reminder: Reminder | undefined): string {
  const trip = reminder?.window.trips[0];
  return trip ? `/trips/${trip.id}` : '/calendar';
}

type LastRuns = Record<string, string>;

function readLastRuns(file: string): LastRuns {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string' && !Number.isNaN(Date.parse(e[1]))));
  } catch {
    return {};
  }
}

export interface DesktopReminders {
  scheduler: ReminderScheduler;
  /** Records how far reminders were given (call on quit). */
  saveLastRun(): void;
}

export function startDesktopReminders(options: { journal: Journal; journalPath: string; stateFile: string; open: (route: string) => void }): DesktopReminders {
  const { journal, journalPath, stateFile, open } = options;
  const scheduler = new ReminderScheduler({
    journal,
    notify: (title, body, reminder) => {
      showNotification({ title, body, route: routeOfReminder(reminder) }, (route) => open(route ?? '/calendar'));
    },
  });
  const saveLastRun = () => {
    const lastRun = scheduler.lastRun;
    if (!lastRun) return;
    try {
      fs.mkdirSync(path.dirname(stateFile), { recursive: true });
      fs.writeFileSync(stateFile, JSON.stringify({ ...readLastRuns(stateFile), [journalPath]: lastRun }));
    } catch {
      // Without the file, the next start only skips the "missed while closed" notices.
    }
  };
  scheduler.start(readLastRuns(stateFile)[journalPath] ?? null);
  saveLastRun();

  // Decision notes asked to be resurfaced on a day: announced once, on that day or the next start.
  const notesKey = `${journalPath}#notes`;
  const announceNotes = () => {
    const today = DateTime.local().toISODate()!;
    const since = readLastRuns(stateFile)[notesKey] ?? null;
    if (since === today) return;
    for (const note of dueNoteReminders(journal, today, since)) {
      showNotification({ title: note.title, body: note.body, route: note.route }, (route) => open(route ?? note.route));
    }
    try {
      fs.mkdirSync(path.dirname(stateFile), { recursive: true });
      fs.writeFileSync(stateFile, JSON.stringify({ ...readLastRuns(stateFile), [notesKey]: today }));
    } catch {
      // Without the file, today's notes may be announced again on the next start.
    }
  };
  announceNotes();
  setInterval(announceNotes, 30 * 60 * 1000).unref();

  // Follow-ups (cadence, day set, snooze ended) on their day; birthdays and name days the contact's days before.
  const contactsKey = `${journalPath}#contacts`;
  const announceContacts = () => {
    const today = DateTime.local().toISODate()!;
    const since = readLastRuns(stateFile)[contactsKey] ?? null;
    if (since === today) return;
    for (const r of dueContactReminders(journal, today, since)) {
      showNotification({ title: r.title, body: r.body, route: r.route }, (route) => open(route ?? r.route));
    }
    try {
      fs.mkdirSync(path.dirname(stateFile), { recursive: true });
      fs.writeFileSync(stateFile, JSON.stringify({ ...readLastRuns(stateFile), [contactsKey]: today }));
    } catch {
      // Without the file, today's reminders may be announced again on the next start.
    }
  };
  announceContacts();
  setInterval(announceContacts, 30 * 60 * 1000).unref();
  return { scheduler, saveLastRun };
}
