import { useEffect, useId, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { Fold } from '../../components/Fold.js';
import { SelectField, TextField } from '../../components/Field.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { DEFAULT_SESSION_MINUTES, endOfLocalDay, formatTimer, isPaused, PAUSE_WORD_MAX, SESSION_MINUTES, type PaceContent } from './content.js';
import { usePracticeContext } from '../../lib/practice-context.js';

interface PaceCardProps {
  userId: string;
  pace: OpenItem<'qa_pace'> | null;
  items: ItemsClient;
  onItem(item: OpenItem): void;
}

const sessionKey = (userId: string) => `mend.qa.sessionStartedAt.${userId}`;

function readStarted(userId: string): number | null {
  try {
    const v = Number(localStorage.getItem(sessionKey(userId)));
    return Number.isFinite(v) && v > 0 ? v : null;
  } catch {
    return null;
  }
}

function writeStarted(userId: string, at: number | null): void {
  try {
    if (at) localStorage.setItem(sessionKey(userId), String(at));
    else localStorage.removeItem(sessionKey(userId));
  } catch {
    /* storage may be unavailable; the clock still runs on this page */
  }
}

/** The asker's pacing: session length, a pause word, a gentle session clock, and "Pause for today". */
export function PaceCard({ userId, pace, items, onItem }: PaceCardProps) {
  const { partner, keys, timeZone } = usePracticeContext();
  const uid = useId();
  const current = pace?.content ?? null;
  const [minutes, setMinutes] = useState<PaceContent['sessionMinutes']>(current?.sessionMinutes ?? DEFAULT_SESSION_MINUTES);
  const [word, setWord] = useState(current?.pauseWord ?? '');
  const [busy, setBusy] = useState<'save' | 'pause' | 'resume' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [startedAt, setStartedAt] = useState<number | null>(() => readStarted(userId));
  const [now, setNow] = useState(() => Date.now());
  const paused = isPaused(current, new Date(now));
  const name = partner?.displayName ?? '';

  const sessionMs = (current?.sessionMinutes ?? minutes) * 60_000;
  const left = startedAt ? startedAt + sessionMs - now : 0;
  const running = startedAt !== null && left > 0;
  const timeUp = startedAt !== null && left <= 0;

  useEffect(() => {
    if (!startedAt && !current?.pausedUntil) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [startedAt, current?.pausedUntil]);

  useEffect(() => {
    if (timeUp) setStatus(`Your ${Math.round(sessionMs / 60_000)} minutes are up.`);
  }, [timeUp, sessionMs]);

  const save = async (content: PaceContent, which: 'save' | 'pause' | 'resume', done: string) => {
    setBusy(which);
    setError(null);
    setStatus('');
    try {
      // The pause is also plain state: the server holds back notifications about questions while it lasts.
      const state = content.pausedUntil ? { pausedUntil: content.pausedUntil } : {};
      let item: OpenItem = pace ? await items.update(pace, content, state) : await items.create('qa_pace', content, state);
      if (partner && keys === 'ok' && !item.sharedWith?.includes(partner.id)) item = await items.share(item, partner);
      onItem(item);
      setStatus(done);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const base = (): PaceContent => ({ sessionMinutes: minutes, pauseWord: word.trim().slice(0, PAUSE_WORD_MAX) });

  const start = () => {
    const at = Date.now();
    setStartedAt(at);
    setNow(at);
    writeStarted(userId, at);
    setStatus('Session started.');
  };
  const end = () => {
    setStartedAt(null);
    writeStarted(userId, null);
    setStatus('Session ended.');
  };

  return (
    <section className="card qa-pace" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>Your pace</h3>
      <p className="why">
        <span className="why-label">Why this helps:</span> short sessions with a clear way to stop keep hard conversations safer
        for both of you. You set the pace.
      </p>

      {paused ? (
        <div className="notice stack">
          <p>Questions are paused for today. They'll keep.</p>
          <div className="actions actions-tight">
            <Button
              variant="secondary"
              small
              busy={busy === 'resume'}
              busyLabel="Resuming…"
              onClick={() => {
                const c = { ...base(), ...(current ?? {}) };
                delete c.pausedUntil;
                void save(c, 'resume', 'Questions are open again.');
              }}
            >
              Resume
            </Button>
          </div>
        </div>
      ) : null}

      {/* Set once and seldom changed: folded, while the session clock below stays at hand. */}
      <Fold summary="Length and pause word" testId="pace-fold">
        <div className="qa-pace-grid">
          <SelectField label="Session length" value={minutes} onChange={(e) => setMinutes(SESSION_MINUTES.find((m) => m === Number(e.target.value)) ?? DEFAULT_SESSION_MINUTES)}>
            {SESSION_MINUTES.map((m) => (
              <option key={m} value={m}>
                {m} minutes
              </option>
            ))}
          </SelectField>
          <TextField
            label="Pause word"
            hint="A word either of you can say to stop, no questions asked."
            value={word}
            maxLength={PAUSE_WORD_MAX}
            autoComplete="off"
            onChange={(e) => setWord(e.target.value)}
          />
        </div>
        <div className="actions actions-tight">
          <Button
            variant="secondary"
            small
            busy={busy === 'save'}
            busyLabel="Saving…"
            onClick={() => {
              const c: PaceContent = base();
              if (current?.pausedUntil && paused) c.pausedUntil = current.pausedUntil;
              void save(c, 'save', partner && keys === 'ok' ? `Saved. ${name} can see it too.` : 'Saved.');
            }}
          >
            Save pacing
          </Button>
        </div>
        <p className="muted small">
          {partner
            ? `${name} sees your session length and pause word, and when you pause — nothing else from this card.`
            : 'When your partner joins, they will see your session length and pause word.'}
        </p>
      </Fold>

      <div className="qa-session" aria-labelledby={`${uid}-s`} role="group">
        <p className="row-title" id={`${uid}-s`}>
          Session
        </p>
        {running ? (
          <p className="qa-timer">
            <span className="qa-timer-value" role="timer" aria-live="off">
              {formatTimer(left)}
            </span>{' '}
            <span className="muted">left</span>
          </p>
        ) : timeUp ? (
          <p>
            That's the {Math.round(sessionMs / 60_000)} minutes you set. You can stop here — it'll keep. If you both want to go on, that's
            fine too.
          </p>
        ) : (
          <p className="muted small">A gentle clock for the time you set. Nothing rings — it just tells you when time is up.</p>
        )}
        <div className="actions actions-tight">
          {startedAt === null ? (
            <Button variant="secondary" small onClick={start} disabled={paused}>
              Start a session
            </Button>
          ) : (
            <Button variant="secondary" small onClick={end}>
              End session
            </Button>
          )}
          {!paused ? (
            <Button
              variant="quiet"
              small
              busy={busy === 'pause'}
              busyLabel="Pausing…"
              onClick={() => {
                const c: PaceContent = { ...(current ?? base()), pausedUntil: endOfLocalDay(new Date(), timeZone).toISOString() };
                setStartedAt(null);
                writeStarted(userId, null);
                void save(c, 'pause', 'Paused for today.');
              }}
            >
              Pause for today
            </Button>
          ) : null}
        </div>
      </div>
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}

/** What the answerer sees of the asker's pacing. */
export function PartnerPace({ pace, name }: { pace: PaceContent | null; name: string }) {
  if (!pace) return null;
  return (
    <div className="card qa-partner-pace">
      <p className="row-title">{name}'s pace</p>
      <p>
        Sessions of {pace.sessionMinutes} minutes.
        {pace.pauseWord ? (
          <>
            {' '}
            Pause word: <strong>“{pace.pauseWord}”</strong> — if either of you says it, stop there, kindly.
          </>
        ) : null}
      </p>
    </div>
  );
}
