import { useId, useState, type ReactNode } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { endPlan, lastSegment, localToday, nextPlanOccurrence, pausePlan, type MarkableOccurrence } from '../../../core/scheduled/index.js';
import type { Schedule } from '../../../core/schedules/index.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { Fold } from '../../components/Fold.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { usePracticeContext, usePracticeNow } from '../../lib/practice-context.js';
import type { Drafts } from '../../lib/use-drafts.js';
import { asFormValues, emptyForm, formFromSchedule } from './form.js';
import { dayWords, editTarget, planAfterForm, PlanButtons, usePlanActions, type PlanMode } from './plan-card.js';
import type { ScheduledPractice } from './practice.js';
import { ScheduledForm } from './ScheduledForm.js';
import { ScheduleSummary } from './ScheduleSummary.js';
import './scheduled.css';

/*
 * The card a promise and a ritual share: its head, the recent times (each practice draws its
 * own row: kept / missed, or "we did it"), a folded history, Change / Pause / End, the change
 * form and the end dialog. Each practice gives its words and its own parts.
 */

/** What every card of a practice page is handed: the client, drafts, and where a saved item goes (partner, keys, zone and clock come from the practice context). */
export interface PracticeCardProps {
  items: ItemsClient;
  drafts: Drafts;
  onItem(item: OpenItem): void;
}

interface PlanCardOptions<C> extends PracticeCardProps {
  practice: ScheduledPractice<C>;
  /** The promise or ritual. */
  item: OpenItem;
  plan: CommitmentState;
  /** The words as they are (kept when pausing or ending). */
  content: C;
  /** The form's `what` and `note` when changing the plan. */
  what: string;
  note: string | undefined;
  /** After a change from the form was saved (a promise brings its marks' sharing in line). */
  afterChange?(saved: OpenItem): Promise<void>;
}

/** A card's state and actions: its mode, what is busy, the plan's facts today, and pause / end / change. */
export function usePlanCard<C>(o: PlanCardOptions<C>) {
  const { practice, plan } = o;
  const { timeZone } = usePracticeContext();
  const now = usePracticeNow();
  const editDraftKey = practice.draftKeys.edit(o.item.id);
  const save = (content: C, next: CommitmentState) => practice.savePlan(o.items, o.item, content, next);
  const [mode, setMode] = useState<PlanMode>('view');
  const [dialog, setDialog] = useState<string | null>(null);
  const actions = usePlanActions(practice.kindWord);
  const today = localToday(now, timeZone);
  const base = emptyForm(now, timeZone);
  const restoredEdit = asFormValues(o.drafts.restored?.get(editDraftKey), base);
  const { appliesFrom, schedule } = editTarget(plan, mode, now, today);
  const editBase = formFromSchedule({ ...base, what: o.what, note: o.note ?? '' }, schedule, plan.remindMinutesBefore);

  const changePlan = (what: string, make: () => CommitmentState, done: string) => actions.run(what, async () => o.onItem(await save(o.content, make())), done);

  return {
    ...actions,
    practice,
    plan,
    mode,
    setMode,
    dialog,
    setDialog,
    today,
    last: lastSegment(plan),
    next: plan.status === 'active' ? nextPlanOccurrence(plan.segments, now, timeZone) : null,
    /** "Paused" or "Ended" as a badge, or nothing while active. */
    status: plan.status === 'paused' ? 'Paused' : plan.status === 'ended' ? 'Ended' : null,
    restoredEdit,
    drafts: o.drafts,
    editDraftKey,
    /** What the change form opens with, and when the change applies from. */
    edit: { initial: restoredEdit && restoredEdit.what ? restoredEdit : editBase, editing: { appliesFrom, when: dayWords(appliesFrom, today) } },
    pause: () => void changePlan('pause', () => pausePlan(plan, new Date()), 'Paused. No reminders until you resume.'),
    end: () => void changePlan('end', () => endPlan(plan, new Date()), 'Ended. Its history stays here.').then(() => setDialog(null)),
    /** Saves the change form: a resume, or a change from its effective date. */
    async saveChange(checked: { content: C; schedule: Schedule; remindMinutesBefore: number | null }) {
      const nextPlan = planAfterForm(plan, mode, checked.schedule, new Date());
      const saved = await save(checked.content, { ...nextPlan, remindMinutesBefore: checked.remindMinutesBefore });
      o.onItem(saved);
      await o.afterChange?.(saved);
      setMode('view');
      actions.setNote(mode === 'resume' ? 'Resumed.' : practice.card.savedChange);
    },
  };
}

