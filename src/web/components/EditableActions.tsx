import { Button } from './Button.js';

interface EditableActionsProps {
  /** Save shows once there is a saved item or unsaved words. */
  showSave: boolean;
  canSave: boolean;
  busy: 'save' | 'share' | 'stop' | null;
  /** The partner's name. */
  name: string;
  /** 'none': nothing to share yet, or no partner; otherwise whether it is shared now. */
  sharing: 'none' | 'private' | 'shared';
  /** Sharing waits (the partner's keys changed): the button says so by being off. */
  shareWaits?: boolean;
  onSave(): void;
  onShare(): void;
  onStop(): void;
}

/** The actions under an editable item: Save, then Share with the partner… or Stop sharing. */
export function EditableActions({ showSave, canSave, busy, name, sharing, shareWaits = false, onSave, onShare, onStop }: EditableActionsProps) {
  return (
    <div className="actions">
      {showSave ? (
        <Button onClick={onSave} busy={busy === 'save'} busyLabel="Saving…" disabled={!canSave || (busy !== null && busy !== 'save')}>
          Save
        </Button>
      ) : null}
      {sharing === 'private' ? (
        <Button variant="secondary" onClick={onShare} disabled={busy !== null || shareWaits}>
          Share with {name}…
        </Button>
      ) : null}
      {sharing === 'shared' ? (
        <Button variant="secondary" onClick={onStop} disabled={busy !== null}>
          Stop sharing
        </Button>
      ) : null}
    </div>
  );
}
