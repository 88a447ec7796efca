import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { DECKS, type Depth } from '../../../core/prompts/index.js';
import type { PromptDayView, PromptTodayResponse } from '../../../shared/api/prompts.js';
import type { ItemsClient, PromptsClient } from '../../../shared/client/index.js';
import { lastPromptNudgeAt } from '../../app/live-events.js';
import { useMe } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Fold } from '../../components/Fold.js';
import { PageTitle } from '../../components/Heading.js';
import { PageLoading } from '../../components/PageLoading.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { useItems } from '../../lib/use-items.js';
import { AnsweredWaiting, RevealedAnswers } from './Answers.js';
import { AnswerForm } from './AnswerForm.js';
import { dayLabel, deckDescription, deckTitle, DEPTH_OPTIONS, depthLabel, earlierDays, historyStatus, localDateIn, promptTextOf } from './prompts.js';
import { usePromptData, usePromptHistory, usePromptsClient, type PromptData } from './usePrompts.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';
import './prompts.css';

/** Today's date in the person's own zone, kept current across midnight and when the tab comes back. */
function useLocalDate(timeZone: string | undefined): string {
  const [date, setDate] = useState(() => localDateIn(new Date(), timeZone));
  useEffect(() => {
    const check = () => setDate(localDateIn(new Date(), timeZone));
    check();
    const timer = setInterval(check, 60_000);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [timeZone]);
  return date;
}

/** Practice 5: the prompt of the day — answered privately, read together. */
export function PromptsPage() {
  const me = useMe();
  const { partner } = usePracticeContext();
  const tz = me.user.timeZone;
  const items = useItems(partner);
  const prompts = usePromptsClient(items);
  const date = useLocalDate(tz);
  const [nudgedOn, setNudgedOn] = useState<string | null>(() => {
    const at = lastPromptNudgeAt();
    return at === null ? null : localDateIn(new Date(at), tz);
  });
  const { data, error, reload, apply, applyDepth } = usePromptData(prompts, items, date, partner?.id ?? null, () => setNudgedOn(localDateIn(new Date(), tz)));
  const day = data?.today.day ?? null;
  const history = usePromptHistory(prompts, `${date}|${day?.id ?? ''}|${String(day?.answeredByMe)}|${String(day?.revealed)}`);

  const head = (
    <PageTitle lead="One question a day for the two of you. You each answer privately, then read each other's answers together.">
      5. Closeness: prompts
    </PageTitle>
  );

  // The journal and "share your day" live on their own page; it works before the partner joins too.
  const journal = (
    <section className="card card-accent stack" aria-labelledby="journal-link-heading" data-testid="journal-link">
      <h2 id="journal-link-heading">Your journal and “share your day”</h2>
      <p>Write just for yourself, share an entry when you choose, and tell each other the high and the low of your day.</p>
      <p>
        <Link to="/practices/closeness/journal">Open the journal</Link>
      </p>
    </section>
  );

  if (!partner) {
    return (
      <div className="stack-lg">
        {head}
        <EmptyState title="A prompt each day, for both of you">
          <p>
            Prompts are small, kind questions that help you get to know each other again — about ordinary days, good memories,
            and what matters now.
          </p>
          <p>When your partner joins, you'll get a prompt each day. You'll each answer on your own, and see both answers once you've both answered.</p>
          <p>
            <Link to="/couple">Invite your partner</Link>
          </p>
        </EmptyState>
        {journal}
        <p>
          <Link to="/practices">All practices</Link>
        </p>
      </div>
    );
  }

  if (!data) {
    return <PageLoading head={head} error={error} reload={reload} loadingLabel="Opening today's prompt…" />;
  }

  return (
    <div className="stack-lg">
      {head}
      {day ? (
        <TodayCard
          day={day}
          data={data}
          date={date}
          items={items}
          prompts={prompts}
          userId={me.user.id}
          nudged={nudgedOn === date && !day.answeredByMe && !day.revealed}
          apply={apply}
          reload={reload}
        />
      ) : (
        <EmptyState title="Today's prompt isn't ready yet">
          <p>When you're both in your couple space, a prompt appears here each day.</p>
        </EmptyState>
      )}
      {journal}
      <DepthCard today={data.today} prompts={prompts} apply={applyDepth} />
      <EarlierDays days={history} today={date} partnerName={partner.displayName} />
      <p>
        <Link to="/practices">All practices</Link>
      </p>
    </div>
  );
}

interface TodayCardProps {
  day: PromptDayView;
  data: PromptData;
  date: string;
  items: ItemsClient;
  prompts: PromptsClient;
  userId: string;
  nudged: boolean;
  apply(res: PromptTodayResponse): Promise<void>;
  reload(): Promise<void>;
}

function TodayCard({ day, data, date, items, prompts, userId, nudged, apply, reload }: TodayCardProps) {
  const { keys } = usePracticeContext();
  const partner = usePairedPartner();
  const name = partner.displayName;
  const text = promptTextOf(day.promptId, name);
  return (
    <section className="card prompt-card" aria-labelledby="prompt-heading" data-testid="prompt-card">
      <h2 id="prompt-heading" className="prompt-heading">
        Today's prompt
      </h2>
      <p className="prompt-meta">
        <span className="badge">
          <span className="visually-hidden">Deck: </span>
          {deckTitle(day.deck)}
        </span>
        <span className="badge">
          <span className="visually-hidden">Depth: </span>
          {depthLabel(day.depth)}
        </span>
      </p>
      <p className="prompt-text" data-testid="prompt-text">
        {text}
      </p>
      {day.notice ? <p className="notice small">{day.notice.message}</p> : null}
      <p className="why">
        <span className="why-label">Why this helps:</span> Small, honest answers, read together, help you feel known again.
      </p>

      {keys === 'changed' && day.answeredByMe ? (
        <p className="warning">
          <strong>{name}'s security key has changed.</strong> Please <Link to="/couple#safety-code">compare your safety codes</Link> before
          replying.
        </p>
      ) : null}

      {nudged ? (
        <p className="notice" data-testid="prompt-nudged">
          {name} has answered — your turn when you're ready. There's no need to hurry.{' '}
          <span className="small">
            If you'd rather not get these, turn off &ldquo;When your partner shares something&rdquo; in <Link to="/settings">Settings</Link>.
          </span>
        </p>
      ) : null}

      {day.revealed ? (
        <RevealedAnswers
          day={day}
          mine={data.mine}
          theirs={data.theirs}
          acks={data.acks}
          items={items}
          onSent={() => void reload()}
        />
      ) : day.answeredByMe ? (
        <AnsweredWaiting day={day} mine={data.mine} prompts={prompts} />
      ) : (
        <>
          <AnswerForm day={day} items={items} prompts={prompts} userId={userId} onAnswered={apply} />
          <ChooseAnother date={date} prompts={prompts} apply={apply} />
        </>
      )}
    </section>
  );
}

/** "It'll keep": another prompt, or a deck for today — only before you've answered. */
function ChooseAnother({ date, prompts, apply }: { date: string; prompts: PromptsClient; apply(res: PromptTodayResponse): Promise<void> }) {
  const uid = useId();
  const [deck, setDeck] = useState('');
  const [busy, setBusy] = useState<'skip' | 'deck' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const run = async (what: 'skip' | 'deck', call: () => Promise<PromptTodayResponse>, done: string): Promise<boolean> => {
    setBusy(what);
    setError(null);
    setStatus('');
    try {
      await apply(await call());
      setStatus(done);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(null);
    }
  };

  const chosen = deck ? deckDescription(deck) : 'Mend picks from every deck, no deeper than you both allow.';

  return (
    // Folded: most days the prompt is the one. Its summary is the question it answers.
    <Fold summary="Not the one for today?" className="prompt-choose" testId="prompt-choose-fold">
      <p className="muted small">That's fine. This one will keep for another day.</p>
      <div className="actions">
        <Button
          variant="secondary"
          busy={busy === 'skip'}
          busyLabel="Finding another…"
          disabled={busy !== null}
          onClick={() => void run('skip', () => prompts.skip(date), 'Here is another prompt.')}
        >
          It'll keep — show another
        </Button>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${uid}-deck`}>
          Choose a deck for today
        </label>
        <select
          id={`${uid}-deck`}
          className="select"
          value={deck}
          disabled={busy !== null}
          aria-describedby={`${uid}-deck-hint`}
          onChange={(e) => {
            const next = e.target.value;
            const before = deck;
            setDeck(next);
            void run('deck', () => prompts.chooseDeck(date, next || null), next ? `Here is a prompt from ${deckTitle(next)}.` : 'Here is a prompt from any deck.').then(
              (ok) => {
                if (!ok) setDeck(before);
              },
            );
          }}
        >
          <option value="">Any deck</option>
          {DECKS.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
        <p className="field-hint" id={`${uid}-deck-hint`}>
          {chosen}
        </p>
      </div>
      <LiveStatus>{status}</LiveStatus>
      <ErrorAlert message={error} />
    </Fold>
  );
}

/** How deep each is ready to go; prompts go only as deep as both have chosen. */
function DepthCard({ today, prompts, apply }: { today: PromptTodayResponse; prompts: PromptsClient; apply(res: PromptTodayResponse): void }) {
  const partner = usePairedPartner();
  const uid = useId();
  const name = partner.displayName;
  const [busy, setBusy] = useState<Depth | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const choose = async (depth: Depth) => {
    setBusy(depth);
    setError(null);
    setStatus('');
    try {
      apply(await prompts.chooseDepth(depth));
      setStatus(`Saved: ${depthLabel(depth)}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card stack" aria-labelledby={`${uid}-h`} data-testid="depth-card">
      <h2 id={`${uid}-h`}>Depth</h2>
      <p className="depth-allowed" data-testid="prompt-allowed-depth">
        Right now, prompts go as deep as: <strong>{depthLabel(today.allowedDepth)}</strong>
      </p>
      {today.myDepth === null ? <p className="muted small">You haven't chosen yet. Until you both do, prompts stay light.</p> : null}
      {/* The choice is made once in a while, so it waits folded. */}
      <Fold summary="Choose how deep to go" testId="depth-fold">
        <fieldset className="choices" aria-describedby={`${uid}-why`}>
          <legend>How deep are you ready to go?</legend>
          <p className="muted small" id={`${uid}-why`}>
            Prompts go only as deep as you've both chosen. Your choice stays private — {name} only sees the depth you both allow.
          </p>
          <div className="depth-list">
            {DEPTH_OPTIONS.map((d) => (
              <label key={d.value} className="choice depth-choice">
                <input
                  type="radio"
                  name={`${uid}-depth`}
                  value={d.value}
                  checked={(busy ?? today.myDepth) === d.value}
                  disabled={busy !== null && busy !== d.value}
                  onChange={() => void choose(d.value)}
                />
                <span>
                  <span className="depth-label">{d.label}</span>
                  <span className="depth-hint">{d.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </Fold>
      <LiveStatus>{status}</LiveStatus>
      <ErrorAlert message={error} />
    </section>
  );
}

function EarlierDays({ days, today, partnerName }: { days: PromptDayView[] | null; today: string; partnerName: string }) {
  if (days === null) return null;
  const list = earlierDays(days, today);
  return (
    <section aria-labelledby="earlier-heading" className="stack">
      <h2 id="earlier-heading">Earlier days</h2>
      {list.length === 0 ? (
        <p className="muted">Earlier prompts will be listed here, so you can look back at what you've talked about.</p>
      ) : (
        <ul className="plain-list row-list prompt-history" data-testid="prompt-history">
          {list.map((d) => (
            <li key={d.id}>
              <div className="row-main">
                <p className="muted small">
                  <time dateTime={d.date}>{dayLabel(d.date)}</time> · {historyStatus(d)}
                </p>
                <p>{promptTextOf(d.promptId, partnerName)}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
