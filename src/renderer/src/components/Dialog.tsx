import { X } from 'lucide-react';
import { useEffect, useId, useRef, type FormEventHandler, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
}

const FIRST_FIELD = [
  '.dialog-body input:not([type="hidden"]):not([disabled])',
  '.dialog-body select:not([disabled])',
  '.dialog-body textarea:not([disabled])',
].join(', ');

/** A modal on the native <dialog>: focus trapping, Escape and the top layer come for free. */
export function Dialog({ title, open, onClose, children, footer, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Its own id: a dialog opened over another (a store added from a receipt) is labelled by its own title.
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      // showModal focuses the first focusable element, which is the × button: typed letters would
      // go nowhere and a space would close the dialog. Start in the first field instead, or on
      // the first footer button (Cancel) when there is no field.
      const field =
        el.querySelector<HTMLElement>('.dialog-body [data-autofocus]') ?? el.querySelector<HTMLElement>(FIRST_FIELD) ?? el.querySelector<HTMLElement>('.dialog-footer button');
      field?.focus();
    }
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        // Escape closes this dialog only, not one it was opened over.
        e.stopPropagation();
        onClose();
      }}
    >
      {open && (
        <>
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
              <X size={18} aria-hidden />
            </button>
          </header>
          <div className="dialog-body">{children}</div>
          {footer && <footer className="dialog-footer">{footer}</footer>}
        </>
      )}
    </dialog>
  );
}

export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={props.title}
      open={props.open}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="button" className={`button ${props.danger ? 'button--danger' : 'button--primary'}`} onClick={props.onConfirm} disabled={props.busy}>
            {props.confirmLabel}
          </button>
        </>
      }
    >
      <div className="confirm-message">{props.message}</div>
      {props.error && (
        <p className="banner banner--error" role="alert">
          {props.error}
        </p>
      )}
    </Dialog>
  );
}

/**
 * A form in a dialog: Cancel and the submit button in the footer, the form-level message of the
 * contract (one not tied to a field) above the fields. Every create/edit form uses it.
 */
export function FormDialog(props: {
  title: string;
  open: boolean;
  onClose: () => void;
  formId: string;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <Dialog
      title={props.title}
      open={props.open}
      onClose={props.onClose}
      wide={props.wide ?? true}
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" form={props.formId} className="button button--primary" disabled={props.busy}>
            {props.submitLabel}
          </button>
        </>
      }
    >
      <form id={props.formId} className="form" onSubmit={props.onSubmit} noValidate>
        {props.error && (
          <p className="banner banner--error" role="alert">
            {props.error}
          </p>
        )}
        {props.children}
      </form>
    </Dialog>
  );
}
