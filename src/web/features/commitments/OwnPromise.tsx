import { useId, useState } from 'react';
import type { PartnerView } from '../../../shared/api/index.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import {
  asCommitment,
  consistencyByWeek,
  endPlan,
  hasHistory,
  lastSegment,
  localToday,
  markContentSchema,
  nextPlanOccurrence,
  NOTE_MAX,
  occurrencesToMark,
  pausePlan,
  type MarkableOccurrence,
  type MarkStatus,
} from '../../../core/commitments/index.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { Fold } from '../../components/Fold.js';
import { ReplyList } from '../../components/ReplyList.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { type Drafts } from '../../lib/use-drafts.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import type { PartnerKeys } from '../../lib/use-partner-keys.js';
import { deletePromise, saveMark, savePlan, setSharing, syncMarks } from './actions.js';
import { ConsistencyChart } from './ConsistencyChart.js';
import { asFormValues, emptyForm, formFromSchedule } from './form.js';
import { DRAFT_KEYS, latestMarks, markRecords, marksToSync, occurrenceLabel, sharedWith, type MarkView } from './model.js';
import { dayWords, editTarget, planAfterForm, PlanButtons, usePlanActions, type PlanMode } from './plan-card.js';
import { PromiseForm } from './PromiseForm.js';
import { ScheduleSummary } from './ScheduleSummary.js';
import { ThanksList } from './PartnerPromise.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { CountedTextArea } from '../../components/CountedTextArea.js';

/** What the partner sent back about one of my marks. */
export interface MarkReplies {
  acks: OpenItem[];
  thanks: OpenItem[];
}

interface OwnPromiseProps {
  commitment: OpenItem;
  plan: CommitmentState;
  /** Every mark of mine on this commitment (to follow its sharing). */
  markItems: OpenItem[];
  views: MarkView[];
  replies: (markId: string) => MarkReplies;
  partner: PartnerView | null;
  keys: PartnerKeys;
  items: ItemsClient;
  drafts: Drafts;
  timeZone: string;
  now: Date;
  onItem(item: OpenItem): void;
  onRemoved(id: string): void;
}

const STATUS_TEXT: Record<MarkStatus, string> = { kept: 'Kept', missed: 'Missed' };


