import type { ReactNode } from 'react';
import { Button } from './Button.js';
import { Dialog } from './Dialog.js';
import { ErrorAlert } from './Status.js';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What doing it is called ("Delete", "End it"); the other button keeps things as they are. */
  confirmLabel: string;
  busyLabel: string;
  cancelLabel: string;
  busy: boolean;
  /** For what cannot be undone. */
  danger?: boolean;
  error: string | null;
  onConfirm(): void;
  onClose(): void;
  children: ReactNode;
}

/** "Are you sure?" with what happens, one button to do it and one to keep things as they are; errors show inside. */
export function ConfirmDialog({ open, title, confirmLabel, busyLabel, cancelLabel, busy, danger, error, onConfirm, onClose, children }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      actions={
        <>
          <Button {...(danger ? { variant: 'danger' as const } : {})} busy={busy} busyLabel={busyLabel} onClick={onConfirm}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" disabled={busy} onClick={onClose}>
            {cancelLabel}
          </Button>
        </>
      }
    >
      {children}
      <ErrorAlert message={error} />
    </Dialog>
  );
}
