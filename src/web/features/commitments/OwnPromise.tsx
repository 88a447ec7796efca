import { useState } from 'react';
import type { OpenItem } from '../../../shared/client/index.js';
import { asCommitment, markContentSchema, NOTE_MAX, type CommitmentContent } from '../../../core/commitments/index.js';
import { consistencyByWeek, hasHistory, occurrencesToMark, type MarkableOccurrence, type MarkStatus } from '../../../core/scheduled/index.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import { Button } from '../../components/Button.js';
import { usePracticeContext, usePracticeNow } from '../../lib/practice-context.js';
import { Dialog } from '../../components/Dialog.js';
import { ReplyList } from '../../components/ReplyList.js';
import { ErrorAlert } from '../../components/Status.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import { ThanksList } from '../appreciations/Thanks.js';
import { ConsistencyChart } from '../scheduled/ConsistencyChart.js';
import { sharedWith, occurrenceLabel } from '../scheduled/model.js';
import { ScheduledCard, usePlanCard, type PlanCard, type PracticeCardProps } from '../scheduled/ScheduledCard.js';
import { deletePromise, saveMark, setSharing, syncMarks } from './actions.js';
import { PROMISES } from './practice.js';
import { latestMarks, markRecords, marksToSync, type MarkView } from './model.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { CountedTextArea } from '../../components/CountedTextArea.js';

/** What the partner sent back about one of my marks. */
export interface MarkReplies {
  acks: OpenItem[];
  thanks: OpenItem[];
}

interface OwnPromiseProps extends PracticeCardProps {
  commitment: OpenItem;
  plan: CommitmentState;
  /** Every mark of mine on this commitment (to follow its sharing). */
  markItems: OpenItem[];
  views: MarkView[];
  replies: (markId: string) => MarkReplies;
  onRemoved(id: string): void;
}

const STATUS_TEXT: Record<MarkStatus, string> = { kept: 'Kept', missed: 'Missed' };

/** One of my promises: recent times to mark, week by week, and changes that never rewrite the past. */
export function OwnPromise(props: OwnPromiseProps) {
  const c = asCommitment(props.commitment.content);
  if (!c) {
    return (
      <li className="card">
        <p className="muted small">This promise couldn't be opened on this device.</p>
      </li>
    );
  }
  return <OpenPromise {...props} c={c} />;
}

