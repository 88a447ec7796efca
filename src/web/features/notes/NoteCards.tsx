import { parseContent } from '../../../shared/kinds.js';
import { useEffect, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { ReplyArea } from '../../components/ReplyForm.js';
import { ReplyList } from '../../components/ReplyList.js';
import { ErrorAlert } from '../../components/Status.js';
import { errorCode, errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import type { Drafts } from '../../lib/use-drafts.js';
import { arrivalOf, asNoteDraft, deliverAtOf, DRAFT_KEYS, REPLY_PHRASES, type NoteDraft } from './content.js';
import { NoteEditor } from './NoteComposer.js';
import { describeWhen } from './schedule.js';
import { describeUntil } from '../../../core/today/index.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

function NoteText({ note }: { note: OpenItem }) {
  const c = parseContent('note', note.content);
  return <div className="reflection-text">{c ? c.text : "This note couldn't be opened on this device."}</div>;
}

interface ScheduledProps {
  note: OpenItem;
  items: ItemsClient;
  drafts: Drafts;
  now: Date;
  onItem(item: OpenItem): void;
  onRemoved(id: string): void;
  /** Fetch again (the note was delivered meanwhile). */
  onStale(): void;
  /** While the editor is open the note stays here, even once its time has come. */
  onEditing(id: string, on: boolean): void;
  /** An edit came too late: its words go to the composer as a new note. */
  onTooLate(draft: NoteDraft, draftKey: string): void;
}

/** One of my notes waiting for its time: when it arrives, its words, and Edit / Cancel until then. */
export function ScheduledNote({ note, items, drafts, now, onItem, onRemoved, onStale, onEditing, onTooLate }: ScheduledProps) {
  const { timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const name = partner.displayName;
  const draftKey = DRAFT_KEYS.edit(note.id);
  const restored = asNoteDraft(drafts.restored?.get(draftKey));
  // A draft of an edit left open survives a reload: the editor opens again with it.
  const [editing, setEditing] = useState(restored !== null);
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const at = deliverAtOf(note);
  const { id } = note;

  useEffect(() => {
    onEditing(id, editing);
    return () => onEditing(id, false);
  }, [id, editing, onEditing]);

  const cancel = async () => {
    setBusy(true);
    setError(null);
    try {
      await items.remove(note);
      void drafts.sync.discard(draftKey);
      setConfirm(false);
      onRemoved(note.id);
    } catch (e) {
      if (errorCode(e) === 'already_delivered') {
        setError(`This note has already reached ${name}, so it can't be cancelled now.`);
        onStale();
      } else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="card thread-item" data-testid="scheduled-note">
      <div className="reflection-head">
        <h3 className="thread-date">
          {at && Date.parse(at) > now.getTime() ? `Arrives ${describeWhen(at, now, timeZone)} (your time)` : `Arriving now`}
        </h3>
        <span className="badge">Only you can see it until then</span>
      </div>
      {editing ? (
        <NoteEditor
          note={note}
          items={items}
          drafts={drafts}
          now={now}
          draftKey={draftKey}
          restored={restored}
          onItem={onItem}
          onTooLate={(d, key) => {
            onTooLate(d, key);
            onStale();
          }}
          onClose={() => setEditing(false)}
        />
      ) : (
        <>
          <NoteText note={note} />
          <div className="actions actions-tight">
            <Button small variant="secondary" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Button small variant="quiet" onClick={() => setConfirm(true)}>
              Cancel note
            </Button>
          </div>
        </>
      )}
      <Dialog
        open={confirm}
        onClose={() => setConfirm(false)}
        title="Cancel this note?"
        actions={
          <>
            <Button variant="danger" busy={busy} busyLabel="Cancelling…" onClick={() => void cancel()}>
              Cancel note
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setConfirm(false)}>
              Keep it
            </Button>
          </>
        }
      >
        <p>It won't be delivered, and {name} will never see it.</p>
        <ErrorAlert message={error} />
      </Dialog>
      {!confirm ? <ErrorAlert message={error} /> : null}
    </li>
  );
}

interface SentProps {
  note: OpenItem;
  /** What the partner said back. */
  replies: OpenItem[];
}

/** One of my notes that reached the partner, with anything they chose to say back. */
export function SentNote({ note, replies }: SentProps) {
  const { timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const name = partner.displayName;
  const when = arrivalOf(note);
  return (
    <li className="card thread-item" data-testid="sent-note">
      <div className="reflection-head">
        <h3 className="thread-date">
          <time dateTime={when}>{localDateTime(when, timeZone)}</time>
        </h3>
        <span className="badge badge-shared">Sent to {name}</span>
      </div>
      <NoteText note={note} />
      <ReplyList replies={replies} who={name} label={`What ${name} said back`} />
    </li>
  );
}

/** One of my notes the server holds while the partner has asked for some space: it arrives when the space ends. */
export function HeldNote({ note, until, now }: { note: OpenItem; until: string; now: Date }) {
  const { timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const name = partner.displayName;
  return (
    <li className="card thread-item" data-testid="held-note">
      <div className="reflection-head">
        <h3 className="thread-date">Arrives when {name}'s space ends</h3>
        <span className="badge">Waiting</span>
      </div>
      <NoteText note={note} />
      <p className="muted small">
        {name} asked for some space until {describeUntil(until, now, timeZone)}. Your note will reach {name} then; until then only you can see it.
      </p>
    </li>
  );
}

interface UnsentProps {
  note: OpenItem;
  items: ItemsClient;
  now: Date;
  onItem(item: OpenItem): void;
  onRemoved(id: string): void;
}

/** A note made but not shared (the send didn't go through): send it again, or let it go. */
export function UnsentNote({ note, items, now, onItem, onRemoved }: UnsentProps) {
  const { partner, keys, timeZone } = usePracticeContext();
  const [busy, setBusy] = useState<'send' | 'delete' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const at = deliverAtOf(note);
  const run = async (what: 'send' | 'delete') => {
    setBusy(what);
    setError(null);
    try {
      if (what === 'send' && partner) onItem(await items.share(note, partner));
      else if (what === 'delete') {
        await items.remove(note);
        onRemoved(note.id);
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const passed = at !== null && Date.parse(at) <= now.getTime();
  return (
    <li className="card thread-item" data-testid="unsent-note">
      <div className="reflection-head">
        <h3 className="thread-date">Not sent yet</h3>
        {at ? <span className="muted small">{passed ? 'Its time has passed; it will arrive as soon as it is sent.' : `For ${describeWhen(at, now, timeZone)}`}</span> : null}
      </div>
      <NoteText note={note} />
      <div className="actions actions-tight">
        {partner ? (
          <Button small variant="secondary" busy={busy === 'send'} busyLabel="Sending…" disabled={keys !== 'ok' || busy !== null} onClick={() => void run('send')}>
            Try sending again
          </Button>
        ) : null}
        <Button small variant="quiet" busy={busy === 'delete'} busyLabel="Deleting…" disabled={busy !== null} onClick={() => void run('delete')}>
          Delete
        </Button>
      </div>
      <ErrorAlert message={error} />
    </li>
  );
}

interface ReceivedProps {
  note: OpenItem;
  /** What I said back already. */
  mine: OpenItem[];
  items: ItemsClient;
  onSent(): void;
}

/** A note from the partner, at the time it arrived on my clock, and a quiet way to answer. */
export function ReceivedNote({ note, mine, items, onSent }: ReceivedProps) {
  const { timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const name = partner.displayName;
  const c = note.verified ? parseContent('note', note.content) : null;
  const when = arrivalOf(note);
  return (
    <li className="card thread-item" data-testid="received-note">
      <div className="reflection-head">
        <h3 className="thread-date">
          <time dateTime={when}>{localDateTime(when, timeZone)}</time>
        </h3>
      </div>
      {c ? (
        <>
          <div className="reflection-text">{c.text}</div>
          <ReplyArea
            parent={note}
            items={items}
            sent={mine}
            phrases={REPLY_PHRASES}
            title="If you'd like to answer"
            hint="You don't need to. It's yours to keep either way."
            noteLabel="A few words of your own"
            replaceIfChanged
            onSent={onSent}
          />
        </>
      ) : (
        <p className="warning" role="note">
          We couldn't verify this came from {name}, so it isn't shown as theirs. If it keeps happening, compare your safety codes on the couple page.
        </p>
      )}
    </li>
  );
}

interface PastProps {
  note: OpenItem;
  /** True when it never reached the partner: its couple space ended first. */
  stranded: boolean;
  onRemoved(id: string): void;
  items: ItemsClient;
}

/** One of my notes from a couple space that has ended: sent then, or never sent — still mine to read. */
export function PastNote({ note, stranded, onRemoved, items }: PastProps) {
  const { timeZone } = usePracticeContext();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const when = arrivalOf(note);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await items.remove(note);
      onRemoved(note.id);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="card thread-item" data-testid={stranded ? 'stranded-note' : 'past-note'}>
      <div className="reflection-head">
        <h3 className="thread-date">{stranded ? 'Not sent' : <time dateTime={when}>{localDateTime(when, timeZone)}</time>}</h3>
        <span className={stranded ? 'badge' : 'badge badge-shared'}>{stranded ? 'The space ended first' : 'Sent'}</span>
      </div>
      <NoteText note={note} />
      {stranded ? (
        <>
          <p className="muted small">Your couple space ended before this note was due, so it was never delivered. Only you can read it.</p>
          <div className="actions actions-tight">
            <Button small variant="quiet" busy={busy} busyLabel="Deleting…" onClick={() => void remove()}>
              Delete
            </Button>
          </div>
          <ErrorAlert message={error} />
        </>
      ) : null}
    </li>
  );
}
