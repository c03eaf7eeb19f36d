import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { dismissToast, TOAST_MS, useToast } from './toast';
import './toast.css';

/** Where the toast shows: a polite live region, so a screen reader says "Trip moved to the Trash". */
export function Toasts() {
  const toast = useToast();
  // By toast id, so a new toast starts neither held nor busy.
  const [heldId, setHeld] = useState<number | null>(null);
  const [busyId, setBusy] = useState<number | null>(null);
  const held = toast !== null && heldId === toast.id;
  const busy = toast !== null && busyId === toast.id;
  useEffect(() => {
    if (!toast || held || busy) return;
    const timer = window.setTimeout(() => dismissToast(toast.id), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast, held, busy]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div
          className={`toast toast--${toast.tone}`}
          onMouseEnter={() => setHeld(toast.id)}
          onMouseLeave={() => setHeld(null)}
          onFocus={() => setHeld(toast.id)}
          onBlur={() => setHeld(null)}
        >
          <span className="toast-message">{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="toast-action"
              disabled={busy}
              onClick={() => {
                const action = toast.action!;
                setBusy(toast.id);
                void Promise.resolve(action.run()).finally(() => setBusy(null));
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="icon-button toast-close" aria-label="Close the message" onClick={() => dismissToast(toast.id)}>
            <X size={16} aria-hidden />
          </button>
        </div>
      )}
    </div>
  );
}
