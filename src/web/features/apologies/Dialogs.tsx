import type { ReactNode } from 'react';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert } from '../../components/Status.js';
import { KeysChangedNote } from '../reflections/ShareDialogs.js';
import type { PartnerKeys } from '../../lib/use-partner-keys.js';

interface SendDialogProps {
  open: boolean;
  title: string;
  name: string;
  /** Who reads it, in one line. */
  who: ReactNode;
  /** Exactly the words that will be read. */
  preview: ReactNode;
  confirm: string;
  busyLabel: string;
  keys: PartnerKeys;
  busy: boolean;
  error: string | null;
  note?: ReactNode;
  onConfirm(): void;
  onClose(): void;
}

/** A preview of exactly who will read what, before anything leaves this device. */
export function SendDialog({ open, title, name, who, preview, confirm, busyLabel, keys, busy, error, note, onConfirm, onClose }: SendDialogProps) {
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
      <div className="reflection-text preview-text">{preview}</div>
      {note}
      {keys === 'changed' ? <KeysChangedNote name={name} /> : null}
      <ErrorAlert message={error} />
    </Dialog>
  );
}

interface StopDialogProps {
  open: boolean;
  name: string;
  busy: boolean;
  error: string | null;
  onStop(): void;
  onClose(): void;
}

/** Stopping is honest about its limit: what was read stays read. */
export function StopLetterDialog({ open, name, busy, error, onStop, onClose }: StopDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Stop sharing your letter with ${name}?`}
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
      <p>From now on, {name} won't be able to open your letter. It goes back to being only yours.</p>
      <p>What was read cannot be unread.</p>
      <ErrorAlert message={error} />
    </Dialog>
  );
}
