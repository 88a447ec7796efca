import { useState } from 'react';
import { applyEdit, effectiveDate, hasHistory, lastSegment, PlanError, resumePlan, resumeSchedule } from '../../../core/scheduled/index.js';
import { type Schedule } from '../../../core/schedules/index.js';
import { formatDate } from '../../lib/format.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import { Button } from '../../components/Button.js';
import { errorMessage } from '../../lib/errors.js';
import { usePracticeNow } from '../../lib/practice-context.js';

/*
 * What a promise's card and a ritual's card share: the busy / error / status state of their
 * actions, what a change or a resume applies from, and the Change / Pause / End buttons.
 */

/** A card's mode: reading, changing the schedule, or resuming after a pause. */
export type PlanMode = 'view' | 'edit' | 'resume';

/** "today", "tomorrow" or "26 Nov 2026". */
export function dayWords(date: string, today: string): string {
  if (date === today) return 'today';
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return date === tomorrow ? 'tomorrow' : formatDate(date);
}

/**
 * Where a change starts and which schedule the form opens with: a resume after a pause starts
 * where the resumed schedule does (a one-off keeps its own day); a change applies from the
 * effective date, so times already past keep their marks.
 */
export function editTarget(plan: CommitmentState, mode: PlanMode, now: Date, today: string): { appliesFrom: string; schedule: Schedule } {
  const last = lastSegment(plan);
  if (mode === 'resume' && plan.status === 'paused') {
    const s = resumeSchedule(plan, now);
    return { appliesFrom: s.type === 'once' ? s.at.slice(0, 10) : s.startDate, schedule: s };
  }
  return { appliesFrom: mode === 'resume' ? today : effectiveDate([last], now), schedule: last };
}

/** The plan after the form is saved: resumed, or changed from its effective date. */
export function planAfterForm(plan: CommitmentState, mode: PlanMode, schedule: Schedule, at: Date): CommitmentState {
  return mode === 'resume' ? resumePlan(plan, at, schedule) : applyEdit(plan, schedule, at);
}

/** The busy, error and status state of a card's actions (or a row's); `run` does one at a time and says how it went. */
export function usePlanActions(kindWord: 'promise' | 'ritual') {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const run = async (what: string, work: () => Promise<void>, done?: string) => {
    setBusy(what);
    setError(null);
    setNote('');
    try {
      await work();
      if (done) setNote(done);
    } catch (e) {
      // The plan helpers speak of promises; a ritual's card says "ritual".
      setError(e instanceof PlanError ? e.message.replace('promise', kindWord) : errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, setError, note, setNote, run };
}

/** Change (or Resume…), Pause and End… for a plan; Pause and End only once some time has passed. */
export function PlanButtons(props: { plan: CommitmentState; busy: string | null; onMode(mode: PlanMode): void; onPause(): void; onEnd(): void }) {
  const { plan, busy } = props;
  const history = hasHistory(plan, usePracticeNow());
  return (
    <>
      {plan.status !== 'ended' ? (
        <Button small variant="secondary" onClick={() => props.onMode(plan.status === 'paused' ? 'resume' : 'edit')}>
          {plan.status === 'paused' ? 'Resume…' : 'Change'}
        </Button>
      ) : null}
      {plan.status === 'active' && history ? (
        <Button small variant="secondary" busy={busy === 'pause'} busyLabel="Pausing…" onClick={props.onPause}>
          Pause
        </Button>
      ) : null}
      {plan.status !== 'ended' && history ? (
        <Button small variant="quiet" onClick={props.onEnd}>
          End…
        </Button>
      ) : null}
    </>
  );
}
