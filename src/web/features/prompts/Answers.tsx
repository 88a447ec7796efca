import { useId, useRef, useState } from 'react';
import type { PartnerView } from '../../../shared/api/index.js';
import type { PromptDayView } from '../../../shared/api/prompts.js';
import type { ItemsClient, OpenItem, PromptsClient } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import { KeysChangedNote } from '../reflections/ShareDialogs.js';
import { ACK_NOTE_MAX, asAck, parentOf, type AckContent } from '../reflections/sections.js';
import type { PartnerKeys } from '../reflections/usePartnerKeys.js';
import { asAnswer, REPLY_PHRASES } from './prompts.js';

/** One answer's words, or a kind line when they can't be shown. */
function AnswerText({ item, who, testId }: { item: OpenItem | null; who: string; testId: string }) {
  const content = item && item.verified ? asAnswer(item.content) : null;
  if (content) {
    return (
      <div className="reflection-text" data-testid={testId}>
        {content.text}
      </div>
    );
  }
  return (
    <p className="muted" data-testid={testId}>
      {item ? `This answer couldn't be opened or verified on this device, so it isn't shown.` : `Opening ${who === 'You' ? 'your' : `${who}'s`} answer…`}
    </p>
  );
}

interface WaitingProps {
  day: PromptDayView;
  mine: OpenItem | null;
  partner: PartnerView;
  prompts: PromptsClient;
}

/** Answered, not yet revealed: one's own words, and nothing at all about the partner. */
export function AnsweredWaiting({ day, mine, partner, prompts }: WaitingProps) {
  const name = partner.displayName;
  const storageKey = `mend:prompt-nudged:${day.id}`;
  const [sent, setSent] = useState(() => readFlag(storageKey));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const nudge = async () => {
    setBusy(true);
    setError(null);
    try {
      await prompts.nudge(day);
      setSent(true);
      writeFlag(storageKey);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <h3 className="prompt-side-title">Your answer</h3>
      <AnswerText item={mine} who="You" testId="my-answer" />
      <p className="notice" data-testid="prompt-waiting">
        Your answer is saved. You'll both see each other's answers once you've both answered.
      </p>
      <div className="stack prompt-nudge">
        <p className="muted small">
          If you'd like, you can let {name} know you've answered. Mend won't tell them otherwise.
        </p>
        <div className="actions">
          <Button variant="secondary" onClick={() => void nudge()} busy={busy} busyLabel="Sending…" disabled={sent}>
            Let {name} know I've answered
          </Button>
        </div>
        <LiveStatus>{sent ? `We let ${name} know.` : ''}</LiveStatus>
        <ErrorAlert message={error} />
      </div>
    </div>
  );
}

interface RevealedProps {
  mine: OpenItem | null;
  theirs: OpenItem | null;
  acks: OpenItem[];
  partner: PartnerView;
  items: ItemsClient;
  keys: PartnerKeys;
  timeZone?: string;
  onSent(): void;
}

/** Both answered: the two answers side by side, and a brief, kind reply under the partner's. */
export function RevealedAnswers({ mine, theirs, acks, partner, items, keys, timeZone, onSent }: RevealedProps) {
  const name = partner.displayName;
  const received = mine ? acks.filter((a) => !a.mine && parentOf(a) === mine.id) : [];
  const sent = theirs ? acks.filter((a) => a.mine && parentOf(a) === theirs.id) : [];
  return (
    <div className="stack">
      <p className="muted">You've both answered. Take your time reading.</p>
      <div className="prompt-answers">
        <section className="prompt-side" aria-labelledby="answer-you">
          <h3 id="answer-you" className="prompt-side-title">
            You
          </h3>
          <AnswerText item={mine} who="You" testId="my-answer" />
          {received.length > 0 ? <AckList acks={received} who={name} timeZone={timeZone} label={`What ${name} sent back`} /> : null}
        </section>
        <section className="prompt-side" aria-labelledby="answer-partner">
          <h3 id="answer-partner" className="prompt-side-title">
            {name}
          </h3>
          <AnswerText item={theirs} who={name} testId="partner-answer" />
          {theirs && theirs.verified ? <ReplyArea item={theirs} partner={partner} sent={sent} items={items} keys={keys} timeZone={timeZone} onSent={onSent} /> : null}
        </section>
      </div>
    </div>
  );
}

function AckList({ acks, who, timeZone, label }: { acks: OpenItem[]; who: string; timeZone?: string | undefined; label: string }) {
  return (
    <ul className="plain-list ack-list" aria-label={label}>
      {acks.map((a) => {
        const c = a.verified ? asAck(a.content) : null;
        return (
          <li key={a.id}>
            {c ? (
              <>
                <p>
                  <strong>{who}:</strong> {c.text}
                </p>
                {c.note ? <p className="ack-note">{c.note}</p> : null}
                <p className="muted small">
                  <time dateTime={a.createdAt}>{localDateTime(a.createdAt, timeZone)}</time>
                </p>
              </>
            ) : (
              <p className="muted small">This reply couldn't be verified, so it isn't shown.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface ReplyProps {
  item: OpenItem;
  partner: PartnerView;
  sent: OpenItem[];
  items: ItemsClient;
  keys: PartnerKeys;
  timeZone?: string | undefined;
  onSent(): void;
}

/** A brief reply to the partner's answer: one of two kind phrases and an optional short note. */
function ReplyArea({ item, partner, sent, items, keys, timeZone, onSent }: ReplyProps) {
  const uid = useId();
  const name = partner.displayName;
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [another, setAnother] = useState(false);
  // Created but not yet shared (the share failed): retry the share, don't make a second one.
  const unsent = useRef<OpenItem | null>(null);

  const send = async (phrase: string) => {
    setBusy(phrase);
    setError(null);
    setStatus('');
    const trimmed = note.trim().slice(0, ACK_NOTE_MAX);
    const content: AckContent = trimmed ? { text: phrase, note: trimmed } : { text: phrase };
    try {
      const ack = unsent.current ?? (await items.create<AckContent>('acknowledgment', content, { parentId: item.id }));
      unsent.current = ack;
      await items.share(ack, partner);
      unsent.current = null;
      setNote('');
      setAnother(false);
      setStatus(`Sent to ${name}.`);
      onSent();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const showForm = sent.length === 0 || another;

  return (
    <div className="ack">
      {sent.length > 0 ? <AckList acks={sent} who="You" timeZone={timeZone} label="What you sent back" /> : null}
      {showForm ? (
        <div className="ack-form" role="group" aria-labelledby={`${uid}-ack`}>
          <p className="ack-title" id={`${uid}-ack`}>
            If you'd like, reply to {name}.
          </p>
          <p className="muted small">You don't have to — a conversation later is just as good.</p>
          {keys === 'changed' ? (
            <KeysChangedNote name={name} />
          ) : (
            <>
              <div className="field">
                <label className="field-label" htmlFor={`${uid}-note`}>
                  Add a short note <span className="muted">(optional)</span>
                </label>
                <textarea
                  id={`${uid}-note`}
                  className="textarea ack-note-input"
                  value={note}
                  maxLength={ACK_NOTE_MAX}
                  rows={2}
                  aria-describedby={`${uid}-count`}
                  onChange={(e) => setNote(e.target.value)}
                />
                <p className="field-hint" id={`${uid}-count`}>
                  {note.length} of {ACK_NOTE_MAX} characters. Sent along with what you choose below.
                </p>
              </div>
              <div className="actions actions-tight">
                {REPLY_PHRASES.map((phrase) => (
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
        </div>
      ) : (
        <Button variant="quiet" small onClick={() => setAnother(true)}>
          Send something else
        </Button>
      )}
      <LiveStatus>{status}</LiveStatus>
    </div>
  );
}

function readFlag(key: string): boolean {
  try {
    return window.sessionStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string): void {
  try {
    window.sessionStorage.setItem(key, '1');
  } catch {
    /* private mode: the button just comes back after a reload */
  }
}