/** A card's state, as `usePlanCard` gives it. */
export type PlanCard<C> = ReturnType<typeof usePlanCard<C>>;

interface ScheduledCardProps<C> {
  card: PlanCard<C>;
  title: string;
  note: string | undefined;
  /** Who sees it, as a badge after "Paused" or "Ended". */
  sharing: ReactNode;
  zoneNote: string;
  /** The recent times, newest first; the two latest show, the rest behind one button. */
  times: readonly MarkableOccurrence[];
  row(o: MarkableOccurrence): ReactNode;
  /** Said when there is no recent time. */
  noTimes: string;
  history: ReactNode;
  /** Under the history: sharing notes and buttons. */
  children?: ReactNode;
  fold: { show: boolean; summary: string; extra?: ReactNode };
  /** What the end dialog says. */
  ending: ReactNode;
  /** The practice's own dialogs (they open through `card.setDialog`). */
  dialogs?: ReactNode;
}

/** One promise or ritual: the shared card, with the practice's rows, history, words and dialogs. */
export function ScheduledCard<C>({ card, title, note, sharing, zoneNote, times, row, noTimes, history, children, fold, ending, dialogs }: ScheduledCardProps<C>) {
  const uid = useId();
  const [showAll, setShowAll] = useState(false);
  const { plan, busy, practice } = card;
  const badges = (
    <>
      {card.status ? <span className="badge">{card.status}</span> : null}
      {sharing}
    </>
  );
  // The two latest times show; the rest of the fortnight waits behind one button.
  const shown = showAll ? times : times.slice(0, 2);

  return (
    <li className={practice.card.className} data-testid={practice.card.testId}>
      <ScheduleSummary headingId={`${uid}-h`} title={title} note={note} badges={badges} last={card.last} zoneNote={zoneNote} plan={plan} next={card.next} today={card.today} />

      {card.mode === 'view' ? (
        <>
          {times.length > 0 ? (
            <div className="stack">
              <h4 className="promise-subhead">Recent times</h4>
              <ul className="plain-list promise-times" aria-labelledby={`${uid}-h`}>
                {shown.map((o) => row(o))}
              </ul>
              {times.length > shown.length || showAll ? (
                <Button variant="quiet" small onClick={() => setShowAll((s) => !s)}>
                  {showAll ? 'Show fewer' : `Show the last two weeks (${times.length})`}
                </Button>
              ) : null}
            </div>
          ) : (
            <p className="muted small">{noTimes}</p>
          )}

          <details className="history">
            <summary>{practice.card.historyTitle}</summary>
            <div className="history-body">{history}</div>
          </details>

          {children}
          {/* Changing, pausing and ending are rare: folded, so each card stays short. Open when paused, or when a change waits as a draft. */}
          {fold.show ? (
            <Fold summary={fold.summary} open={plan.status === 'paused' || !!card.restoredEdit?.what.trim()} testId={practice.card.foldTestId}>
              <div className="actions actions-tight">
                <PlanButtons plan={plan} busy={busy} onMode={card.setMode} onPause={card.pause} onEnd={() => card.setDialog('end')} />
                {fold.extra}
              </div>
            </Fold>
          ) : null}
        </>
      ) : (
        <ScheduledForm
          words={practice.form}
          initial={card.edit.initial}
          drafts={card.drafts}
          draftKey={card.editDraftKey}
          editing={card.edit.editing}
          submitLabel={card.mode === 'resume' ? 'Resume' : 'Save the change'}
          check={practice.check}
          onCancel={() => card.setMode('view')}
          onSubmit={(checked) => card.saveChange(checked)}
        />
      )}

      <ErrorAlert message={card.dialog ? null : card.error} />
      <LiveStatus>{card.note}</LiveStatus>

      <ConfirmDialog
        open={card.dialog === 'end'}
        onClose={() => card.setDialog(null)}
        title={practice.card.endTitle}
        confirmLabel="End it"
        busyLabel="Ending…"
        cancelLabel="Keep it"
        busy={busy === 'end'}
        error={card.error}
        onConfirm={card.end}
      >
        {ending}
      </ConfirmDialog>
      {dialogs}
    </li>
  );
}
