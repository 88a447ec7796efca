import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { TextAreaField, TextField } from '../../components/Field.js';
import { PageTitle } from '../../components/Heading.js';
import { PageLoading } from '../../components/PageLoading.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';
import { useItems } from '../../lib/use-items.js';
import { newestFirst } from '../questions/content.js';
import { parentOf } from '../../../shared/kinds.js';
import { useKinds } from '../../lib/use-kinds.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import {
  asMessage,
  asTrigger,
  fromLocalInput,
  HARD_MOMENT_TEXT,
  MESSAGE_MAX,
  NOTE_MAX,
  SUGGESTED_REPLY,
  toLocalInput,
  WHAT_MAX,
  type MessageContent,
  type TriggerContent,
} from './moments.js';
import './moments.css';

const KINDS = ['trigger', 'hard_moment', 'response'] as const;

/** Triggers: a private note, a calming step right away, and an optional "hard moment" message. */
export function MomentsPage() {
  const { partner, timeZone: tz } = usePracticeContext();
  const items = useItems(partner);
  const { data, error, reload, replace, drop } = useKinds(items, KINDS, partner?.id ?? null);
  const [calm, setCalm] = useState(false);
  const name = partner?.displayName ?? '';

  const head = (
    <PageTitle lead="When something brings it all back — a date, a place, a song — you can note it here, take a calming step, and let your partner know if you want to.">
      A hard moment?
    </PageTitle>
  );

  if (!data) {
    return (
      <PageLoading head={head} error={error} reload={reload} loadingLabel="Opening…">
        <CalmingStep />
      </PageLoading>
    );
  }

  const fromPartner = (i: OpenItem) => !!partner && !i.mine && i.authorId === partner.id;
  const triggers = [...data.trigger.filter((t) => t.mine)].sort((a, b) => (asTrigger(b.content)?.when ?? b.createdAt).localeCompare(asTrigger(a.content)?.when ?? a.createdAt));
  const received = newestFirst(data.hard_moment.filter(fromPartner)).slice(0, 5);
  const sent = newestFirst(data.hard_moment.filter((h) => h.mine));
  const repliesTo = (id: string, mine: boolean) =>
    data.response.filter((r) => parentOf(r) === id && (mine ? r.mine : fromPartner(r))).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return (
    <div className="stack-lg">
      {head}

      {partner && received.length > 0 ? (
        <section aria-labelledby="received-heading" className="stack">
          <h2 id="received-heading">From {name}</h2>
          <p className="why">
            <span className="why-label">What helps most:</span> reassurance, not explanation. Let {name} know you're there; the why can
            wait for a calmer time.
          </p>
          <ul className="plain-list stack">
            {received.map((m) => (
              <ReceivedMoment key={m.id} moment={m} replies={repliesTo(m.id, true)} items={items} onItem={replace} />
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="log-heading" className="stack">
        <h2 id="log-heading">Note it, privately</h2>
        <TriggerForm
          items={items}
          onSaved={(t) => {
            replace(t);
            setCalm(true);
          }}
        />
        {!calm ? (
          <div className="actions">
            <Button variant="quiet" onClick={() => setCalm(true)}>
              Go straight to a calming step
            </Button>
          </div>
        ) : null}
      </section>

      {calm ? <CalmingStep focus onDone={() => setCalm(false)} /> : null}

      <section aria-labelledby="tell-heading" className="stack">
        <h2 id="tell-heading">Let {partner ? name : 'your partner'} know</h2>
        {partner ? (
          <TellPartner items={items} onItem={replace} />
        ) : (
          <p className="notice">
            When your partner joins, you'll be able to let them know when you're having a hard moment. <Link to="/couple">Invite your partner</Link>
          </p>
        )}
        {partner && sent.length > 0 ? (
          <ul className="plain-list stack" aria-label={`What you sent ${name}`}>
            {sent.map((m) => {
              const replies = repliesTo(m.id, false);
              return (
                <li key={m.id} className="card">
                  <p className="muted small">
                    You sent <time dateTime={m.createdAt}>{localDateTime(m.createdAt, tz)}</time>
                  </p>
                  <p>{asMessage(m.content)?.text ?? ''}</p>
                  {replies.map((r) => (
                    <div key={r.id} className="qa-answer">
                      <p className="row-title">{name} replied</p>
                      {r.verified ? <p>{asMessage(r.content)?.text ?? ''}</p> : <p className="muted small">We couldn't verify this came from {name}, so it isn't shown.</p>}
                      <p className="muted small">
                        <time dateTime={r.createdAt}>{localDateTime(r.createdAt, tz)}</time>
                      </p>
                    </div>
                  ))}
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="log-list-heading" className="stack" data-testid="trigger-log">
        <h2 id="log-list-heading">Your notes</h2>
        <p className="muted small">Only you can see these. Over time they can show what tends to bring it back — and that it passes.</p>
        {triggers.length === 0 ? (
          <div className="empty">
            <p>Nothing noted yet. When something sets you off, a line above is enough — what it was, and when.</p>
          </div>
        ) : (
          <ul className="plain-list stack">
            {triggers.map((t) => (
              <TriggerRow key={t.id} item={t} items={items} onRemoved={drop} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function TriggerForm({ items, onSaved }: { items: ItemsClient; onSaved(item: OpenItem): void }) {
  const [what, setWhat] = useState('');
  const [when, setWhen] = useState(() => toLocalInput(new Date()));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [whatError, setWhatError] = useState<string | null>(null);
  const [whenError, setWhenError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const save = async () => {
    const at = fromLocalInput(when);
    setWhatError(what.trim() ? null : 'A few words on what set it off — a place, a date, a song.');
    setWhenError(at ? null : 'Please choose a date and time.');
    if (!what.trim() || !at) return;
    setBusy(true);
    setError(null);
    setStatus('');
    const content: TriggerContent = { what: what.trim(), when: at.toISOString(), ...(note.trim() ? { note: note.trim() } : {}) };
    try {
      const t = await items.create('trigger', content, {});
      setWhat('');
      setNote('');
      setWhen(toLocalInput(new Date()));
      setStatus('Saved. Only you can see it.');
      onSaved(t);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted">Only you can see this. It's never shared.</p>
      <TextField label="What set it off" value={what} maxLength={WHAT_MAX} error={whatError} autoComplete="off" onChange={(e) => setWhat(e.target.value)} />
      <TextField label="When" type="datetime-local" value={when} error={whenError} onChange={(e) => setWhen(e.target.value)} />
      <TextAreaField
        label={
          <>
            A note <span className="muted">(optional)</span>
          </>
        }
        rows={3}
        value={note}
        maxLength={NOTE_MAX}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Saving…">
          Save privately
        </Button>
      </div>
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </form>
  );
}

/** A simple grounding exercise, in words. */
function CalmingStep({ focus, onDone }: { focus?: boolean; onDone?: () => void }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <section className="card card-accent calm" aria-labelledby="calm-heading">
      <h2 id="calm-heading" ref={ref} tabIndex={-1}>
        A calming step
      </h2>
      <p>Take this slowly. There's no right way to do it.</p>
      <ol className="calm-steps">
        <li>Put both feet on the floor. Notice the ground holding you.</li>
        <li>Breathe in through your nose for 4, and out slowly for 6. Do this five times.</li>
        <li>Name 5 things you can see, 4 you can hear, and 3 you can touch.</li>
        <li>Tell yourself: this is a memory, and it's passing. I'm here, now.</li>
      </ol>
      <p className="muted small">
        If you're in danger or thinking of harming yourself, please reach out now — <Link to="/safety">help and hotlines</Link>.
      </p>
      {onDone ? (
        <div className="actions">
          <Button variant="secondary" onClick={onDone}>
            Done for now
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function TellPartner({ items, onItem }: { items: ItemsClient; onItem(item: OpenItem): void }) {
  const uid = useId();
  const partner = usePairedPartner();
  const { keys } = usePracticeContext();
  const name = partner.displayName;
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(HARD_MOMENT_TEXT);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const unsent = useRef<OpenItem | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (open) area.current?.focus();
  }, [open]);

  const send = async () => {
    setBusy(true);
    setError(null);
    const content: MessageContent = { text: text.trim() };
    try {
      const prev = unsent.current ? asMessage(unsent.current.content) : null;
      const reuse = unsent.current && prev?.text === content.text ? unsent.current : null;
      if (unsent.current && !reuse) await items.remove(unsent.current).catch(() => undefined);
      const m = reuse ?? (await items.create('hard_moment', content, {}));
      unsent.current = m;
      onItem(await items.share(m, partner));
      unsent.current = null;
      setOpen(false);
      setText(HARD_MOMENT_TEXT);
      setStatus(`Sent. ${name} will see it when they next open Mend.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (keys === 'changed') return <KeysChangedNote name={name} />;
  return (
    <div className="stack">
      {open ? (
        <div className="card stack">
          <div className="field">
            <label className="field-label" htmlFor={`${uid}-m`}>
              Your message to {name}
            </label>
            <p className="field-hint" id={`${uid}-h`}>
              Only {name} will read this. You don't need to explain — this is enough.
            </p>
            <textarea
              ref={area}
              id={`${uid}-m`}
              className="textarea"
              rows={3}
              value={text}
              maxLength={MESSAGE_MAX}
              aria-describedby={`${uid}-h`}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <div className="actions">
            <Button busy={busy} busyLabel="Sending…" disabled={!text.trim() || keys !== 'ok'} onClick={() => void send()}>
              Send
            </Button>
            <Button variant="quiet" disabled={busy} onClick={() => setOpen(false)}>
              Not now
            </Button>
          </div>
          <ErrorAlert message={error} />
        </div>
      ) : (
        <div className="actions">
          <Button variant="secondary" disabled={keys !== 'ok'} onClick={() => setOpen(true)}>
            Let {name} know I'm having a hard moment
          </Button>
        </div>
      )}
      <LiveStatus>{status}</LiveStatus>
    </div>
  );
}

interface ReceivedProps {
  moment: OpenItem;
  replies: OpenItem[];
  items: ItemsClient;
  onItem(item: OpenItem): void;
}

function ReceivedMoment({ moment, replies, items, onItem }: ReceivedProps) {
  const uid = useId();
  const partner = usePairedPartner();
  const { keys, timeZone } = usePracticeContext();
  const name = partner.displayName;
  const c = moment.verified ? asMessage(moment.content) : null;
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const unsent = useRef<OpenItem | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  const send = async () => {
    setBusy(true);
    setError(null);
    const content: MessageContent = { text: text.trim() };
    try {
      const prev = unsent.current ? asMessage(unsent.current.content) : null;
      const reuse = unsent.current && prev?.text === content.text ? unsent.current : null;
      if (unsent.current && !reuse) await items.remove(unsent.current).catch(() => undefined);
      const r = reuse ?? (await items.create('response', content, { parentId: moment.id }));
      unsent.current = r;
      onItem(await items.share(r, partner));
      unsent.current = null;
      setText('');
      setStatus(`Sent to ${name}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="card card-accent" data-testid="hard-moment-received">
      {c ? (
        <>
          <p className="muted small">
            {name} · <time dateTime={moment.createdAt}>{localDateTime(moment.createdAt, timeZone)}</time>
          </p>
          <p className="hard-moment-text">{c.text}</p>
          {replies.map((r) => (
            <div key={r.id} className="qa-answer">
              <p className="row-title">You replied</p>
              <p>{asMessage(r.content)?.text ?? ''}</p>
            </div>
          ))}
          {replies.length > 0 ? null : keys === 'changed' ? (
            <KeysChangedNote name={name} />
          ) : (
            <div className="stack">
              <p className="small">
                A starting point, if it helps: <q>{SUGGESTED_REPLY}</q>
              </p>
              <div className="actions actions-tight">
                <Button
                  variant="secondary"
                  small
                  onClick={() => {
                    setText(SUGGESTED_REPLY);
                    area.current?.focus();
                  }}
                >
                  Use this as a start
                </Button>
              </div>
              <div className="field">
                <label className="field-label" htmlFor={`${uid}-r`}>
                  Your reply, in your own words
                </label>
                <textarea
                  ref={area}
                  id={`${uid}-r`}
                  className="textarea"
                  rows={3}
                  value={text}
                  maxLength={MESSAGE_MAX}
                  onChange={(e) => setText(e.target.value)}
                />
              </div>
              <div className="actions">
                <Button busy={busy} busyLabel="Sending…" disabled={!text.trim() || keys !== 'ok'} onClick={() => void send()}>
                  Send
                </Button>
              </div>
              <ErrorAlert message={error} />
            </div>
          )}
          <LiveStatus>{status}</LiveStatus>
        </>
      ) : (
        <p className="warning" role="note">
          We couldn't verify this came from {name}, so it isn't shown.
        </p>
      )}
    </li>
  );
}

function TriggerRow({ item, items, onRemoved }: { item: OpenItem; items: ItemsClient; onRemoved(id: string): void }) {
  const { timeZone } = usePracticeContext();
  const c = asTrigger(item.content);
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await items.remove(item);
      setConfirm(false);
      onRemoved(item.id);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  if (!c) return null;
  return (
    <li className="card trigger-row">
      <div className="reflection-head">
        <span className="muted small">
          <time dateTime={c.when}>{localDateTime(c.when, timeZone)}</time>
        </span>
        <Button variant="quiet" small onClick={() => setConfirm(true)} aria-label={`Delete the note “${c.what}”`}>
          Delete
        </Button>
      </div>
      <p className="row-title">{c.what}</p>
      {c.note ? <p className="muted">{c.note}</p> : null}
      <ConfirmDialog
        open={confirm}
        onClose={() => setConfirm(false)}
        title="Delete this note?"
        confirmLabel="Delete"
        busyLabel="Deleting…"
        cancelLabel="Keep it"
        danger
        busy={busy}
        error={error}
        onConfirm={() => void remove()}
      >
        <p>It was only ever yours. Once deleted, it's gone.</p>
      </ConfirmDialog>
    </li>
  );
}
