/**
 * Merging a duplicate into this contact: everything that names the other one (log, purchases,
 * offers, attempts, notes, photos, gifts) moves here in one transaction, and the other goes to
 * the Trash. Undo (the toast, or restoring it from Settings › Trash) moves it all back.
 */
import { useState } from 'react';
import type { Contact } from '../../../../shared/api/contacts';
import { ApiError, request } from '../../api';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { showToast } from '../../components/toast/toast';
import { queryClient, useChannel, useWrite } from '../../lib/query';
import { navigate } from '../../lib/router';
import { ROLE_LABELS } from './labels';

export function MergeDialog({ open, contact, onClose }: { open: boolean; contact: Contact; onClose: () => void }) {
  const contacts = useChannel('contacts.list', { limit: 1000 }, { enabled: open });
  const boutiques = useChannel('boutiques.list', undefined, { enabled: open });
  const merge = useWrite('contacts.merge');
  const [other, setOther] = useState('');
  const others = (contacts.data ?? []).filter((c) => c.id !== contact.id);
  // Likely duplicates first: the same boutique, then the same first name.
  const firstName = contact.name.split(' ')[0]!.toLocaleLowerCase();
  const ranked = [...others].sort(
    (a, b) =>
      Number(b.boutiqueId === contact.boutiqueId) - Number(a.boutiqueId === contact.boutiqueId) ||
      Number(b.name.toLocaleLowerCase().startsWith(firstName)) - Number(a.name.toLocaleLowerCase().startsWith(firstName)) ||
      a.name.localeCompare(b.name),
  );
  const boutiqueName = (id: number | null) => (id === null ? null : (boutiques.data?.find((b) => b.id === id)?.name ?? null));
  const chosen = others.find((c) => String(c.id) === other);
  const close = () => {
    setOther('');
    merge.reset();
    onClose();
  };

  const run = () => {
    if (!chosen) return;
    merge.mutate(
      { keepId: contact.id, mergeId: chosen.id },
      {
        onSuccess: (result) => {
          close();
          showToast({
            message: result.sentence,
            action: {
              label: 'Undo',
              run: async () => {
                try {
                  const back = await request('contacts.unmerge', { mergeId: result.mergeId });
                  await queryClient.invalidateQueries();
                  showToast({ message: `${back.restored.name} is back, with what was theirs.` });
                } catch (err) {
                  showToast({ tone: 'error', message: err instanceof ApiError ? err.message : 'The merge could not be undone.' });
                }
              },
            },
          });
          navigate(`/contacts/${contact.id}`);
        },
      },
    );
  };

  return (
    <Dialog
      title={`Merge a duplicate into ${contact.name}`}
      open={open}
      onClose={close}
      footer={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={!chosen || merge.isPending} onClick={run}>
            Merge
          </button>
        </>
      }
    >
      <p>
        Everything recorded with the duplicate — its log, purchases, offers, appointment attempts, notes, photos and gifts — moves to <strong>{contact.name}</strong>, whose
        details stay as they are. The duplicate goes to the Trash; Undo, or restoring it from Settings › Trash, moves it all back.
      </p>
      <Field label="The duplicate" error={merge.error?.issues[0]?.message ?? merge.error?.message}>
        {(a) => (
          <select {...a} value={other} onChange={(e) => setOther(e.target.value)}>
            <option value="">Choose a contact…</option>
            {ranked.map((c) => (
              <option key={c.id} value={c.id}>
                {[c.name, ROLE_LABELS[c.role], boutiqueName(c.boutiqueId), `${c.interactionCount} log entr${c.interactionCount === 1 ? 'y' : 'ies'}`].filter(Boolean).join(' · ')}
              </option>
            ))}
          </select>
        )}
      </Field>
    </Dialog>
  );
}