/** One of my promises: recent times to mark, week by week, and changes that never rewrite the past. */
export function OwnPromise({ commitment, plan, markItems, views, replies, partner, keys, items, drafts, timeZone, now, onItem, onRemoved }: OwnPromiseProps) {
  const uid = useId();
  const c = asCommitment(commitment.content);
  const [mode, setMode] = useState<PlanMode>('view');
  const [dialog, setDialog] = useState<'end' | 'unshare' | 'delete' | null>(null);
  const { busy, error, note, setNote, run } = usePlanActions('promise');
  const [showAll, setShowAll] = useState(false);
  const name = partner?.displayName ?? '';
  const shared = sharedWith(commitment, partner?.id);
  const unsynced = marksToSync(commitment, markItems, partner?.id ?? null);
  const behind = unsynced.share.length + unsynced.unshare.length > 0;

  if (!c) {
    return (
      <li className="card">
        <p className="muted small">This promise couldn't be opened on this device.</p>
      </li>
    );
  }

  const last = lastSegment(plan);
  const today = localToday(now, timeZone);
  const marks = latestMarks(views);
  const toMark = occurrencesToMark(plan.segments, markRecords(views), now, timeZone);
  // The two latest times show; the rest of the fortnight waits behind one button.
  const shown = showAll ? toMark : toMark.slice(0, 2);
  const weeks = consistencyByWeek(plan.segments, markRecords(views), now, timeZone);
  const next = plan.status === 'active' ? nextPlanOccurrence(plan.segments, now, timeZone) : null;
  const history = hasHistory(plan, now);
  const canUnshare = !!partner && keys === 'ok' && shared && !behind;

  const changePlan = (what: string, make: () => CommitmentState, done: string) =>
    run(what, async () => onItem(await savePlan(items, commitment, c, make())), done);

  const share = (on: boolean) =>
    run(on ? 'share' : 'unshare', async () => {
      if (!partner) return;
      for (const i of await setSharing(items, commitment, markItems, partner, on)) onItem(i);
      setDialog(null);
    }, on ? `Shared with ${name}, with its marks.` : `Only you can see this promise and its marks now.`);

  const status = plan.status === 'paused' ? 'Paused' : plan.status === 'ended' ? 'Ended' : null;
  const restoredEdit = asFormValues(drafts.restored?.get(DRAFT_KEYS.edit(commitment.id)), emptyForm(now, timeZone));
  const { appliesFrom, schedule: editSchedule } = editTarget(plan, mode, now, today);
  const editBase = formFromSchedule({ ...emptyForm(now, timeZone), what: c.what, note: c.note ?? '' }, editSchedule, plan.remindMinutesBefore);

  return (
    <li className="card promise" data-testid="own-promise">
      <ScheduleSummary
        headingId={`${uid}-h`}
        title={c.what}
        note={c.note}
        badges={
          <>
            {status ? <span className="badge">{status}</span> : null}
            {partner ? <span className={shared ? 'badge badge-shared' : 'badge'}>{shared ? `Shared with ${name}` : 'Just for you'}</span> : null}
          </>
        }
        last={last}
        zoneNote="(your time)"
        plan={plan}
        next={next}
        today={today}
      />

      {mode === 'view' ? (
        <>
          {toMark.length > 0 ? (
            <div className="stack">
              <h4 className="promise-subhead">Recent times</h4>
              <ul className="plain-list promise-times" aria-labelledby={`${uid}-h`}>
                {shown.map((o) => (
                  <MarkRow
                    key={o.key}
                    occurrence={o}
                    today={today}
                    view={marks.get(o.key)}
                    replies={replies}
                    name={name}
                    timeZone={timeZone}
                    onMark={(status, noteText) =>
                      run(`mark:${o.key}`, async () => {
                        const content = markContentSchema.parse(noteText ? { status, note: noteText } : { status });
                        onItem(await saveMark(items, commitment, o.key, content, marks.get(o.key), keys === 'ok' ? partner : null));
                      }, `Marked ${STATUS_TEXT[status].toLowerCase()}.`)
                    }
                    busy={busy === `mark:${o.key}`}
                  />
                ))}
              </ul>
              {toMark.length > shown.length || showAll ? (
                <Button variant="quiet" small onClick={() => setShowAll((s) => !s)}>
                  {showAll ? 'Show fewer' : `Show the last two weeks (${toMark.length})`}
                </Button>
              ) : null}
            </div>
          ) : (
            <p className="muted small">{plan.status === 'active' ? 'When the time comes, you can mark it kept here.' : 'Nothing to mark in the last two weeks.'}</p>
          )}

          <details className="history">
            <summary>Week by week</summary>
            <div className="history-body">
              <ConsistencyChart weeks={weeks} caption={`“${c.what}”, the last ${weeks.length} weeks`} />
            </div>
          </details>

          {partner && behind && shared ? <p className="muted small">Some marks aren't shared with {name} yet.</p> : null}
          {partner && keys === 'changed' ? <KeysChangedNote name={name} /> : null}
          {partner && keys === 'ok' && (!shared || behind) ? (
            <div className="actions actions-tight">
              <Button small variant="secondary" busy={busy === 'share'} busyLabel="Sharing…" onClick={() => void share(true)}>
                {shared ? 'Share the marks' : `Share with ${name}`}
              </Button>
            </div>
          ) : null}
          {/* Changing, pausing and ending are rare: folded, so each card stays short. Open when paused, or when a change waits as a draft. */}
          {plan.status !== 'ended' || !history || canUnshare ? (
            <Fold summary={plan.status === 'paused' ? 'Resume or end' : plan.status === 'ended' ? 'Stop sharing' : 'Change or end'} open={plan.status === 'paused' || !!restoredEdit?.what.trim()} testId="promise-plan-fold">
              <div className="actions actions-tight">
                <PlanButtons
                  plan={plan}
                  now={now}
                  busy={busy}
                  onMode={setMode}
                  onPause={() => void changePlan('pause', () => pausePlan(plan, new Date()), 'Paused. No reminders until you resume.')}
                  onEnd={() => setDialog('end')}
                />
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
              </div>
            </Fold>
          ) : null}
        </>
      ) : (
        <PromiseForm
          initial={restoredEdit && restoredEdit.what ? restoredEdit : editBase}
          drafts={drafts}
          draftKey={DRAFT_KEYS.edit(commitment.id)}
          timeZone={timeZone}
          editing={{ appliesFrom, when: dayWords(appliesFrom, today) }}
          partnerName={partner ? name : null}
          submitLabel={mode === 'resume' ? 'Resume' : 'Save the change'}
          busyLabel="Saving…"
          onCancel={() => setMode('view')}
          onSubmit={async (checked) => {
            const at = new Date();
            const nextPlan = planAfterForm(plan, mode, checked.schedule, at);
            const updated = await savePlan(items, commitment, checked.content, { ...nextPlan, remindMinutesBefore: checked.remindMinutesBefore });
            onItem(updated);
            if (partner && keys === 'ok') for (const i of await syncMarks(items, updated, markItems, partner)) onItem(i);
            setMode('view');
            setNote(mode === 'resume' ? 'Resumed.' : 'Saved. Times already past keep their marks.');
          }}
        />
      )}

      <ErrorAlert message={dialog ? null : error} />
      <LiveStatus>{note}</LiveStatus>

      <ConfirmDialog
        open={dialog === 'end'}
        onClose={() => setDialog(null)}
        title="End this promise?"
        confirmLabel="End it"
        busyLabel="Ending…"
        cancelLabel="Keep it"
        busy={busy === 'end'}
        error={error}
        onConfirm={() => void changePlan('end', () => endPlan(plan, new Date()), 'Ended. Its history stays here.').then(() => setDialog(null))}
      >
        <p>No more reminders, and nothing new to mark. Everything so far — kept, missed and not marked — stays here{shared ? `, and ${name} still sees it` : ''}.</p>
        <p>Ending a promise that no longer fits is part of the process too.</p>
      </ConfirmDialog>
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
    </li>
  );
}

interface MarkRowProps {
  occurrence: MarkableOccurrence;
  today: string;
  view: MarkView | undefined;
  replies: (markId: string) => MarkReplies;
  name: string;
  timeZone: string;
  busy: boolean;
  onMark(status: MarkStatus, note: string | undefined): Promise<void>;
}

/** One time the promise came due: kept or missed in one tap, an optional note, and what the partner said. */
function MarkRow({ occurrence: o, today, view, replies, name, timeZone, busy, onMark }: MarkRowProps) {
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
          <ReplyList replies={got.acks} who={name} label={`What ${name} said`} timeZone={timeZone} />
          <ThanksList list={got.thanks} who={name} timeZone={timeZone} />
        </>
      ) : null}
    </li>
  );
}
