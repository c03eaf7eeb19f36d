import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { dismissToast, TOAST_MS, useToast } from './toast';
import './toast.css';

/** Where the toast shows: a polite live region, so a screen reader says "Trip moved to the Trash". */
export function Toasts() {
  const toast = useToast();
  const [held, setHeld] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setBusy(false);
    setHeld(false);
  }, [toast?.id]);
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
          onMouseEnter={() => setHeld(true)}
          onMouseLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={() => setHeld(false)}
        >
          <span className="toast-message">{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="toast-action"
              disabled={busy}
              onClick={() => {
                const action = toast.action!;
                setBusy(true);
                void Promise.resolve(action.run()).finally(() => setBusy(false));
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
