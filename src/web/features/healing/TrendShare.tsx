import { useId, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { checkinsThisWeek, SHARE_WORDS_MAX, TREND_MIN_PER_WEEK, trendSummary, type DatedScores, type TrendShareContent } from '../../../core/healing/index.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import type { Drafts } from '../../lib/use-drafts.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../../lib/draft-status.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import { DRAFT_KEYS, sharedWith, type TrendShareView } from './model.js';
import { formatDate } from '../../lib/format.js';
import { averagesByMeasure, TimelineChart } from './TimelineChart.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

/** A shared trend as the partner sees it: the chart of averages, in their words, and the sharer's own words. */
export function TrendShareCard({ content, name, testId }: { content: TrendShareContent; name: string; testId?: string }) {
  return (
    <div className="stack" data-testid={testId}>
      {content.words ? (
        <blockquote className="heal-words-quote">
          <p>{content.words}</p>
          <footer className="muted small">— {name}</footer>
        </blockquote>
      ) : null}
      <TimelineChart
        data={{ from: content.from, to: content.to, averages: averagesByMeasure(content.series) }}
        caption={`${name}'s trend, ${formatDate(content.from)} to ${formatDate(content.to)} (${content.per === 'week' ? 'weekly' : '7-day'} averages, 0 to 10)`}
        name={name}
      />
    </div>
  );
}

interface ShareTrendProps {
  items: ItemsClient;
  drafts: Drafts;
  checkins: readonly DatedScores[];
  today: string;
  myName: string;
  /** One's own trend shares, newest first. */
  shared: readonly TrendShareView[];
  restoredWords: string;
  onItem(item: OpenItem): void;
  onRemoved(id: string): void;
}

/** "Share my trend": words, a preview of exactly what the partner will see, then share; and stop sharing. */
export function ShareTrend({ items, drafts, checkins, today, myName, shared, restoredWords, onItem, onRemoved }: ShareTrendProps) {
  const { keys } = usePracticeContext();
  const partner = usePairedPartner();
  const uid = useId();
  const name = partner.displayName;
  const [words, setWords] = useState(restoredWords);
  const status = useDraftStatus(drafts, DRAFT_KEYS.share, restoredWords ? 'restored' : 'none');
  const [preview, setPreview] = useState<TrendShareContent | null>(null);
  const [stopping, setStopping] = useState<TrendShareView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const live = shared.filter((s) => sharedWith(s.item, partner.id));
  // Nothing to offer until a whole week holds enough check-ins that no day can be read from it.
  const shareable = trendSummary(checkins, today) !== null;
  const soFar = checkinsThisWeek(checkins, today);

  const changeWords = (w: string) => {
    setWords(w);
    status.setActive(w.trim() !== '');
    if (w.trim()) drafts.sync.change(DRAFT_KEYS.share, { words: w });
    else {
      void drafts.sync.discard(DRAFT_KEYS.share);
      status.setShown('none');
    }
  };

  const share = async () => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    let made: OpenItem | null = null;
    try {
      made = await items.create('trend_share', preview, {});
      onItem(await items.share(made, partner));
      made = null;
      void drafts.sync.discard(DRAFT_KEYS.share);
      status.setShown('none');
      setWords('');
      setPreview(null);
      setDone(`Shared with ${name}. You can stop sharing at any time.`);
    } catch (e) {
      // Never leave a half-made share behind: the words are still in the box and the draft.
      if (made) await items.remove(made).catch(() => undefined);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const stop = async () => {
    if (!stopping) return;
    setBusy(true);
    setError(null);
    try {
      // Unshare first (re-encrypted, the partner's key dropped), then let the private copy go:
      // it was only ever a summary of check-ins the person still has.
      await items.unshare(stopping.item, partner.id);
      await items.remove(stopping.item).catch(() => undefined);
      onRemoved(stopping.item.id);
      setStopping(null);
      setDone(`${name} no longer sees that trend.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card stack" data-testid="share-trend">
      <p>
        You can show {name} how things have been moving for you: the average of each of the last four whole weeks, Monday to Sunday, and a few
        words if you like. Never your check-ins one by one, and never your notes.
      </p>
      {!shareable ? (
        <p className="muted" data-testid="trend-too-few">
          A week's average can be shared once the week is over and has at least {TREND_MIN_PER_WEEK} check-ins, so that no single day can be read
          from it.{soFar > 0 ? ` This week has ${soFar} so far.` : ''}
        </p>
      ) : (
        <>
          <div className="field">
            <label className="field-label" htmlFor={`${uid}-w`}>
              A few words for {name} <span className="muted">(optional)</span>
            </label>
            <textarea
              id={`${uid}-w`}
              className="textarea"
              rows={2}
              maxLength={SHARE_WORDS_MAX}
              value={words}
              placeholder="Some harder days this week, and I'm still here."
              aria-describedby={`${uid}-s`}
              onChange={(e) => changeWords(e.target.value)}
            />
            <p className="draft-status" id={`${uid}-s`} role="status" aria-live="polite">
              {DRAFT_STATUS_TEXT[status.shown]}
            </p>
          </div>
          {keys === 'changed' ? <KeysChangedNote name={name} /> : null}
          <div className="actions">
            <Button
              variant="secondary"
              disabled={keys !== 'ok'}
              onClick={() => {
                setError(null);
                setDone('');
                setPreview(trendSummary(checkins, today, words));
              }}
            >
              Preview what {name} will see…
            </Button>
          </div>
        </>
      )}

      {live.length > 0 ? (
        <div className="stack">
          <h3>Shared with {name}</h3>
          <ul className="plain-list stack">
            {live.map((s) => (
              <li key={s.item.id} className="heal-shared-row">
                <span>
                  {formatDate(s.content.from)} to {formatDate(s.content.to)}
                  {s.content.words ? <span className="muted"> · “{s.content.words.length > 60 ? `${s.content.words.slice(0, 60)}…` : s.content.words}”</span> : null}
                </span>
                <Button small variant="quiet" onClick={() => setStopping(s)}>
                  Stop sharing…
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {!preview && !stopping ? <ErrorAlert message={error} /> : null}
      <LiveStatus>{done}</LiveStatus>

      <Dialog
        open={preview !== null}
        onClose={() => setPreview(null)}
        title={`Share your trend with ${name}?`}
        actions={
          <>
            <Button busy={busy} busyLabel="Sharing…" disabled={keys !== 'ok'} onClick={() => void share()}>
              Share with {name}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setPreview(null)}>
              Not now
            </Button>
          </>
        }
      >
        <p>This is exactly what {name} will see. Nobody else — not Mend.</p>
        <p className="muted small">Only whole weeks with at least {TREND_MIN_PER_WEEK} check-ins are in it, so no single day can be read from it.</p>
        {preview ? <TrendShareCard content={preview} name={myName} testId="share-preview" /> : null}
        <p className="muted small">Your check-ins and notes stay with you. You can stop sharing at any time.</p>
        <ErrorAlert message={error} />
      </Dialog>
      <Dialog
        open={stopping !== null}
        onClose={() => setStopping(null)}
        title={`Stop sharing this trend with ${name}?`}
        actions={
          <>
            <Button variant="danger" busy={busy} busyLabel="Stopping…" onClick={() => void stop()}>
              Stop sharing
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setStopping(null)}>
              Keep sharing
            </Button>
          </>
        }
      >
        <p>{name} won't see it any more. What was read cannot be unread. Your check-ins are not touched.</p>
        <ErrorAlert message={error} />
      </Dialog>
    </div>
  );
}