/** A promise whose words opened. */
function OpenPromise(props: OwnPromiseProps & { c: CommitmentContent }) {
  const { commitment, c, plan, markItems, views, replies, items, onItem, onRemoved } = props;
  const { partner, keys, timeZone } = usePracticeContext();
  const now = usePracticeNow();
  const afterChange = async (updated: OpenItem) => {
    if (partner && keys === 'ok') for (const i of await syncMarks(items, updated, markItems, partner)) onItem(i);
  };
  const card: PlanCard<CommitmentContent> = usePlanCard({ ...props, practice: PROMISES, item: commitment, content: c, what: c.what, note: c.note, afterChange });
  const { busy, error, run, dialog, setDialog } = card;
  const name = partner?.displayName ?? '';
  const shared = sharedWith(commitment, partner?.id);
  const unsynced = marksToSync(commitment, markItems, partner?.id ?? null);
  const behind = unsynced.share.length + unsynced.unshare.length > 0;
  const marks = latestMarks(views);
  const toMark = occurrencesToMark(plan.segments, markRecords(views), now, timeZone);
  const weeks = consistencyByWeek(plan.segments, markRecords(views), now, timeZone);
  const history = hasHistory(plan, now);
  const canUnshare = !!partner && keys === 'ok' && shared && !behind;

  const share = (on: boolean) =>
    run(on ? 'share' : 'unshare', async () => {
      if (!partner) return;
      for (const i of await setSharing(items, commitment, markItems, partner, on)) onItem(i);
      setDialog(null);
    }, on ? `Shared with ${name}, with its marks.` : `Only you can see this promise and its marks now.`);

  return (
    <ScheduledCard
      card={card}
      title={c.what}
      note={c.note}
      sharing={partner ? <span className={shared ? 'badge badge-shared' : 'badge'}>{shared ? `Shared with ${name}` : 'Just for you'}</span> : null}
      zoneNote="(your time)"
      times={toMark}
      row={(o) => (
        <MarkRow
          key={o.key}
          occurrence={o}
          today={card.today}
          view={marks.get(o.key)}
          replies={replies}
          name={name}
          onMark={(status, noteText) =>
            run(`mark:${o.key}`, async () => {
              const content = markContentSchema.parse(noteText ? { status, note: noteText } : { status });
              onItem(await saveMark(items, commitment, o.key, content, marks.get(o.key), keys === 'ok' ? partner : null));
            }, `Marked ${STATUS_TEXT[status].toLowerCase()}.`)
          }
          busy={busy === `mark:${o.key}`}
        />
      )}
      noTimes={plan.status === 'active' ? 'When the time comes, you can mark it kept here.' : 'Nothing to mark in the last two weeks.'}
      history={<ConsistencyChart weeks={weeks} caption={`“${c.what}”, the last ${weeks.length} weeks`} />}
      fold={{
        show: plan.status !== 'ended' || !history || canUnshare,
        summary: plan.status === 'paused' ? 'Resume or end' : plan.status === 'ended' ? 'Stop sharing' : 'Change or end',
        extra: (
          <>
            {!history ? (
              <Button small variant="quiet" onClick={() => setDialog('delete')}>
                Delete…
              </Button>
            ) : null}
            {canUnshare ? (
              <Button small variant="quiet" onClick={() => setDialog('unshare')}>
                Stop sharing…
              </Button>
            ) : null}
          </>
        ),
      }}
      ending={
        <>
          <p>No more reminders, and nothing new to mark. Everything so far — kept, missed and not marked — stays here{shared ? `, and ${name} still sees it` : ''}.</p>
          <p>Ending a promise that no longer fits is part of the process too.</p>
        </>
      }
      dialogs={
        <>
          <ConfirmDialog
            open={dialog === 'unshare'}
            onClose={() => setDialog(null)}
            title={`Stop sharing with ${name}?`}
            confirmLabel="Stop sharing"
            busyLabel="Stopping…"
            cancelLabel="Keep sharing"
            danger
            busy={busy === 'unshare'}
            error={error}
            onConfirm={() => void share(false)}
          >
            <p>
              {name} won't see this promise or its marks any more. It becomes a personal intention, just for you. What was read cannot be unread.
            </p>
          </ConfirmDialog>
          <Dialog
            open={dialog === 'delete'}
            onClose={() => setDialog(null)}
            title="Delete this promise?"
            actions={
              <>
                <Button
                  variant="danger"
                  busy={busy === 'delete'}
                  busyLabel="Deleting…"
                  onClick={() =>
                    void run('delete', async () => {
                      await deletePromise(items, commitment, markItems);
                      setDialog(null);
                      onRemoved(commitment.id);
                    })
                  }
                >
                  Delete
                </Button>
                <Button variant="secondary" disabled={busy === 'delete'} onClick={() => setDialog(null)}>
                  Keep it
                </Button>
              </>
            }
          >
            <p>Nothing has come due yet, so there's no history to keep. Once deleted, it's gone{shared ? ` for ${name} too` : ''}.</p>
            <ErrorAlert message={error} />
          </Dialog>
        </>
      }
    >
      {partner && behind && shared ? <p className="muted small">Some marks aren't shared with {name} yet.</p> : null}
      {partner && keys === 'changed' ? <KeysChangedNote name={name} /> : null}
      {partner && keys === 'ok' && (!shared || behind) ? (
        <div className="actions actions-tight">
          <Button small variant="secondary" busy={busy === 'share'} busyLabel="Sharing…" onClick={() => void share(true)}>
            {shared ? 'Share the marks' : `Share with ${name}`}
          </Button>
        </div>
      ) : null}
    </ScheduledCard>
  );
}

interface MarkRowProps {
  occurrence: MarkableOccurrence;
  today: string;
  view: MarkView | undefined;
  replies: (markId: string) => MarkReplies;
  name: string;
  busy: boolean;
  onMark(status: MarkStatus, note: string | undefined): Promise<void>;
}

/** One time the promise came due: kept or missed in one tap, an optional note, and what the partner said. */
function MarkRow({ occurrence: o, today, view, replies, name, busy, onMark }: MarkRowProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(view?.content.note ?? '');
  const label = occurrenceLabel(o, today);
  const mark = view?.content.status ?? null;
  const got = view ? replies(view.item.id) : null;

  return (
    <li className="promise-time" data-testid={`time-${o.key}`}>
      <div className="promise-time-head">
        <p className="row-title">{label}</p>
        <p className="muted small">{mark ? STATUS_TEXT[mark] : o.upcoming ? 'Later today' : 'Not marked'}</p>
      </div>
      {view?.content.note ? <p className="ack-note">{view.content.note}</p> : null}
      <div className="actions actions-tight promise-mark" role="group" aria-label={`Mark ${label}`}>
        <Button small variant={mark === 'kept' ? 'primary' : 'secondary'} aria-pressed={mark === 'kept'} disabled={busy} onClick={() => void onMark('kept', view?.content.note)}>
          Kept
        </Button>
        <Button small variant={mark === 'missed' ? 'primary' : 'secondary'} aria-pressed={mark === 'missed'} disabled={busy} onClick={() => void onMark('missed', view?.content.note)}>
          Missed
        </Button>
        {mark && !editing ? (
          <Button small variant="quiet" onClick={() => setEditing(true)}>
            {view?.content.note ? 'Change the note' : 'Add a note'}
          </Button>
        ) : null}
      </div>
      {mark && editing ? (
        <CountedTextArea
          label={
            <>
              A note <span className="muted">(optional)</span>
            </>
          }
          max={NOTE_MAX}
          value={text}
          onChange={setText}
        >
          <div className="actions actions-tight">
            <Button
              small
              busy={busy}
              busyLabel="Saving…"
              onClick={() =>
                void onMark(mark, text.trim() || undefined).then(() => setEditing(false))
              }
            >
              Save the note
            </Button>
            <Button small variant="secondary" disabled={busy} onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </CountedTextArea>
      ) : null}
      {got ? (
        <>
          <ReplyList replies={got.acks} who={name} label={`What ${name} said`} />
          <ThanksList list={got.thanks} who={name} />
        </>
      ) : null}
    </li>
  );
}
