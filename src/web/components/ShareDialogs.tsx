import type { ReactNode } from 'react';
import { usePracticeContext } from '../lib/practice-context.js';
import { Button } from './Button.js';
import { Dialog } from './Dialog.js';
import { KeysChangedNote } from './KeysChangedNote.js';
import { ErrorAlert } from './Status.js';

interface SendDialogProps {
  open: boolean;
  title: string;
  name: string;
  /** Who reads it, in one line. */
  who: ReactNode;
  /** Exactly the words that will be read (left out when `note` says it, as a list of parts). */
  preview?: ReactNode;
  /** The class of the preview box (the words' own look). */
  previewClass?: string;
  confirm: string;
  busyLabel: string;
  busy: boolean;
  error: string | null;
  note?: ReactNode;
  onConfirm(): void;
  onClose(): void;
}

/** A preview of exactly who will read what, before anything leaves this device or is shared. */
export function SendDialog({ open, title, name, who, preview, previewClass = 'reflection-text preview-text', confirm, busyLabel, busy, error, note, onConfirm, onClose }: SendDialogProps) {
  const { keys } = usePracticeContext();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      actions={
        <>
          <Button onClick={onConfirm} busy={busy} busyLabel={busyLabel} disabled={keys !== 'ok'}>
            {confirm}
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            Not now
          </Button>
        </>
      }
    >
      <p>{who}</p>
      {preview !== undefined ? <div className={previewClass}>{preview}</div> : null}
      {note}
      {keys === 'changed' ? <KeysChangedNote name={name} /> : null}
      <ErrorAlert message={error} />
    </Dialog>
  );
}

interface StopSharingDialogProps {
  open: boolean;
  /** The question, naming what stops being shared and with whom. */
  title: string;
  /** What it means from now on, in one line. */
  from: ReactNode;
  /** The limit: what was read stays read. */
  limit: ReactNode;
  busy: boolean;
  error: string | null;
  onStop(): void;
  onClose(): void;
}

/** Stopping is honest about its limit: what was read stays read. */
export function StopSharingDialog({ open, title, from, limit, busy, error, onStop, onClose }: StopSharingDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      actions={
        <>
          <Button variant="danger" onClick={onStop} busy={busy} busyLabel="Stopping…">
            Stop sharing
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            Keep sharing
          </Button>
        </>
      }
    >
      <p>{from}</p>
      <p>{limit}</p>
      <ErrorAlert message={error} />
    </Dialog>
  );
}
