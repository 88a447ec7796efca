/*
 * Practice 6, rituals and activities: what rituals, their logs and activity plans say (the
 * plans, their changes and the times to log are the scheduled practices' own, src/core/scheduled). Pure: no I/O.
 */
export {
  ACTIVITY_STATUSES,
  activityPlanContentSchema,
  activityReflectionSchema,
  activityStepSchema,
  asActivityReflection,
  asActivityStep,
  asActivityPlan,
  asRitual,
  asRitualLog,
  REFLECTION_MAX,
  RITUAL_NOTE_MAX,
  RITUAL_TITLE_MAX,
  ritualContentSchema,
  ritualLogContentSchema,
  type ActivityPlanContent,
  type ActivityReflection,
  type ActivityStep,
  type ActivityStatus,
  type RitualContent,
  type RitualLogContent,
} from './content.js';
