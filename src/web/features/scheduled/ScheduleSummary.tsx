import type { ReactNode } from 'react';
import { reminderText } from '../../../core/scheduled/index.js';
import { type Schedule } from '../../../core/schedules/index.js';
import { scheduleText } from '../../lib/format.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import { occurrenceLabel } from './model.js';

interface ScheduleSummaryProps {
  headingId: string;
  title: string;
  note?: string | undefined;
  /** Status and sharing badges. */
  badges: ReactNode;
  /** The schedule now in force (the last segment). */
  last: Schedule;
  /** How the time is read, e.g. "(your time)". */
  zoneNote: string;
  plan: CommitmentState;
  next: { key: string; localTime: string } | null;
  today: string;
}

/** The head of a promise's or a ritual's card: its words, badges, when it happens and the next time. */
export function ScheduleSummary({ headingId, title, note, badges, last, zoneNote, plan, next, today }: ScheduleSummaryProps) {
  return (
    <>
      <div className="reflection-head">
        <h3 id={headingId}>{title}</h3>
        <span className="promise-badges">{badges}</span>
      </div>
      {note ? <p className="muted">{note}</p> : null}
      <p className="promise-when-text">
        {scheduleText(last)} <span className="muted">{zoneNote}</span>
        {plan.status === 'active' ? <span className="muted"> · {reminderText(plan.remindMinutesBefore)}</span> : null}
      </p>
      {next ? <p className="muted small">Next: {occurrenceLabel(next, today)}</p> : null}
    </>
  );
}
