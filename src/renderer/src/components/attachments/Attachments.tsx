/**
 * Photos and documents of one record: drop files on the card, paste an image anywhere on the
 * page, or choose them with "Add photos…". A strip of thumbnails (a missing file is shown as
 * such, never as a broken image), the cover marked, captions under each; a click opens the
 * lightbox (arrows to move, Esc to close) where the caption, the day and the cover are set.
 */
import { FileText, ImagePlus, Star, TriangleAlert } from 'lucide-react';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { MAX_ATTACHMENT_BYTES, TOO_LARGE } from '../../../../shared/api/attachments';
import type { AttachmentSubject } from '../../../../shared/domain/records';
import { request } from '../../api';
import { queryClient, useChannel } from '../../lib/query';
import { ErrorState, LoadingState } from '../States';
import { Lightbox, problemWords } from './Lightbox';
import './attachments.css';

export interface AttachmentsProps {
  recordKind: AttachmentSubject;
  recordId: number;
  title?: string;
  /** Where the page places the card (its margins). */
  className?: string;
}

const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,image/avif,.heic,.heif,application/pdf';

/** The file's bytes as base64 (what the contract carries). */
function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('The file could not be read from the disk.'));
    reader.readAsDataURL(file);
  });
}

export function Attachments({ recordKind, recordId, title = 'Photos and documents', className }: AttachmentsProps) {
  const list = useChannel('attachments.list', { recordKind, recordId });
  const input = useRef<HTMLInputElement>(null);
  const [adding, setAdding] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const headingId = `attachments-${recordKind}-${recordId}`;

  async function addFiles(files: File[]) {
    if (files.length === 0) return;
    setErrors([]);
    const problems: string[] = [];
    for (const file of files) {
      const name = file.name || 'Pasted image.png';
      // Refused here too, before the bytes are read: a 2 GB file never leaves the disk.
      if (file.size > MAX_ATTACHMENT_BYTES) {
        problems.push(`${name}: ${TOO_LARGE(file.size)}`);
        continue;
      }
      if (file.size === 0) {
        problems.push(`${name}: This file is empty (0 bytes); there is nothing to add.`);
        continue;
      }
      setAdding((a) => [...a, name]);
      try {
        await request('attachments.add', { recordKind, recordId, name, data: await base64Of(file) });
      } catch (err) {
        problems.push(`${name}: ${(err as Error).message}`);
      } finally {
        setAdding((a) => a.filter((n) => n !== name));
      }
    }
    setErrors(problems);
    await queryClient.invalidateQueries({ queryKey: ['attachments'] });
  }

  // A pasted image (a screenshot of the SA's message) goes to this record, unless a field has the focus.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.closest('input, textarea, [contenteditable="true"]') || target.closest('dialog'))) return;
      const files = [...(e.clipboardData?.files ?? [])].filter((f) => f.type.startsWith('image/') || f.type === 'application/pdf');
      if (files.length === 0) return;
      e.preventDefault();
      void addFiles(files);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  });

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void addFiles([...e.dataTransfer.files]);
  };

  const items = list.data ?? [];
  return (
    <section
      className={`card attachments${dragging ? ' attachments--dragging' : ''}${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
      onDragOver={(e) => {
        if (![...e.dataTransfer.types].includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="attachments-header">
        <h2 className="card-title" id={headingId}>
          {title}
          {items.length > 0 && <span className="attachments-count"> · {items.length}</span>}
        </h2>
        <button type="button" className="button button--small" onClick={() => input.current?.click()}>
          <ImagePlus size={15} aria-hidden /> Add photos…
        </button>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          multiple
          hidden
          aria-label="Add photos or documents"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void addFiles(files);
          }}
        />
      </header>
      {list.isPending && <LoadingState label="Loading photos…" />}
      {list.error && <ErrorState message={list.error.message} onRetry={() => void list.refetch()} />}
      {errors.length > 0 && (
        <div className="banner banner--error" role="alert">
          {errors.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      {list.data && items.length === 0 && adding.length === 0 && (
        <p className="attachments-empty muted">Drop photos or PDFs here, paste an image, or choose them: the bag, the receipt, the détaxe form, the SA’s card.</p>
      )}
      {(items.length > 0 || adding.length > 0) && (
        <ul className="attachments-strip" aria-label={title}>
          {items.map((a, index) => (
            <li key={a.id} className="attachment">
              <button
                type="button"
                className={`attachment-tile${a.problem ? ' attachment-tile--problem' : ''}`}
                onClick={() => setOpen(index)}
                aria-label={`Open ${a.caption ?? a.name}${a.isCover ? ' (cover)' : ''}${a.problem ? ` — ${problemWords(a).toLowerCase()}` : ''}`}
              >
                {a.problem ? (
                  <span className="attachment-placeholder">
                    <TriangleAlert size={20} aria-hidden />
                    <span>{problemWords(a)}</span>
                  </span>
                ) : a.thumbnail ? (
                  <img src={a.thumbnail} alt={a.caption ?? a.name} width={a.width ?? undefined} height={a.height ?? undefined} />
                ) : (
                  <span className="attachment-placeholder">
                    <FileText size={22} aria-hidden />
                    <span>PDF</span>
                  </span>
                )}
                {a.isCover && (
                  <span className="attachment-cover" title="Cover photo">
                    <Star size={11} aria-hidden /> Cover
                  </span>
                )}
              </button>
              <span className="attachment-caption" title={a.caption ?? a.name}>
                {a.caption ?? <span className="muted">{a.name}</span>}
              </span>
            </li>
          ))}
          {adding.map((name) => (
            <li key={`adding-${name}`} className="attachment" aria-busy="true">
              <span className="attachment-tile attachment-tile--adding">
                <span className="attachment-placeholder">Adding…</span>
              </span>
              <span className="attachment-caption muted">{name}</span>
            </li>
          ))}
        </ul>
      )}
      {open !== null && items[open] && (
        <Lightbox items={items} index={open} onIndex={setOpen} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}
