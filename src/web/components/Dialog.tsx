import { useEffect, useId, useRef, type ReactNode } from 'react';
import { QuickExitButton } from './QuickExit.js';

interface DialogProps {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  actions: ReactNode;
}

/** A modal built on <dialog>: focus is trapped and Escape closes it, by the browser. */
export function Dialog({ open, title, onClose, children, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      {open ? (
        <>
          <div className="dialog-head">
            <h2 id={titleId}>{title}</h2>
            <QuickExitButton testId="quick-exit-dialog" className="btn-exit btn-exit-small" />
          </div>
          <div className="stack">{children}</div>
          <div className="actions">{actions}</div>
        </>
      ) : null}
    </dialog>
  );
}
