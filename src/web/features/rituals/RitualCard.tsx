import { useId, useState } from 'react';
import type { PartnerView } from '../../../shared/api/index.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import {
  endPlan,
  lastSegment,
  localToday,
  nextPlanOccurrence,
  occurrencesToMark,
  pausePlan,
  type MarkableOccurrence,
} from '../../../core/commitments/index.js';
import { REFLECTION_MAX, ritualLogContentSchema } from '../../../core/rituals/index.js';
import { formatDate } from '../../lib/format.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import { Button } from '../../components/Button.js';
import { Fold } from '../../components/Fold.js';
import { ReplyList } from '../../components/ReplyList.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../../lib/draft-status.js';
import { type Drafts } from '../../lib/use-drafts.js';
import { asFormValues, formFromSchedule } from '../commitments/form.js';
import { occurrenceLabel, parentOf, sharedWith } from '../commitments/model.js';
import { dayWords, editTarget, planAfterForm, PlanButtons, usePlanActions, type PlanMode } from '../commitments/plan-card.js';
import { ScheduleSummary } from '../commitments/ScheduleSummary.js';
import type { PartnerKeys } from '../../lib/use-partner-keys.js';
import { confirmLog, saveLog, saveRitualPlan, shareRitual } from './actions.js';
import { emptyRitualForm } from './form.js';
import { CONFIRM_TEXT, DRAFT_KEYS, loggedOccurrences, logsByOccurrence, type LogView, type RitualView } from './model.js';
import { RitualForm } from './RitualForm.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { CountedTextArea } from '../../components/CountedTextArea.js';

interface RitualCardProps {
  ritual: RitualView;
  logs: LogView[];
  /** Every acknowledgment this person reads (confirmations among them). */
  acks: readonly OpenItem[];
  partner: PartnerView | null;
  keys: PartnerKeys;
  items: ItemsClient;
  drafts: Drafts;
  timeZone: string;
  now: Date;
  onItem(item: OpenItem): void;
}


