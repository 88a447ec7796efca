/*
 * Practice 4, promises kept over time: plans (schedule history) and their changes, the
 * consistency view, what can be marked, reminder choices and the content shapes. Pure: no
 * I/O. Built on src/core/schedules.
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
  type CommitmentPlan,
  type PlanStatus,
} from './plan.js';
export {
  appreciationsThisWeek,
  consistencyByWeek,
  CONSISTENCY_WEEKS,
  MARKABLE_DAYS,
  marksByOccurrence,
  nextPlanOccurrence,
  occurrencesToMark,
  planOccurrences,
  sumWeeks,
  totals,
  type MarkableOccurrence,
  type MarkRecord,
  type MarkStatus,
  type WeekConsistency,
} from './consistency.js';
export { DEFAULT_REMINDER_MINUTES, REMINDER_OPTIONS, reminderText } from './reminders.js';
export {
  appreciationContentSchema,
  asAppreciation,
  asCommitment,
  asMark,
  commitmentContentSchema,
  markContentSchema,
  NOTE_MAX,
  WHAT_MAX,
  type AppreciationContent,
  type CommitmentContent,
  type MarkContent,
} from './content.js';
