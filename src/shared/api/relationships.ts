/**
 * Contacts as relationships: the follow-up a keep-in-touch cadence produces (snooze, done), merging
 * duplicate contacts (with undo), and who to continue with after an SA moved on. The fields
 * themselves (cadence, birthday, what they may offer…) are the contact's, in contacts.ts.
 */
import { z } from 'zod';
import { channel } from './channel';
import type { Contact } from './contacts';
import { byId, day, id } from './fields';

/** Snooze the follow-up: no follow-up before this day. */
export const contactSnooze = z.strictObject({ id, until: day });
export const contactFollowUpDone = z.strictObject({ id, day: day.optional() });
export const contactMerge = z
  .strictObject({ keepId: id, mergeId: id })
  .refine((m) => m.keepId !== m.mergeId, { error: 'Choose another contact to merge: a contact cannot be merged with itself.', path: ['mergeId'] });
export const contactUnmerge = z.strictObject({ mergeId: id });

export interface MergeResult {
  kept: Contact;
  mergeId: number;
  /** "3 log entries, 1 purchase and 1 gift moved to Hélène Martin." */
  sentence: string;
}

export const relationshipsContract = {
  'contacts.snooze': channel<Contact>()(contactSnooze),
  'contacts.followUpDone': channel<Contact>()(contactFollowUpDone),
  'contacts.merge': channel<MergeResult>()(contactMerge),
  'contacts.unmerge': channel<{ kept: Contact; restored: Contact }>()(contactUnmerge),
  /** Who to continue with after a contact moved on: the others at the same boutique still there. */
  'contacts.continueWith': channel<Contact[]>()(byId),
};
