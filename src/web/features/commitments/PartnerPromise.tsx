import { useId, useState } from 'react';
import type { OpenItem } from '../../../shared/client/index.js';
import { asCommitment } from '../../../core/commitments/index.js';
import { consistencyByWeek, lastSegment, localToday, occurrencesToMark } from '../../../core/scheduled/index.js';
import { scheduleText } from '../../lib/format.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import { Button } from '../../components/Button.js';
import { usePairedPartner, usePracticeContext, usePracticeNow } from '../../lib/practice-context.js';
import { ReplyList } from '../../components/ReplyList.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { THANKS_DRAFT_KEY, ThanksForm, ThanksList } from '../appreciations/Thanks.js';
import { ConsistencyChart } from '../scheduled/ConsistencyChart.js';
import { occurrenceLabel } from '../scheduled/model.js';
import { usePlanActions } from '../scheduled/plan-card.js';
import type { PracticeCardProps } from '../scheduled/ScheduledCard.js';
import { notice } from './actions.js';
import { latestMarks, markRecords, type MarkView } from './model.js';
import type { MarkReplies } from './OwnPromise.js';

interface PartnerPromiseProps extends PracticeCardProps {
  commitment: OpenItem;
  plan: CommitmentState;
  views: MarkView[];
  /** What I already sent back for each of the partner's marks. */
  mine: (markId: string) => MarkReplies;
}

/** A promise the partner shared: what they marked lately, and a way to notice the kept ones. */
export function PartnerPromise({ commitment, plan, views, mine, items, drafts, onItem }: PartnerPromiseProps) {
  const uid = useId();
  const partner = usePairedPartner();
  const { timeZone } = usePracticeContext();
  const now = usePracticeNow();
  const c = commitment.verified ? asCommitment(commitment.content) : null;
  const name = partner.displayName;
  if (!c) {
    return (
      <li className="card">
        <p className="muted small">We couldn't verify this came from {name}, so it isn't shown.</p>
      </li>
    );
  }
  const last = lastSegment(plan);
  const today = localToday(now, timeZone);
  const records = markRecords(views);
  const marks = latestMarks(views);
  // Only what they marked: a time nobody marked says nothing, and isn't shown as anything.
  const marked = occurrencesToMark(plan.segments, records, now, timeZone).filter((o) => o.mark !== null);
  const weeks = consistencyByWeek(plan.segments, records, now, timeZone);
  const status = plan.status === 'paused' ? 'Paused' : plan.status === 'ended' ? 'Ended' : null;
  const zoneNote = last.timeZone === timeZone ? '' : ` (${name}'s time, ${last.timeZone})`;

  return (
    <li className="card promise" data-testid="partner-promise">
      <div className="reflection-head">
        <h3 id={`${uid}-h`}>{c.what}</h3>
        {status ? <span className="badge">{status}</span> : null}
      </div>
      {c.note ? <p className="muted">{c.note}</p> : null}
      <p className="promise-when-text">
        {scheduleText(last)}
        <span className="muted">{zoneNote}</span>
      </p>
      {marked.length > 0 ? (
        <ul className="plain-list promise-times" aria-labelledby={`${uid}-h`}>
          {marked.map((o) => {
            const view = marks.get(o.key);
            return view ? <PartnerMark key={o.key} label={occurrenceLabel(o, today)} view={view} sent={mine(view.item.id)} items={items} drafts={drafts} onItem={onItem} /> : null;
          })}
        </ul>
      ) : (
        <p className="muted small">When {name} marks a time, it will show here.</p>
      )}
      <details className="history">
        <summary>Week by week</summary>
        <div className="history-body">
          <ConsistencyChart weeks={weeks} caption={`${name}'s “${c.what}”, the last ${weeks.length} weeks`} />
        </div>
      </details>
    </li>
  );
}

interface PartnerMarkProps extends PracticeCardProps {
  label: string;
  view: MarkView;
  sent: MarkReplies;
}

/** One marked time of the partner's: kept ones can be noticed or thanked in one tap; missed ones are simply shown. */
function PartnerMark({ label, view, sent, items, drafts, onItem }: PartnerMarkProps) {
  const partner = usePairedPartner();
  const { keys } = usePracticeContext();
  const [thanking, setThanking] = useState(drafts.restored?.has(THANKS_DRAFT_KEY(view.item.id)) ?? false);
  const { busy, error, note: status, setNote: setStatus, run } = usePlanActions('promise');
  const name = partner.displayName;
  const kept = view.content.status === 'kept';
  const noticed = sent.acks.length > 0;

  const noticeIt = () => run('notice', async () => onItem(await notice(items, view.item, partner)), `${name} will see that you noticed.`);

  return (
    <li className="promise-time" data-testid={`partner-time-${view.occurrence}`}>
      <div className="promise-time-head">
        <p className="row-title">{label}</p>
        <p className={kept ? 'badge badge-shared' : 'muted small'}>{kept ? 'Kept' : 'Missed'}</p>
      </div>
      {view.content.note ? <p className="ack-note">{view.content.note}</p> : null}
      {kept ? (
        <>
          <ReplyList replies={sent.acks} who="You" label="What you sent back" />
          <ThanksList list={sent.thanks} who="You" />
          {!thanking ? (
            <div className="actions actions-tight">
              {!noticed ? (
                <Button small variant="secondary" busy={busy === 'notice'} busyLabel="Sending…" disabled={keys !== 'ok'} onClick={() => void noticeIt()}>
                  I noticed
                </Button>
              ) : null}
              <Button small variant="secondary" disabled={keys !== 'ok'} onClick={() => setThanking(true)}>
                Say thank you
              </Button>
            </div>
          ) : (
            <ThanksForm
              items={items}
              drafts={drafts}
              markId={view.item.id}
              label={`Thank ${name} for this`}
              onSent={(a) => {
                onItem(a);
                setThanking(false);
                setStatus(`Sent to ${name}.`);
              }}
              onCancel={() => setThanking(false)}
            />
          )}
        </>
      ) : null}
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </li>
  );
}
