import { useId, useRef, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Fold } from '../../components/Fold.js';
import { TextAreaField } from '../../components/Field.js';
import { ReplyArea } from '../../components/ReplyForm.js';
import { ReplyList } from '../../components/ReplyList.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorCode, errorMessage } from '../../lib/errors.js';
import type { Drafts } from '../../lib/use-drafts.js';
import { DRAFT_STATUS_TEXT } from '../../lib/draft-status.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import { checkDay, DAY_LINE_MAX, DRAFT_KEYS, hasWords, REACTIONS, type DayDraft, type DayShareContent } from './content.js';
import { relativeDay, type DayShown } from './days.js';
import { useFormDraft } from '../../lib/use-form-draft.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

const EMPTY: DayDraft = { high: '', low: '' };

/** A day's high and low, leaving out whichever was left blank. */
export function DayLines({ content }: { content: DayShareContent }) {
  return (
    <dl className="day-lines">
      {content.high ? (
        <div className="day-line">
          <dt>High</dt>
          <dd>{content.high}</dd>
        </div>
      ) : null}
      {content.low ? (
        <div className="day-line">
          <dt>Low</dt>
          <dd>{content.low}</dd>
        </div>
      ) : null}
    </dl>
  );
}

interface ShareYourDayProps {
  items: ItemsClient;
  drafts: Drafts;
  today: string;
  /** What I shared today (the latest), if anything. */
  mine: DayShown<OpenItem> | null;
  /** What the partner said back to it. */
  replies: OpenItem[];
  /** A draft found on load. */
  restored: DayDraft | null;
  onItem(item: OpenItem): void;
}

