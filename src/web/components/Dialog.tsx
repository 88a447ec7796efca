import { useEffect, useId, useRef, type ReactNode } from 'react';
import { QuickExitButton } from './QuickExit.js';

interface DialogProps {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  actions: ReactNode;
}

/**
 * Where the keyboard starts in an open dialog. Never the quick exit (Enter pressed twice to
 * send something must not throw the person out): an element marked `data-autofocus`, else the
 * first field, else the first action that can be undone (so Enter never deletes by default),
 * else the title.
 */
export function initialFocusOf(dialog: HTMLElement): HTMLElement | null {
  const marked = dialog.querySelector<HTMLElement>('[data-autofocus]');
  if (marked) return marked;
  const field = dialog.querySelector<HTMLElement>('.dialog-body :is(input, textarea, select):not([disabled])');
  if (field) return field;
  const actions = [...dialog.querySelectorAll<HTMLButtonElement>('.dialog-actions button:not([disabled])')];
  return actions.find((b) => !b.classList.contains('btn-danger')) ?? actions[0] ?? dialog.querySelector<HTMLElement>('.dialog-title');
}

/** A modal built on <dialog>: focus is trapped and Escape closes it, by the browser. */
export function Dialog({ open, title, onClose, children, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      // showModal() focuses the first focusable element, which is the quick exit: move on from it.
      d.showModal();
      initialFocusOf(d)?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      {open ? (
        <>
          <div className="dialog-head">
            <h2 id={titleId} className="dialog-title" tabIndex={-1}>
              {title}
            </h2>
            <QuickExitButton testId="quick-exit-dialog" className="btn-exit btn-exit-small" />
          </div>
          <div className="stack dialog-body">{children}</div>
          <div className="actions dialog-actions">{actions}</div>
        </>
      ) : null}
    </dialog>
  );
}
