/**
 * Photos and documents on records (migration 018). The bytes are checked by their content, made
 * safe (photos re-encoded without metadata), written to the content-addressed store beside the
 * journal, and only then described in the journal in one transaction. A file is removed only
 * when no attachment names its hash any more.
 */
import type { ParsedInputOf } from '../../shared/api';
import {
  MAX_ATTACHMENT_BYTES,
  TOO_LARGE,
  type Attachment,
  type AttachmentCheck,
  type AttachmentProblem,
  type AttachmentView,
  type attachmentsContract,
} from '../../shared/api/attachments';
import { RECORD_KINDS, type AttachmentSubject } from '../../shared/domain/records';
import { invalid, notFound } from '../../shared/result';
import { checkPdf, preparePhoto } from '../attachments/images';
import { safeName, sniff } from '../attachments/sniff';
import { AttachmentStore, storeRootFor, type Rendition } from '../attachments/store';
import type { Journal } from '../db/journal';
import type { AttachmentsTable } from '../db/tables';
import { flag, requireLink, type DomainHandlers } from './handler';

type Row = Omit<AttachmentsTable, 'id' | 'is_cover'> & { id: number; is_cover: 0 | 1 };

const stores = new WeakMap<Journal, AttachmentStore>();
/** The journal's store: `<journal name>-files` beside the journal file. */
export function storeOf(journal: Journal): AttachmentStore {
  let store = stores.get(journal);
  if (!store) {
    store = new AttachmentStore(storeRootFor(journal.path));
    stores.set(journal, store);
  }
  return store;
}

const dataUrl = (bytes: Buffer | null, mime: string): string | null => (bytes ? `data:${mime};base64,${bytes.toString('base64')}` : null);

/** Cheap: is the file there with its size? (The full SHA-256 check is attachments.check.) */
function problemOf(store: AttachmentStore, row: Row): AttachmentProblem | null {
  const size = store.sizeOf(row.sha256);
  if (size === null) return 'missing';
  return size === row.byte_size ? null : 'damaged';
}

function toAttachment(store: AttachmentStore, r: Row, withThumbnail = true): Attachment {
  const problem = problemOf(store, r);
  const photo = r.mime !== 'application/pdf';
  return {
    id: r.id,
    recordKind: r.record_kind as AttachmentSubject,
    recordId: r.record_id,
    name: r.original_name,
    mime: r.mime,
    sourceMime: r.source_mime,
    kind: photo ? 'photo' : 'document',
    byteSize: r.byte_size,
    width: r.width,
    height: r.height,
    caption: r.caption,
    takenOn: r.taken_on,
    isCover: r.is_cover === 1,
    position: r.position,
    createdAt: r.created_at,
    sha256: r.sha256,
    thumbnail: photo && withThumbnail && problem === null ? dataUrl(store.read(r.sha256, 'thumb'), 'image/webp') : null,
    problem,
  };
}

function rowOf(journal: Journal, id: number): Row {
  const row = journal.first(journal.q.selectFrom('attachments').selectAll().where('id', '=', id));
  if (!row) throw notFound('Attachment', id);
  return row as Row;
}

export function getAttachment(journal: Journal, { id }: { id: number }): AttachmentView {
  const store = storeOf(journal);
  const attachment = toAttachment(store, rowOf(journal, id));
  const screen = attachment.kind === 'photo' && attachment.problem === null ? dataUrl(store.read(attachment.sha256, 'screen'), 'image/webp') : null;
  return { attachment, screen };
}

export function listAttachments(journal: Journal, input: ParsedInputOf<'attachments.list'>): Attachment[] {
  const store = storeOf(journal);
  const rows = journal.all(
    journal.q.selectFrom('attachments').selectAll().where('record_kind', '=', input.recordKind).where('record_id', '=', input.recordId).orderBy('position').orderBy('id'),
  ) as Row[];
  return rows.map((r) => toAttachment(store, r));
}

/** The cover thumbnail of each record that has one (a purchases list shows them). */
export function coverThumbnails(journal: Journal, input: ParsedInputOf<'attachments.covers'>): Record<number, string> {
  if (input.recordIds.length === 0) return {};
  const store = storeOf(journal);
  const rows = journal.all(
    journal.q.selectFrom('attachments').select(['record_id', 'sha256']).where('record_kind', '=', input.recordKind).where('record_id', 'in', input.recordIds).where('is_cover', '=', 1),
  );
  const out: Record<number, string> = {};
  for (const r of rows) {
    const url = dataUrl(store.read(r.sha256, 'thumb'), 'image/webp');
    if (url) out[r.record_id] = url;
  }
  return out;
}

const refuse = (message: string) => invalid(['data'], message);

const FALLBACK_NAME: Record<string, string> = { 'application/pdf': 'document.pdf' };

