/**
 * Photos and documents on records. The bytes cross the contract once, as base64 in JSON (the
 * web harness and IPC carry JSON alike); what comes back is small: a thumbnail in the list, a
 * screen-size rendition on request. File paths never cross it.
 */
import { z } from 'zod';
import { channel, laterChannel } from './channel';
import { byId, day, id, optionalDay } from './fields';
import { ATTACHMENT_SUBJECTS, RECORD_KINDS, type AttachmentSubject } from '../domain/records';

/** The largest file Carnet keeps: a phone's photo is 2–10 MB, a scanned PDF rarely above 20. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/**
 * The base64 the schema lets through: 1 MB above the limit, so a file just over it reaches the
 * service and is refused with its own size; anything larger is refused here.
 */
const MAX_BASE64_CHARS = Math.ceil((MAX_ATTACHMENT_BYTES + 1024 * 1024) / 3) * 4 + 4;

/** What Carnet stores: photos (JPEG, PNG, WebP; HEIC and AVIF are stored as JPEG) and PDFs. */
export const STORED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type StoredType = (typeof STORED_TYPES)[number];

/** "12.4 MB", "830 KB": a size as a person reads it. */
export const sizeInWords = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export const TOO_LARGE = (bytes: number): string => `This file is ${sizeInWords(bytes)}; Carnet keeps files up to ${sizeInWords(MAX_ATTACHMENT_BYTES)}.`;

/** A file whose bytes are missing or no longer what was stored (shown instead of a broken image). */
export type AttachmentProblem = 'missing' | 'damaged';

export interface Attachment {
  id: number;
  recordKind: AttachmentSubject;
  recordId: number;
  /** The file's name as added (folders and control characters removed). */
  name: string;
  /** What is stored (a HEIC photo is stored as JPEG). */
  mime: StoredType;
  /** What was added (image/heic for an iPhone photo). */
  sourceMime: string;
  kind: 'photo' | 'document';
  byteSize: number;
  width: number | null;
  height: number | null;
  caption: string | null;
  takenOn: string | null;
  isCover: boolean;
  position: number;
  createdAt: string;
  sha256: string;
  /** The small rendition as a data: URL (null for a document or a missing file). */
  thumbnail: string | null;
  problem: AttachmentProblem | null;
}

export interface AttachmentView {
  attachment: Attachment;
  /** The screen-size rendition of a photo as a data: URL; null for a document or a missing file. */
  screen: string | null;
}

export interface AttachmentCheck {
  checked: number;
  /** Every attachment whose file is missing or no longer matches its SHA-256, with its record. */
  problems: { id: number; recordKind: AttachmentSubject; recordId: number; recordLabel: string; name: string; problem: AttachmentProblem }[];
}

const recordKind = z.enum(ATTACHMENT_SUBJECTS, {
  error: `Photos go on a ${ATTACHMENT_SUBJECTS.map((k) => RECORD_KINDS[k].inSentence).join(', ')}.`,
});

const caption = z
  .string({ error: 'The caption must be text.' })
  .trim()
  .max(500, { error: 'The caption is at most 500 characters.' })
  .nullish()
  .transform((s) => (s ? s : null));

export const attachmentAdd = z.strictObject({
  recordKind,
  recordId: id,
  /** The file's name as the computer showed it; only shown, never used as a path. */
  name: z.string({ error: 'The file needs a name.' }).max(1000, { error: 'The file name is too long.' }),
  /** The file's bytes, base64. */
  data: z
    .string({ error: 'Choose a file to add.' })
    .max(MAX_BASE64_CHARS, { error: `This file is larger than ${sizeInWords(MAX_ATTACHMENT_BYTES)}; Carnet keeps files up to ${sizeInWords(MAX_ATTACHMENT_BYTES)}.` })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file did not arrive whole; add it again.' }),
  caption,
  takenOn: optionalDay,
});

export const attachmentList = z.strictObject({ recordKind, recordId: id });

/** Covers of many records at once (a list of purchases). */
export const attachmentCovers = z.strictObject({ recordKind, recordIds: z.array(id).max(1000, { error: 'Ask for at most 1000 covers at once.' }) });

export const attachmentUpdate = z
  .strictObject({
    id,
    caption,
    takenOn: day.nullable(),
    isCover: z.boolean({ error: 'Say whether this is the cover photo.' }),
  })
  .partial()
  .required({ id: true });

export const attachmentsContract = {
  'attachments.add': laterChannel<Attachment>()(attachmentAdd),
  'attachments.list': channel<Attachment[]>()(attachmentList),
  'attachments.covers': channel<Record<number, string>>()(attachmentCovers),
  'attachments.get': channel<AttachmentView>()(byId),
  'attachments.update': channel<Attachment>()(attachmentUpdate),
  'attachments.delete': channel<{ id: number }>()(byId),
  'attachments.check': channel<AttachmentCheck>()(z.undefined().or(z.strictObject({}))),
};