/** One ritual: when it happens, the recent times with who said "we did it", and a quiet history. */
export function RitualCard({ ritual, logs, acks, partner, keys, items, drafts, timeZone, now, onItem }: RitualCardProps) {
  const uid = useId();
  const { item, plan, content } = ritual;
  const [mode, setMode] = useState<PlanMode>('view');
  const [ending, setEnding] = useState(false);
  const { busy, error, note, setNote, run } = usePlanActions('ritual');
  const [showAll, setShowAll] = useState(false);
  const name = partner?.displayName ?? '';
  const mine = item.mine;
  const shared = mine ? sharedWith(item, partner?.id) : true;
  const last = lastSegment(plan);
  const today = localToday(now, timeZone);
  const times = occurrencesToMark(plan.segments, [], now, timeZone);
  // The two latest times show; the rest of the fortnight waits behind one button.
  const shown = showAll ? times : times.slice(0, 2);
  const byOccurrence = logsByOccurrence(logs);
  const history = loggedOccurrences(logs).slice(0, 12);
  const next = plan.status === 'active' ? nextPlanOccurrence(plan.segments, now, timeZone) : null;
  const zoneNote = last.timeZone === timeZone ? ' (your time)' : ` (${last.timeZone})`;
  const status = plan.status === 'paused' ? 'Paused' : plan.status === 'ended' ? 'Ended' : null;

  const changePlan = (what: string, make: () => CommitmentState, done: string) => run(what, async () => onItem(await saveRitualPlan(items, item, content, make())), done);

  const base = emptyRitualForm(now, timeZone);
  const restoredEdit = asFormValues(drafts.restored?.get(DRAFT_KEYS.edit(item.id)), base);
  const { appliesFrom, schedule: editSchedule } = editTarget(plan, mode, now, today);
  const editBase = formFromSchedule({ ...base, what: content.title, note: content.note ?? '' }, editSchedule, plan.remindMinutesBefore);

  return (
    <li className="card promise ritual" data-testid="ritual">
      <ScheduleSummary
        headingId={`${uid}-h`}
        title={content.title}
        note={content.note}
        badges={
          <>
            {status ? <span className="badge">{status}</span> : null}
            {partner ? <span className={shared ? 'badge badge-shared' : 'badge'}>{!mine ? `From ${name}` : shared ? `Shared with ${name}` : 'Just for you, for now'}</span> : null}
          </>
        }
        last={last}
        zoneNote={zoneNote}
        plan={plan}
        next={next}
        today={today}
      />

      {mode === 'view' ? (
        <>
          {times.length > 0 ? (
            <div className="stack">
              <h4 className="promise-subhead">Recent times</h4>
              <ul className="plain-list promise-times" aria-labelledby={`${uid}-h`}>
                {shown.map((o) => (
                  <TimeRow
                    key={o.key}
                    ritual={item}
                    occurrence={o}
                    label={occurrenceLabel(o, today)}
                    logs={byOccurrence.get(o.key) ?? []}
                    acks={acks}
                    partner={partner}
                    keys={keys}
                    items={items}
                    drafts={drafts}
                    timeZone={timeZone}
                    onItem={onItem}
                  />
                ))}
              </ul>
              {times.length > 3 ? (
                <Button variant="quiet" small onClick={() => setShowAll((s) => !s)}>
                  {showAll ? 'Show fewer' : `Show the last two weeks (${times.length})`}
                </Button>
              ) : null}
            </div>
          ) : (
            <p className="muted small">{plan.status === 'active' ? 'When the time comes, either of you can say “we did it” here.' : 'Nothing in the last two weeks.'}</p>
          )}

          <details className="history">
            <summary>Times you've shared</summary>
            <div className="history-body">
              {history.length === 0 ? (
                <p className="muted small">Nothing logged yet. Every time you do it, it can be noted here — there's no count to keep up.</p>
              ) : (
                <ul className="plain-list ritual-history">
                  {history.map((d) => {
                    const reflections = (byOccurrence.get(d) ?? []).filter((l) => l.content.reflection);
                    return (
                      <li key={d}>
                        <p className="row-title">{formatDate(d)}</p>
                        {reflections.map((l) => (
                          <p key={l.item.id} className="ack-note">
                            <strong>{l.item.mine ? 'You' : name}:</strong> {l.content.reflection}
                          </p>
                        ))}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          </details>

          {mine && partner && !shared && keys === 'ok' ? (
            <div className="actions actions-tight">
              <Button
                small
                variant="secondary"
                busy={busy === 'share'}
                busyLabel="Sharing…"
                onClick={() =>
                  void run(
                    'share',
                    async () => {
                      for (const i of await shareRitual(items, item, logs.map((l) => l.item), partner)) onItem(i);
                    },
                    `Shared with ${name}.`,
                  )
                }
              >
                Share with {name}
              </Button>
            </div>
          ) : null}
          {/* Changing, pausing and ending are rare: folded, so the card stays short. Open when paused, or when a change waits as a draft. */}
          {mine && plan.status !== 'ended' ? (
            <Fold summary={plan.status === 'paused' ? 'Resume or end' : 'Change or end'} open={plan.status === 'paused' || !!restoredEdit?.what.trim()} testId="ritual-plan-fold">
              <div className="actions actions-tight">
                <PlanButtons
                  plan={plan}
                  now={now}
                  busy={busy}
                  onMode={setMode}
                  onPause={() => void changePlan('pause', () => pausePlan(plan, new Date()), 'Paused. No reminders until you resume.')}
                  onEnd={() => setEnding(true)}
                />
              </div>
            </Fold>
          ) : null}
        </>
      ) : (
        <RitualForm
          initial={restoredEdit && restoredEdit.what ? restoredEdit : editBase}
          drafts={drafts}
          draftKey={DRAFT_KEYS.edit(item.id)}
          timeZone={timeZone}
          editing={{ appliesFrom, when: dayWords(appliesFrom, today) }}
          partnerName={partner ? name : null}
          submitLabel={mode === 'resume' ? 'Resume' : 'Save the change'}
          onCancel={() => setMode('view')}
          onSubmit={async (checked) => {
            const at = new Date();
            const nextPlan = planAfterForm(plan, mode, checked.schedule, at);
            onItem(await saveRitualPlan(items, item, checked.content, { ...nextPlan, remindMinutesBefore: checked.remindMinutesBefore }));
            setMode('view');
            setNote(mode === 'resume' ? 'Resumed.' : 'Saved. Times already past stay as they were.');
          }}
        />
      )}

      <ErrorAlert message={ending ? null : error} />
      <LiveStatus>{note}</LiveStatus>
      <ConfirmDialog
        open={ending}
        onClose={() => setEnding(false)}
        title="End this ritual?"
        confirmLabel="End it"
        busyLabel="Ending…"
        cancelLabel="Keep it"
        busy={busy === 'end'}
        error={error}
        onConfirm={() => void changePlan('end', () => endPlan(plan, new Date()), 'Ended. Its history stays here.').then(() => setEnding(false))}
      >
        <p>No more reminders for either of you. The times you shared stay here{shared && partner ? `, for ${name} too` : ''}.</p>
        <p>Rituals change as life does; you can always start a new one.</p>
      </ConfirmDialog>
    </li>
  );
}

interface TimeRowProps {
  ritual: OpenItem;
  occurrence: MarkableOccurrence;
  label: string;
  logs: LogView[];
  acks: readonly OpenItem[];
  partner: PartnerView | null;
  keys: PartnerKeys;
  items: ItemsClient;
  drafts: Drafts;
  timeZone: string;
  onItem(item: OpenItem): void;
}

/** One time of a ritual: "we did it" with an optional reflection, the partner's, and "Yes, we did". */
function TimeRow({ ritual, occurrence: o, label, logs, acks, partner, keys, items, drafts, timeZone, onItem }: TimeRowProps) {
  const name = partner?.displayName ?? '';
  const draftKey = DRAFT_KEYS.log(ritual.id, o.key);
  const restored = drafts.restored?.get(draftKey);
  const mineLog = logs.find((l) => l.item.mine);
  const theirs = logs.filter((l) => !l.item.mine && partner && l.item.authorId === partner.id);
  const [open, setOpen] = useState(typeof restored === 'string');
  const [text, setText] = useState(typeof restored === 'string' ? restored : (mineLog?.content.reflection ?? ''));
  const draft = useDraftStatus(drafts, draftKey, typeof restored === 'string' ? 'restored' : 'none');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const confirmationsOf = (log: OpenItem, fromMe: boolean) => acks.filter((a) => parentOf(a) === log.id && (fromMe ? a.mine : !a.mine));
  // Only what either partner can read counts; "both" when both said so.
  const headline = mineLog && theirs.length > 0 ? 'You both said you did it' : mineLog ? 'You said you did it' : theirs.length > 0 ? `${name} said you did it` : o.upcoming ? 'Later today' : 'Not logged';
  const canShare = !partner || keys === 'ok';

  const save = async () => {
    const checked = ritualLogContentSchema.safeParse(text.trim() ? { reflection: text } : {});
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Please shorten the reflection.');
      return;
    }
    setBusy('save');
    setError(null);
    try {
      onItem(await saveLog(items, ritual, o.key, checked.data, mineLog?.item, keys === 'ok' ? partner : null));
      draft.setActive(false);
      draft.setShown('none');
      await drafts.sync.discard(draftKey);
      setOpen(false);
      setStatus(partner ? `Saved. ${name} will see it.` : 'Saved.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const confirm = async (log: OpenItem) => {
    if (!partner) return;
    setBusy('confirm');
    setError(null);
    try {
      onItem(await confirmLog(items, log, partner));
      setStatus(`${name} will see that you confirmed.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <li className="promise-time" data-testid={`ritual-time-${o.key}`}>
      <div className="promise-time-head">
        <p className="row-title">{label}</p>
        <p className={logs.length > 0 ? 'badge badge-shared' : 'muted small'}>{headline}</p>
      </div>
      {[...(mineLog ? [mineLog] : []), ...theirs].map((l) => (
        <div key={l.item.id} className="stack-sm">
          {l.content.reflection ? (
            <p className="ack-note">
              <strong>{l.item.mine ? 'You' : name}:</strong> {l.content.reflection}
            </p>
          ) : null}
          {/* A confirmation from the other partner, when only one of you logged it. */}
          <ReplyList replies={confirmationsOf(l.item, !l.item.mine)} who={l.item.mine ? name : 'You'} label={l.item.mine ? `What ${name} said` : 'What you said'} timeZone={timeZone} />
        </div>
      ))}

      {!open ? (
        <div className="actions actions-tight">
          {!mineLog ? (
            theirs.length > 0 ? (
              <>
                {theirs.some((l) => confirmationsOf(l.item, true).length > 0) ? null : (
                  <Button small busy={busy === 'confirm'} busyLabel="Sending…" disabled={keys !== 'ok'} onClick={() => void confirm(theirs[0]!.item)}>
                    {CONFIRM_TEXT}
                  </Button>
                )}
                <Button small variant="quiet" onClick={() => setOpen(true)}>
                  Add your own reflection
                </Button>
              </>
            ) : (
              <Button small variant="secondary" disabled={!canShare} onClick={() => setOpen(true)}>
                We did it
              </Button>
            )
          ) : (
            <Button small variant="quiet" onClick={() => setOpen(true)}>
              {mineLog.content.reflection ? 'Change your reflection' : 'Add a reflection'}
            </Button>
          )}
        </div>
      ) : (
        <CountedTextArea
          label={
            <>
              A shared reflection <span className="muted">(optional)</span>
            </>
          }
          max={REFLECTION_MAX}
          value={text}
          note={`${partner ? `${name} will read it. ` : ''}How was it, in a line or two?`}
          onChange={(next) => {
            setText(next);
            draft.setActive(true);
            drafts.sync.change(draftKey, next);
          }}
        >
          <div className="actions actions-tight">
            <Button small busy={busy === 'save'} busyLabel="Saving…" onClick={() => void save()}>
              {mineLog ? 'Save the reflection' : 'Save: we did it'}
            </Button>
            <Button small variant="secondary" disabled={busy === 'save'} onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
          <p className="draft-status" role="status" aria-live="polite">
            {DRAFT_STATUS_TEXT[draft.shown]}
          </p>
        </CountedTextArea>
      )}
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </li>
  );
}