/** "Share your day": a high and a low in two short lines, shown to the partner as soon as it is sent. */
export function ShareYourDay({ items, drafts, today, mine, replies, restored, onItem }: ShareYourDayProps) {
  const { keys } = usePracticeContext();
  const partner = usePairedPartner();
  const uid = useId();
  const name = partner.displayName;
  const shared = !!mine && (mine.item.sharedWith ?? []).includes(partner.id);
  // A draft left from before opens the form again; otherwise what was shared today is shown.
  const [open, setOpen] = useState(restored !== null || !mine);
  const start = restored ?? (mine ? { high: mine.content.high, low: mine.content.low } : EMPTY);
  const { value: draft, change, clear, shown } = useFormDraft(drafts, DRAFT_KEYS.day, start, restored, hasWords);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  // Made but not yet shared (the share failed): share it again rather than make a second one.
  const unsent = useRef<OpenItem | null>(null);
  const check = checkDay(draft, today);
  const errors = tried && !check.ok ? check.errors : {};

  const send = async () => {
    setTried(true);
    setDone('');
    if (!check.ok) return;
    setBusy(true);
    setError(null);
    try {
      let item: OpenItem;
      if (mine) item = await items.update(mine.item, check.content);
      else {
        const prev = unsent.current;
        const same = prev !== null && JSON.stringify(prev.content) === JSON.stringify(check.content);
        if (prev && !same) await items.remove(prev).catch(() => undefined);
        item = same && prev ? prev : await items.create('day_share', check.content, {});
        unsent.current = item;
      }
      if (!(item.sharedWith ?? []).includes(partner.id)) item = await items.share(item, partner);
      unsent.current = null;
      onItem(item);
      clear(EMPTY);
      setTried(false);
      setOpen(false);
      setDone(mine ? `Updated. ${name} sees your new words.` : `Shared with ${name}.`);
    } catch (e) {
      if (errorCode(e) === 'version_conflict' && mine) {
        const latest = await items.get(mine.item.id).catch(() => null);
        if (latest) onItem(latest);
        setError('This was changed on another device. Your words are still here; share again to use them.');
      } else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const retryShare = async () => {
    if (!mine) return;
    setBusy(true);
    setError(null);
    try {
      onItem(await items.share(mine.item, partner));
      setDone(`Shared with ${name}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const form = (
    <div className="stack" data-testid="day-form">
      <TextAreaField
        label="A high"
        hint="Something good today, however small."
        rows={2}
        maxLength={DAY_LINE_MAX}
        value={draft.high}
        error={errors.high}
        onChange={(e) => change({ high: e.target.value })}
      />
      <TextAreaField
        label="A low"
        hint="Something that was hard, or just tiring. Leave it empty if you'd rather."
        rows={2}
        maxLength={DAY_LINE_MAX}
        value={draft.low}
        error={errors.low}
        onChange={(e) => change({ low: e.target.value })}
      />
      <p className="draft-status" role="status" aria-live="polite">
        {DRAFT_STATUS_TEXT[shown]}
      </p>
      {keys === 'changed' ? <KeysChangedNote name={name} /> : null}
      <p className="muted small">
        {mine ? `${name} will see your changed words instead.` : `${name} will see this as soon as you share it. Nobody else — not Mend.`}
      </p>
      <div className="actions">
        <Button busy={busy} busyLabel="Sharing…" disabled={keys !== 'ok'} onClick={() => void send()}>
          {mine ? `Update what ${name} sees` : `Share with ${name}`}
        </Button>
        {mine ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => {
              clear(EMPTY);
              setTried(false);
              setOpen(false);
            }}
          >
            Keep it as it was
          </Button>
        ) : null}
      </div>
    </div>
  );

  return (
    <section aria-labelledby={`${uid}-h`} className="card stack" data-testid="share-your-day">
      <h2 id={`${uid}-h`}>Share your day</h2>
      <p className="why">
        <span className="why-label">Why this helps:</span> knowing the small ups and downs of each other's days is how closeness comes back, a
        little at a time.
      </p>
      {mine && !open ? (
        <div className="stack day-mine" data-testid="my-day">
          <div className="reflection-head">
            <h3 className="thread-date">Your day, today</h3>
            {shared ? <span className="badge badge-shared">Shared with {name}</span> : <span className="badge">Not shared yet</span>}
          </div>
          <DayLines content={mine.content} />
          <ReplyList replies={replies} who={name} label={`What ${name} said back`} />
          <div className="actions actions-tight">
            {!shared ? (
              <Button small busy={busy} busyLabel="Sharing…" disabled={keys !== 'ok'} onClick={() => void retryShare()}>
                Share with {name}
              </Button>
            ) : null}
            <Button
              small
              variant="secondary"
              disabled={busy}
              onClick={() => {
                // Start from the words shared; they become a draft only once changed.
                clear({ high: mine.content.high, low: mine.content.low });
                setDone('');
                setOpen(true);
              }}
            >
              Change what you shared
            </Button>
          </div>
        </div>
      ) : mine ? (
        form
      ) : (
        // Nothing shared today yet: the form waits folded, unless words kept from before are in it.
        <Fold summary="Write your high and low" open={restored !== null && hasWords(restored)} testId="day-fold">
          {form}
        </Fold>
      )}
      <ErrorAlert message={error} />
      <LiveStatus>{done}</LiveStatus>
    </section>
  );
}

interface PartnerDaysProps {
  today: string;
  /** The partner's day for today, if shared. */
  current: DayShown<OpenItem> | null;
  /** Their days before today (recent ones), latest first. */
  earlier: DayShown<OpenItem>[];
  /** What I already said back to each, by day-share id. */
  sentTo(id: string): OpenItem[];
  /** How many of their shares couldn't be verified or opened (never shown as theirs). */
  unverified: number;
  items: ItemsClient;
  onSent(): void;
}

/** The partner's high and low today and on recent days, each with a quiet way to answer. */
export function PartnerDays({ today, current, earlier, sentTo, unverified, items, onSent }: PartnerDaysProps) {
  const partner = usePairedPartner();
  const name = partner.displayName;
  const days = current ? [current, ...earlier] : earlier;
  return (
    <section aria-labelledby="their-days-heading" className="stack">
      <h2 id="their-days-heading" className="anchor-target" tabIndex={-1}>
        {name}'s days
      </h2>
      {!current ? (
        <EmptyState title={`Nothing from ${name} today yet`} level={3}>
          <p>When {name} shares a high and a low from their day, it will show here. There's nothing you need to do until then.</p>
        </EmptyState>
      ) : null}
      {days.length > 0 ? (
        <ol className="plain-list thread" aria-label={`${name}'s recent days`}>
          {days.map((d) => (
            <li key={d.item.id} className="card thread-item" data-testid="partner-day">
              <h3 className="thread-date">
                <time dateTime={d.day}>{relativeDay(d.day, today)}</time>
              </h3>
              <DayLines content={d.content} />
              <ReplyArea
                parent={d.item}
                items={items}
                sent={sentTo(d.item.id)}
                phrases={REACTIONS}
                title="If you'd like to answer"
                hint="You don't need to. A word back can be enough."
                noteLabel="A few words of your own"
                replaceIfChanged
                onSent={onSent}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {unverified > 0 ? (
        <p className="warning" role="note">
          {unverified === 1 ? 'One share' : `${unverified} shares`} couldn't be verified as coming from {name}, so{' '}
          {unverified === 1 ? "it isn't" : "they aren't"} shown. If it keeps happening, compare your safety codes on the couple page.
        </p>
      ) : null}
    </section>
  );
}
