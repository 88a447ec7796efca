import { SendDialog } from '../../components/ShareDialogs.js';

interface ShareDialogProps {
  open: boolean;
  name: string;
  /** Section titles that will be shared. */
  titles: string[];
  /** For one section: the saved words that will be shared. */
  preview?: string | undefined;
  /** The editor holds changes that are not saved: only the saved version is shared. */
  unsaved?: boolean;
  busy: boolean;
  error: string | null;
  onConfirm(): void;
  onClose(): void;
}

/** A preview of exactly who will read which sections, before anything is shared. */
export function ShareDialog({ open, name, titles, preview, unsaved, busy, error, onConfirm, onClose }: ShareDialogProps) {
  const one = titles.length === 1;
  return (
    <SendDialog
      open={open}
      title={one ? `Share “${titles[0] ?? ''}” with ${name}?` : `Share ${titles.length} sections with ${name}?`}
      name={name}
      who={`${name} will be able to read ${one ? 'this section' : 'these sections'}. Nobody else — not Mend.`}
      preview={one && preview ? (preview.length > 600 ? `${preview.slice(0, 600).trimEnd()}…` : preview) : undefined}
      previewClass="reflection-text"
      note={
        <>
          {!one ? (
            <ul className="share-list">
              {titles.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          ) : null}
          {unsaved ? (
            <p className="notice">You have changes that aren't saved yet. {name} will see the saved version — save first if you'd like them to read your latest words.</p>
          ) : null}
          <p className="muted small">Changes you save later will reach {name} too. You can stop sharing at any time.</p>
        </>
      }
      confirm="Share"
      busyLabel="Sharing…"
      busy={busy}
      error={error}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
