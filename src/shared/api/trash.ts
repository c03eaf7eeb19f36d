/**
 * The Trash: a deleted record waits here 30 days with everything that went with it, and can be
 * put back as it was. The `*.delete` channels of each domain move records here; these list,
 * preview (what a delete would take along), restore and purge.
 */
import { z } from 'zod';
import { channel } from './channel';
import { id } from './fields';
import { recordKinds, type RecordKind, type RecordScreen } from '../domain/records';
import type { TrashCount } from '../domain/trash';

export interface TrashEntry {
  id: number;
  kind: RecordKind;
  /** "Trip", "Contact"… */
  kindLabel: string;
  recordId: number;
  /** What the person called it when it was deleted ("Paris in May"). */
  label: string;
  /** UTC ISO instant. */
  deletedAt: string;
  /** The day (YYYY-MM-DD, UTC) after which it is purged. */
  purgedAfter: string;
  /** Rows of other tables that went with it. */
  counts: TrashCount[];
  /** "3 decision notes and 2 log entries go to the Trash with it." in words, or '' */
  goesWith: string;
}

export interface TrashPreview {
  counts: TrashCount[];
  /** Rows that point at the record and lose that link (until a restore). */
  relinks: TrashCount[];
  /** "3 decision notes and 2 log entries go to the Trash with it." */
  sentence: string;
}

export interface Restored {
  kind: RecordKind;
  recordId: number;
  label: string;
  /** The screen that shows it, or null (a note: its subject's screen). */
  screen: RecordScreen | null;
  /** Links from other records put back. */
  relinked: number;
  /** True when a newer record had taken its number and it came back under a new one. */
  renumbered: boolean;
  /** What could not come back as it was, in sentences ("It is no longer your home store…"). */
  notes: string[];
}

const kind = z.enum(recordKinds as [RecordKind, ...RecordKind[]], { error: 'That is not a kind of record Carnet keeps.' });

export const trashPreview = z.strictObject({ kind, id });

/** An entry by its own id, or the latest entry of a record (what the Undo toast knows). */
export const trashRestore = z.union([z.strictObject({ id }), z.strictObject({ kind, recordId: id })], {
  error: 'Say which entry of the Trash to restore.',
});

export const trashPurge = z.union([z.strictObject({ id }), z.strictObject({ all: z.literal(true, { error: 'To empty the Trash, say all: true.' }) })], {
  error: 'Say which entry of the Trash to delete forever, or empty it all.',
});

const none = z.undefined().or(z.strictObject({}));

export const trashContract = {
  'trash.list': channel<TrashEntry[]>()(none),
  'trash.preview': channel<TrashPreview>()(trashPreview),
  'trash.restore': channel<Restored>()(trashRestore),
  'trash.purge': channel<{ purged: number }>()(trashPurge),
};
