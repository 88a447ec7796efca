import { useId, useRef, useState } from 'react';
import type { PartnerView } from '../../../shared/api/index.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import { KeysChangedNote } from '../reflections/ShareDialogs.js';
import type { PartnerKeys } from '../reflections/usePartnerKeys.js';
import { asAck, NOTE_MAX, type AckContent } from './content.js';

/** Short answers under something: who said what, with the optional note, and when. */
export function AnswerList({ answers, who, name, label, timeZone }: { answers: OpenItem[]; who: 'me' | 'partner'; name: string; label: string; timeZone?: string | undefined }) {
  if (answers.length === 0) return null;
  return (
    <ul className="plain-list ack-list" aria-label={label}>
      {answers.map((a) => {
        const c = a.verified ? asAck(a.content) : null;
        return (
          <li key={a.id}>
            {c ? (
              <>
                <p>
                  <strong>{who === 'me' ? 'You' : name}:</strong> {c.text}
                </p>
                {c.note ? <p className="ack-note">{c.note}</p> : null}
                <p className="muted small">
                  <time dateTime={a.createdAt}>{localDateTime(a.createdAt, timeZone)}</time>
                </p>
              </>
            ) : (
              <p className="muted small">We couldn't verify this came from {who === 'me' ? 'you' : name}, so it isn't shown.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface AnswerFormProps {
  parent: OpenItem;
  partner: PartnerView;
  items: ItemsClient;
  keys: PartnerKeys;
  /** The phrases offered, in order. */
  phrases: readonly string[];
  /** A phrase that needs the note ("I need more about…"). */
  needsNote?: string;
  title: string;
  hint: string;
  noteLabel: string;
  onSent(): void;
}

/** Offers short answers (never pushes them): a phrase, with an optional note, shared back. */
export function AnswerForm({ parent, partner, items, keys, phrases, needsNote, title, hint, noteLabel, onSent }: AnswerFormProps) {
  const uid = useId();
  const name = partner.displayName;
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  // Created but not yet shared (the share failed): retry the share, don't make a second one.
  const unsent = useRef<OpenItem | null>(null);

  const send = async (phrase: string) => {
    const trimmed = note.trim().slice(0, NOTE_MAX);
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
      const c = unsent.current?.content as AckContent | null | undefined;
      const reuse = unsent.current && c?.text === content.text && c.note === content.note ? unsent.current : null;
      if (unsent.current && !reuse) await items.remove(unsent.current).catch(() => undefined);
      const ack = reuse ?? (await items.create<AckContent>('acknowledgment', content, { parentId: parent.id }));
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
              maxLength={NOTE_MAX}
              rows={2}
              aria-invalid={noteError ? true : undefined}
              aria-describedby={`${uid}-count${noteError ? ` ${uid}-err` : ''}`}
              onChange={(e) => {
                setNote(e.target.value);
                setNoteError(null);
              }}
            />
            <p className="field-hint" id={`${uid}-count`}>
              {note.length} of {NOTE_MAX} characters. Sent along with what you choose below.
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
      <LiveStatus>{status}</LiveStatus>
    </div>
  );
}