export async function addAttachment(journal: Journal, input: ParsedInputOf<'attachments.add'>): Promise<Attachment> {
  const { table, label } = RECORD_KINDS[input.recordKind];
  // Before any decoding: the record must exist (checked again in the writing transaction).
  requireLink(journal, table, input.recordId, label, ['recordId']);
  const bytes = Buffer.from(input.data, 'base64');
  if (bytes.length === 0) throw refuse('This file is empty (0 bytes); there is nothing to add.');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw refuse(TOO_LARGE(bytes.length));
  const type = sniff(bytes);
  if (type === null) throw refuse('This file is not a photo or a PDF Carnet can read (JPEG, PNG, WebP, HEIC, AVIF or PDF), whatever its name says; nothing was added.');

  let stored: Buffer;
  let mime: Row['mime'];
  let width: number | null = null;
  let height: number | null = null;
  let renditions: [Rendition, Buffer][] = [];
  if (type === 'application/pdf') {
    checkPdf(bytes);
    stored = bytes;
    mime = 'application/pdf';
  } else {
    const photo = await preparePhoto(bytes, type);
    stored = photo.stored;
    mime = photo.mime;
    width = photo.width;
    height = photo.height;
    renditions = [['thumb', photo.thumbnail], ['screen', photo.screen]];
  }

  const store = storeOf(journal);
  const hash = store.put(stored);
  for (const [rendition, data] of renditions) store.putRendition(hash, rendition, data);
  try {
    const id = journal.tx(() => {
      // The record may have been deleted while the photo was being decoded.
      requireLink(journal, table, input.recordId, label, ['recordId']);
      const last = journal.first(
        journal.q.selectFrom('attachments').select((eb) => [eb.fn.max('position').as('p'), eb.fn.sum<number>('is_cover').as('covers')]).where('record_kind', '=', input.recordKind).where('record_id', '=', input.recordId),
      );
      const isCover = mime !== 'application/pdf' && !last?.covers;
      return journal.insert(
        journal.q.insertInto('attachments').values({
          record_kind: input.recordKind,
          record_id: input.recordId,
          sha256: hash,
          original_name: safeName(input.name, FALLBACK_NAME[mime] ?? 'photo'),
          mime,
          source_mime: type,
          byte_size: stored.length,
          width,
          height,
          caption: input.caption,
          taken_on: input.takenOn,
          is_cover: flag(isCover),
          position: (last?.p ?? 0) + 1,
          created_at: journal.now(),
        }),
      );
    });
    return toAttachment(store, rowOf(journal, id));
  } catch (err) {
    forgetUnused(journal, hash);
    throw err;
  }
}

export function updateAttachment(journal: Journal, input: ParsedInputOf<'attachments.update'>): Attachment {
  const id = journal.tx(() => {
    const row = rowOf(journal, input.id);
    if (input.isCover === true) {
      if (row.mime === 'application/pdf') throw invalid(['isCover'], 'A document cannot be the cover; choose a photo.');
      journal.run(journal.q.updateTable('attachments').set({ is_cover: 0 }).where('record_kind', '=', row.record_kind).where('record_id', '=', row.record_id).where('id', '!=', row.id));
    }
    journal.run(
      journal.q
        .updateTable('attachments')
        .set({
          caption: input.caption,
          taken_on: input.takenOn,
          is_cover: input.isCover === undefined ? undefined : flag(input.isCover),
        })
        .where('id', '=', row.id),
    );
    return row.id;
  });
  return toAttachment(storeOf(journal), rowOf(journal, id));
}

export function deleteAttachment(journal: Journal, { id }: { id: number }): { id: number } {
  const row = journal.tx(() => {
    const current = rowOf(journal, id);
    journal.run(journal.q.deleteFrom('attachments').where('id', '=', id));
    if (current.is_cover === 1) {
      // The record keeps a cover while it has a photo: the next one in order.
      const next = journal.first(
        journal.q.selectFrom('attachments').select('id').where('record_kind', '=', current.record_kind).where('record_id', '=', current.record_id).where('mime', '!=', 'application/pdf').orderBy('position').orderBy('id'),
      );
      if (next) journal.run(journal.q.updateTable('attachments').set({ is_cover: 1 }).where('id', '=', next.id));
    }
    return current;
  });
  forgetUnused(journal, row.sha256);
  return { id };
}

/** Removes the stored file once no attachment names its hash (another record may hold the same photo). */
function forgetUnused(journal: Journal, hash: string): void {
  const used = journal.first(journal.q.selectFrom('attachments').select('id').where('sha256', '=', hash));
  if (!used) storeOf(journal).remove(hash);
}

/** Every referenced file, hashed: what is missing or no longer matches, with the record it belongs to. */
export function checkAttachments(journal: Journal): AttachmentCheck {
  const store = storeOf(journal);
  const rows = journal.all(journal.q.selectFrom('attachments').select(['id', 'record_kind', 'record_id', 'original_name', 'sha256']).orderBy('id'));
  const verdict = new Map<string, AttachmentProblem | null>();
  const problems: AttachmentCheck['problems'] = [];
  for (const r of rows) {
    if (!verdict.has(r.sha256)) verdict.set(r.sha256, !store.has(r.sha256) ? 'missing' : store.intact(r.sha256) ? null : 'damaged');
    const problem = verdict.get(r.sha256) ?? null;
    if (problem === null) continue;
    const kind = r.record_kind as AttachmentSubject;
    problems.push({
      id: r.id,
      recordKind: kind,
      recordId: r.record_id,
      recordLabel: `${RECORD_KINDS[kind]?.label ?? 'Record'} ${r.record_id}`,
      name: r.original_name,
      problem,
    });
  }
  return { checked: rows.length, problems };
}

export const attachmentsHandlers = {
  'attachments.add': addAttachment,
  'attachments.list': listAttachments,
  'attachments.covers': coverThumbnails,
  'attachments.get': getAttachment,
  'attachments.update': updateAttachment,
  'attachments.delete': deleteAttachment,
  'attachments.check': checkAttachments,
} satisfies DomainHandlers<typeof attachmentsContract>;
