import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { KeyChangedBanner } from '../../components/KeyChangedBanner.js';
import { ErrorAlert } from '../../components/Status.js';
import type { PartnerKeys } from '../../lib/use-partner-keys.js';

/** Shown instead of sharing when the partner's keys are not the ones pinned: the same banner as on Today. */
export function KeysChangedNote({ name }: { name: string }) {
  return <KeyChangedBanner name={name} headingLevel="h3" />;
}

interface ShareDialogProps {
  open: boolean;
  name: string;
  /** Section titles that will be shared. */
  titles: string[];
  /** For one section: the saved words that will be shared. */
  preview?: string | undefined;
  keys: PartnerKeys;
  /** The editor holds changes that are not saved: only the saved version is shared. */
  unsaved?: boolean;
  busy: boolean;
  error: string | null;
  onShare(): void;
  onClose(): void;
}

/** A preview of exactly who will read what, before anything is shared. */
export function ShareDialog({ open, name, titles, preview, keys, unsaved, busy, error, onShare, onClose }: ShareDialogProps) {
  const one = titles.length === 1;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={one ? `Share “${titles[0] ?? ''}” with ${name}?` : `Share ${titles.length} sections with ${name}?`}
      actions={
        <>
          <Button onClick={onShare} busy={busy} busyLabel="Sharing…" disabled={keys !== 'ok'}>
            Share
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            Not now
          </Button>
        </>
      }
    >
      {one ? (
        <>
          <p>{name} will be able to read this section. Nobody else — not Mend.</p>
          {preview ? <div className="reflection-text">{preview.length > 600 ? `${preview.slice(0, 600).trimEnd()}…` : preview}</div> : null}
        </>
      ) : (
        <>
          <p>{name} will be able to read these sections. Nobody else — not Mend.</p>
          <ul className="share-list">
            {titles.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
      {unsaved ? (
        <p className="notice">You have changes that aren't saved yet. {name} will see the saved version — save first if you'd like them to read your latest words.</p>
      ) : null}
      <p className="muted small">Changes you save later will reach {name} too. You can stop sharing at any time.</p>
      {keys === 'changed' ? <KeysChangedNote name={name} /> : null}
      <ErrorAlert message={error} />
    </Dialog>
  );
}

interface StopDialogProps {
  open: boolean;
  name: string;
  title: string;
  busy: boolean;
  error: string | null;
  onStop(): void;
  onClose(): void;
}

/** Stopping is honest about its limit: what was read stays read. */
export function StopSharingDialog({ open, name, title, busy, error, onStop, onClose }: StopDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Stop sharing “${title}” with ${name}?`}
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
      <p>From now on, {name} won't be able to open this section. It goes back to being only yours.</p>
      <p>What {name} has already read can't be unread.</p>
      <ErrorAlert message={error} />
    </Dialog>
  );
}
