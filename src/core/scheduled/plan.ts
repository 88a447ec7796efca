import { editFromDate, endScheduleBefore, occurrencesOnDates, type Schedule } from '../schedules/index.js';
import { addDays, formatWallDate, instantToWall, type LocalDate } from '../../shared/schedules/local-time.js';

/*
 * A scheduled practice's plan (a promise's, a ritual's) is its schedule history: segments in order, each starting after the one
 * before ended. Changes never rewrite the past, because marks and logs hang off the
 * occurrence keys (local dates) of the old segments. Every helper here returns a new plan.
 * The shape matches the commitment's plaintext state (src/shared/commitments/state.ts); it is
 * declared here again because core imports nothing outside itself.
 */

/** Where a promise or a ritual stands. */
export type PlanStatus = 'active' | 'paused' | 'ended';

/** Most segments a plan keeps (the state schema's MAX_SEGMENTS). */
export const MAX_PLAN_SEGMENTS = 24;

/** A plan in plaintext: its schedule history, status and reminder. */
export interface ScheduledPlan {
  segments: Schedule[];
  status: PlanStatus;
  remindMinutesBefore: number | null;
}

/** Thrown when a change can't be made; the message is written for the person. */
export class PlanError extends Error {
  constructor(
    readonly code: 'nothing_yet' | 'too_many_changes' | 'not_active' | 'not_paused' | 'no_occurrence',
    message: string,
  ) {
    super(message);
    this.name = 'PlanError';
  }
}

/** The local date ('YYYY-MM-DD') of an instant on the clock of `timeZone`. */
export function localToday(now: Date, timeZone: string): LocalDate {
  return formatWallDate(instantToWall(now.getTime(), timeZone));
}

/** The plan's current (last) segment. */
export function lastSegment(plan: ScheduledPlan): Schedule {
  const last = plan.segments.at(-1);
  if (!last) throw new PlanError('nothing_yet', 'A commitment needs a due time or a schedule.');
  return last;
}

/**
 * The day a change takes effect, on the clock of the first schedule's zone: today, unless one
 * of the schedules already had an occurrence earlier today (that one belongs to history and
 * may be marked), then tomorrow. With no occurrence today, today is safe: nothing is rewritten.
 */
export function effectiveDate(schedules: readonly Schedule[], now: Date): LocalDate {
  const first = schedules[0];
  if (!first) throw new RangeError('effectiveDate needs at least one schedule.');
  const today = localToday(now, first.timeZone);
  const passedToday = schedules.some((s) => occurrencesOnDates(s, today, today).some((o) => o.utc.getTime() <= now.getTime()));
  return passedToday ? addDays(today, 1) : today;
}

function withSegments(plan: ScheduledPlan, segments: Schedule[], status: PlanStatus): ScheduledPlan {
  if (segments.length > MAX_PLAN_SEGMENTS) {
    throw new PlanError('too_many_changes', `This promise has changed ${MAX_PLAN_SEGMENTS} times; start a new one instead.`);
  }
  return { ...plan, segments, status };
}

/** A new plan with one schedule, active. */
export function newPlan(schedule: Schedule, remindMinutesBefore: number | null): ScheduledPlan {
  return { segments: [schedule], status: 'active', remindMinutesBefore };
}

/**
 * The plan edited from the effective date on: the last segment ends the day before (or goes,
 * if none of it happened yet) and `next` starts that day. Earlier segments are untouched.
 * Editing a paused plan brings it back on the new schedule.
 */
export function applyEdit(plan: ScheduledPlan, next: Schedule, now: Date): ScheduledPlan {
  if (plan.status === 'ended') throw new PlanError('not_active', 'This promise has ended; make a new one instead.');
  const last = lastSegment(plan);
  const date = plan.status === 'paused' ? resumeDate(plan, next, now) : effectiveDate([last, next], now);
  let split;
  try {
    split = editFromDate(last, next, date);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new PlanError('no_occurrence', 'The new schedule has no time left from today on. Please choose a time in the future.');
  }
  const kept = plan.segments.slice(0, -1);
  return withSegments(plan, [...kept, ...(split.before ? [split.before] : []), split.after], 'active');
}

/** True when something has already come due (so pausing or ending leaves history to keep). */
export function hasHistory(plan: ScheduledPlan, now: Date): boolean {
  const last = lastSegment(plan);
  return plan.segments.length > 1 || endScheduleBefore(last, effectiveDate([last], now)) !== null;
}

function cut(plan: ScheduledPlan, now: Date, status: 'paused' | 'ended'): ScheduledPlan {
  const last = lastSegment(plan);
  const ended = endScheduleBefore(last, effectiveDate([last], now));
  const segments = [...plan.segments.slice(0, -1), ...(ended ? [ended] : [])];
  if (segments.length === 0) {
    throw new PlanError('nothing_yet', "Nothing has come due yet, so there's no history to keep. You can change the promise or delete it.");
  }
  return withSegments(plan, segments, status);
}

/** Paused from the effective date: the last segment ends the day before; no reminders. */
export function pausePlan(plan: ScheduledPlan, now: Date): ScheduledPlan {
  if (plan.status !== 'active') throw new PlanError('not_active', 'Only an active promise can be paused.');
  return cut(plan, now, 'paused');
}

/** Ended from the effective date on; the history stays. */
export function endPlan(plan: ScheduledPlan, now: Date): ScheduledPlan {
  if (plan.status === 'ended') throw new PlanError('not_active', 'This promise has already ended.');
  // A paused plan is already cut; ending it only changes its status.
  return plan.status === 'paused' ? { ...plan, status: 'ended' } : cut(plan, now, 'ended');
}

/** The last local date a segment can have an occurrence on (null when open-ended). */
function lastDateOf(s: Schedule): LocalDate | null {
  return s.type === 'once' ? s.at.slice(0, 10) : (s.endDate ?? null);
}

function resumeDate(plan: ScheduledPlan, next: Schedule, now: Date): LocalDate {
  const date = effectiveDate([next], now);
  const lastDate = lastDateOf(lastSegment(plan));
  const dayAfter = lastDate === null ? date : addDays(lastDate, 1);
  return dayAfter > date ? dayAfter : date;
}

/** The schedule a paused plan picks up again with: its last one, from the resume date, open-ended. */
export function resumeSchedule(plan: ScheduledPlan, now: Date): Schedule {
  const last = lastSegment(plan);
  if (last.type === 'once') return last;
  const { endDate: _ended, ...open } = last;
  return { ...open, startDate: resumeDate(plan, last, now) };
}

/**
 * Active again: `next` (by default the last schedule, open-ended) is appended from today, or
 * tomorrow if today's time has passed, and never before the paused segment's last day.
 */
export function resumePlan(plan: ScheduledPlan, now: Date, next: Schedule = resumeSchedule(plan, now)): ScheduledPlan {
  if (plan.status !== 'paused') throw new PlanError('not_paused', 'Only a paused promise can be resumed.');
  const date = resumeDate(plan, next, now);
  let after: Schedule;
  try {
    after = editFromDate(next, next, date).after;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new PlanError('no_occurrence', 'That schedule has no time left from today on. Please choose a time in the future.');
  }
  return withSegments(plan, [...plan.segments, after], 'active');
}
