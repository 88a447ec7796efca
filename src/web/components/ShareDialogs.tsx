import type { ReactNode } from 'react';
import { usePracticeContext } from '../lib/practice-context.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { KeysChangedNote } from './KeysChangedNote.js';

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
    <ConfirmDialog
      open={open}
      title={title}
      confirmLabel={confirm}
      busyLabel={busyLabel}
      cancelLabel="Not now"
      busy={busy}
      disabled={keys !== 'ok'}
      error={error}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>{who}</p>
      {preview !== undefined ? <div className={previewClass}>{preview}</div> : null}
      {note}
      {keys === 'changed' ? <KeysChangedNote name={name} /> : null}
    </ConfirmDialog>
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
    <ConfirmDialog
      open={open}
      title={title}
      confirmLabel="Stop sharing"
      busyLabel="Stopping…"
      cancelLabel="Keep sharing"
      busy={busy}
      danger
      error={error}
      onConfirm={onStop}
      onClose={onClose}
    >
      <p>{from}</p>
      <p>{limit}</p>
    </ConfirmDialog>
  );
}
