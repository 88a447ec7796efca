import { contentReader } from '../scheduled/index.js';
import { RITUAL_TITLE_MAX, RITUAL_NOTE_MAX, REFLECTION_MAX, ritualContentSchema, type RitualContent, ritualLogContentSchema, type RitualLogContent, ACTIVITY_STATUSES, type ActivityStatus, activityPlanContentSchema, type ActivityPlanContent, activityReflectionSchema, type ActivityReflection, activityStepSchema, type ActivityStep } from '../../shared/rituals/content.js';

/*
 * The content shapes of rituals, their logs and activity plans live in src/shared (one schema
 * per kind, src/shared/kinds.ts); these read content that is already typed.
 */

export { RITUAL_TITLE_MAX, RITUAL_NOTE_MAX, REFLECTION_MAX, ritualContentSchema, type RitualContent, ritualLogContentSchema, type RitualLogContent, ACTIVITY_STATUSES, type ActivityStatus, activityPlanContentSchema, type ActivityPlanContent, activityReflectionSchema, type ActivityReflection, activityStepSchema, type ActivityStep };

/** Opened content as a ritual, or null when it isn't one. */
export const asRitual = contentReader(ritualContentSchema);
/** Opened content as a ritual log, or null. */
export const asRitualLog = contentReader(ritualLogContentSchema);
/** Opened content as an activity plan, or null. */
export const asActivityPlan = contentReader(activityPlanContentSchema);
/** Opened content as a partner's activity reflection, or null. */
export const asActivityReflection = contentReader(activityReflectionSchema);
/** Opened content as the partner's step on an activity, or null. */
export const asActivityStep = contentReader(activityStepSchema);
