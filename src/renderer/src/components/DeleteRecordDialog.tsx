/**
 * Every delete of a record asks here: what the screen says about the record, then what goes to
 * the Trash with it, counted by the journal ("3 decision notes and 2 log entries go to the Trash
 * with it."), then an Undo toast once it is gone. The `*.delete` channels move records to the
 * Trash; Undo restores the latest entry of that record.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { Channel, InputOf, OutputOf } from '../../../shared/api';
import type { TrashPreview } from '../../../shared/api/trash';
import { RECORD_KINDS, type RecordKind } from '../../../shared/domain/records';
import { TRASH_DAYS } from '../../../shared/domain/trash';
import { ApiError, request } from '../api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryClient } from '../lib/query';
import { navigate } from '../lib/router';
import { ConfirmDialog } from './Dialog';
import { showToast } from './toast/toast';

/** The channels that delete one record by id. */
export type DeleteChannel = Extract<Channel, `${string}.delete`> &
  ('trips.delete' | 'contacts.delete' | 'interactions.delete' | 'purchases.delete' | 'attempts.delete' | 'specialOrders.delete' | 'offers.delete' | 'notes.delete' | 'boutiques.delete' | 'visits.delete' | 'prices.delete');

/** Brings back the latest Trash entry of a record; opens it again when the delete left its screen. */
export async function undoDelete(kind: RecordKind, recordId: number, reopen: boolean): Promise<void> {
  try {
    const back = await request('trash.restore', { kind, recordId });
    await queryClient.invalidateQueries();
    showToast({ message: [`${RECORD_KINDS[kind].label} “${back.label}” is back${back.renumbered ? ' (under a new number)' : ''}.`, ...back.notes].join(' ') });
    if (reopen && back.screen) navigate(`/${back.screen}/${back.recordId}`);
  } catch (err) {
    showToast({ tone: 'error', message: err instanceof ApiError ? err.message : 'The record could not be restored.' });
  }
}

/** The Undo toast after a delete: "Trip “Paris in May” moved to the Trash." [Undo] */
export function toastDeleted(kind: RecordKind, recordId: number, label: string, reopen: boolean): void {
  showToast({
    message: `${RECORD_KINDS[kind].label} “${label}” moved to the Trash.`,
    action: { label: 'Undo', run: () => undoDelete(kind, recordId, reopen) },
  });
}

function useTrashPreview(open: boolean, kind: RecordKind, id: number): { preview: TrashPreview | null; error: string | null } {
  const key = `${kind}:${id}`;
  // The answer remembers which record it is for: another record's shows as still counting.
  const [state, setState] = useState<{ key: string; preview: TrashPreview | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    // Asked once when the dialog opens, not as a cached query: after the delete it no longer exists.
    request('trash.preview', { kind, id }).then(
      (preview) => live && setState({ key, preview, error: null }),
      (err: unknown) => live && setState({ key, preview: null, error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [open, kind, id, key]);
  return state?.key === key ? state : { preview: null, error: null };
}

/** "3 decision notes go to the Trash with it. You can restore it from Settings › Trash for 30 days." */
export function TrashPreviewText({ open, kind, id }: { open: boolean; kind: RecordKind; id: number }) {
  const { preview, error } = useTrashPreview(open, kind, id);
  return (
    <p className="trash-preview" data-testid="trash-preview">
      {preview ? preview.sentence : error ? '' : 'Counting what goes with it…'} You can restore it from Settings › Trash for {TRASH_DAYS} days.
    </p>
  );
}

export function DeleteRecordDialog<C extends DeleteChannel>(props: {
  open: boolean;
  channel: C;
  kind: RecordKind;
  id: number;
  /** How the toast and the Trash name it ("Paris in May"). */
  label: string;
  title: string;
  /** What the screen says about this record (what stays, what cannot go). */
  message: ReactNode;
  confirmLabel: string;
  onClose: () => void;
  onDeleted?: (result: OutputOf<C>) => void;
  /** The delete leaves the record's screen: Undo opens it again. */
  reopenOnUndo?: boolean;
}) {
  const client = useQueryClient();
  const remove = useMutation<OutputOf<C>, ApiError, InputOf<C>>({
    mutationFn: (input) => (request as (c: C, i: InputOf<C>) => Promise<OutputOf<C>>)(props.channel, input),
    // Here, not in mutate()'s callbacks: the refresh below re-renders the record's screen as
    // "does not exist", which unmounts this dialog, and mutate()'s callbacks would never run.
    onSuccess: (result) => {
      toastDeleted(props.kind, props.id, props.label, props.reopenOnUndo ?? false);
      props.onDeleted?.(result);
      void client.invalidateQueries();
    },
  });
  const close = () => {
    remove.reset();
    props.onClose();
  };
  return (
    <ConfirmDialog
      open={props.open}
      title={props.title}
      message={
        <>
          {props.message}
          <TrashPreviewText open={props.open} kind={props.kind} id={props.id} />
        </>
      }
      confirmLabel={props.confirmLabel}
      danger
      busy={remove.isPending}
      error={remove.error?.message ?? null}
      onClose={close}
      onConfirm={() => remove.mutate({ id: props.id } as InputOf<C>)}
    />
  );
}
