import { useEffectEvent, useLayoutEffect } from 'react';

/**
 * The house's one reset strategy for a form in a dialog: each opening starts from the record as
 * saved (or a blank form), never from an abandoned draft. `start` sees the latest props (an
 * effect event) but runs only when the dialog opens; a layout effect, so the reset lands before
 * the dialog is painted and nothing the person types is wiped.
 */
export function useOnOpen(open: boolean, start: () => void): void {
  const onOpen = useEffectEvent(start);
  useLayoutEffect(() => {
    if (open) onOpen();
  }, [open]);
}
