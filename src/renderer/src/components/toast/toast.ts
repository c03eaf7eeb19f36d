/**
 * The app's one toast: a short message at the bottom of the window, with at most one action
 * (Undo). A new toast replaces the one showing. A module-level store, so any screen can show one
 * and the <Toasts> region in App renders it.
 */
import { useSyncExternalStore } from 'react';

export interface ToastAction {
  label: string;
  run: () => Promise<void> | void;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: ToastAction;
}

/** Long enough to read the sentence and reach the button; hovering or focusing keeps it. */
export const TOAST_MS = 10_000;

let current: Toast | null = null;
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};

export function showToast(toast: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] }): void {
  current = { tone: 'info', ...toast, id: nextId++ };
  emit();
}

export function dismissToast(id?: number): void {
  if (id !== undefined && current?.id !== id) return;
  current = null;
  emit();
}

export function useToast(): Toast | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
