import { useId, useRef, useState, type MutableRefObject } from 'react';
import type { ItemsClient, OpenItem } from '../../shared/client/index.js';
import { KeysChangedNote } from './KeysChangedNote.js';
import { ACK_NOTE_MAX, type AckContent } from '../features/reflections/sections.js';
import { errorMessage } from '../lib/errors.js';
import { usePairedPartner, usePracticeContext } from '../lib/practice-context.js';
import { Button } from './Button.js';
import { ReplyList } from './ReplyList.js';
import { ErrorAlert, LiveStatus } from './Status.js';

export interface ReplyFormProps {
  /** The partner's item this replies to (the reply's `parentId`). */
  parent: OpenItem;
  items: ItemsClient;
  /** The quick-reply phrases offered, in order. */
  phrases: readonly string[];
  /** A phrase that needs the note ("I need more about…"). */
  needsNote?: string;
  title: string;
  hint: string;
  /** Label of the optional note; "(optional)" is added after it. */
  noteLabel?: string;
  /**
   * After a failed share, a retry with a different phrase or note deletes the unshared reply and makes a new one.
   * Without it, a retry shares the reply made the first time.
   */
  replaceIfChanged?: boolean;
  /** Where a reply made but not yet shared is kept (so it can outlive the form); the form's own by default. */
  unsent?: MutableRefObject<OpenItem | null>;
  /** Receives the status line ("Sent to …") instead of the form showing it. */
  onStatus?(status: string): void;
  onSent(): void;
}

/** Offers a short reply (never pushes it): a quick phrase, with an optional note, shared back with the partner. */
export function ReplyForm({
  parent,
  items,
  phrases,
  needsNote,
  title,
  hint,
  noteLabel = 'Add a short note',
  replaceIfChanged = false,
  unsent: unsentRef,
  onStatus,
  onSent,
}: ReplyFormProps) {
  const { keys } = usePracticeContext();
  const partner = usePairedPartner();
  const uid = useId();
  const name = partner.displayName;
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  const [ownStatus, setOwnStatus] = useState('');
  const setStatus = onStatus ?? setOwnStatus;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  // Created but not yet shared (the share failed): retry the share, don't make a second one.
  const ownUnsent = useRef<OpenItem | null>(null);
  const unsent = unsentRef ?? ownUnsent;

  const send = async (phrase: string) => {
    const trimmed = note.trim().slice(0, ACK_NOTE_MAX);
    if (phrase === needsNote && !trimmed) {
      setNoteError(`A few words on what you'd like to hear more about, then press “${phrase}” again.`);
      noteRef.current?.focus();
      return;
    }
    setBusy(phrase);
    setError(null);
    setNoteError(null);
    setStatus('');
    const content: AckContent = trimmed ? { text: phrase, note: trimmed } : { text: phrase };
    try {
      let reuse = unsent.current;
      if (reuse && replaceIfChanged) {
        const c = reuse.content as AckContent | null | undefined;
        if (c?.text !== content.text || c.note !== content.note) {
          await items.remove(reuse).catch(() => undefined);
          reuse = null;
        }
      }
      const ack = reuse ?? (await items.create('acknowledgment', content, { parentId: parent.id }));
      unsent.current = ack;
      await items.share(ack, partner);
      unsent.current = null;
      setNote('');
      setStatus(`Sent to ${name}.`);
      onSent();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="ack-form" role="group" aria-labelledby={`${uid}-t`}>
      <p className="ack-title" id={`${uid}-t`}>
        {title}
      </p>
      <p className="muted small">{hint}</p>
      {keys === 'changed' ? (
        <KeysChangedNote name={name} />
      ) : (
        <>
          <div className="field">
            <label className="field-label" htmlFor={`${uid}-note`}>
              {noteLabel} <span className="muted">(optional)</span>
            </label>
            <textarea
              ref={noteRef}
              id={`${uid}-note`}
              className="textarea ack-note-input"
              value={note}
              maxLength={ACK_NOTE_MAX}
              rows={2}
              aria-invalid={noteError ? true : undefined}
              aria-describedby={`${uid}-count${noteError ? ` ${uid}-err` : ''}`}
              onChange={(e) => {
                setNote(e.target.value);
                setNoteError(null);
              }}
            />
            <p className="field-hint" id={`${uid}-count`}>
              {note.length} of {ACK_NOTE_MAX} characters. Sent along with what you choose below.
            </p>
            {noteError ? (
              <p className="field-error" id={`${uid}-err`}>
                {noteError}
              </p>
            ) : null}
          </div>
          <div className="actions actions-tight">
            {phrases.map((phrase) => (
              <Button
                key={phrase}
                variant="secondary"
                small
                onClick={() => void send(phrase)}
                busy={busy === phrase}
                busyLabel="Sending…"
                disabled={keys !== 'ok' || (busy !== null && busy !== phrase)}
              >
                {phrase}
              </Button>
            ))}
          </div>
        </>
      )}
      <ErrorAlert message={error} />
      {onStatus ? null : <LiveStatus>{ownStatus}</LiveStatus>}
    </div>
  );
}

type ReplyAreaProps = Omit<ReplyFormProps, 'unsent' | 'onStatus'> & {
  /** Replies this person already sent for `parent`. */
  sent: OpenItem[];
  /** As for ReplyList. */
  unverified?: string | null;
};

/** What you already sent back, then the form (once nothing is sent, or on "Send something else"). */
export function ReplyArea({ sent, unverified, onSent, ...form }: ReplyAreaProps) {
  const [status, setStatus] = useState('');
  const [another, setAnother] = useState(false);
  const unsent = useRef<OpenItem | null>(null);
  const showForm = sent.length === 0 || another;

  return (
    <div className="ack">
      <ReplyList replies={sent} who="You" label="What you sent back" unverified={unverified} />
      {showForm ? (
        <ReplyForm
          {...form}
          unsent={unsent}
          onStatus={setStatus}
          onSent={() => {
            setAnother(false);
            onSent();
          }}
        />
      ) : (
        <Button variant="quiet" small onClick={() => setAnother(true)}>
          Send something else
        </Button>
      )}
      <LiveStatus>{status}</LiveStatus>
    </div>
  );
}
