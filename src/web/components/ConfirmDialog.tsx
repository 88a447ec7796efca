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
  /** Holds the confirm button back (e.g. while the partner's keys are not the pinned ones). */
  disabled?: boolean;
  error: string | null;
  onConfirm(): void;
  onClose(): void;
  children: ReactNode;
}

/** "Are you sure?" with what happens, one button to do it and one to keep things as they are; errors show inside. */
export function ConfirmDialog({ open, title, confirmLabel, busyLabel, cancelLabel, busy, danger, disabled, error, onConfirm, onClose, children }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      actions={
        <>
          <Button {...(danger ? { variant: 'danger' as const } : {})} busy={busy} busyLabel={busyLabel} disabled={disabled} onClick={onConfirm}>
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
