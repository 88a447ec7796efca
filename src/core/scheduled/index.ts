/*
 * What promises and rituals share, the scheduled practices: a plan (the schedule history,
 * changed without rewriting the past, paused, resumed, ended), the times that can be marked
 * or logged, the consistency view, and the reminder choices. Pure: no I/O. Built on the
 * schedule engine, src/core/schedules.
 */
export {
  applyEdit,
  effectiveDate,
  endPlan,
  hasHistory,
  lastSegment,
  localToday,
  newPlan,
  pausePlan,
  PlanError,
  resumePlan,
  resumeSchedule,
  MAX_PLAN_SEGMENTS,
  type ScheduledPlan,
} from './plan.js';
export {
  consistencyByWeek,
  nextPlanOccurrence,
  occurrencesToMark,
  sumWeeks,
  totals,
  type MarkableOccurrence,
  type MarkRecord,
  type MarkStatus,
  type WeekConsistency,
} from './consistency.js';
export { DEFAULT_REMINDER_MINUTES, REMINDER_OPTIONS, reminderText } from './reminders.js';
export { contentReader } from './words.js';
