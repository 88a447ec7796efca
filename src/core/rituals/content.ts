import type { z } from 'zod';
import { RITUAL_TITLE_MAX, RITUAL_NOTE_MAX, REFLECTION_MAX, ritualContentSchema, type RitualContent, ritualLogContentSchema, type RitualLogContent, ACTIVITY_STATUSES, type ActivityStatus, activityPlanContentSchema, type ActivityPlanContent, activityReflectionSchema, type ActivityReflection, activityStepSchema, type ActivityStep } from '../../shared/rituals/content.js';

/*
 * The content shapes of rituals, their logs and activity plans live in src/shared (one schema
 * per kind, src/shared/kinds.ts); these read content that is already typed.
 */

export { RITUAL_TITLE_MAX, RITUAL_NOTE_MAX, REFLECTION_MAX, ritualContentSchema, type RitualContent, ritualLogContentSchema, type RitualLogContent, ACTIVITY_STATUSES, type ActivityStatus, activityPlanContentSchema, type ActivityPlanContent, activityReflectionSchema, type ActivityReflection, activityStepSchema, type ActivityStep };

function parsed<T>(schema: z.ZodType<T>, content: unknown): T | null {
  const r = schema.safeParse(content);
  return r.success ? r.data : null;
}

/** Opened content as a ritual, or null when it isn't one. */
export const asRitual = (content: unknown): RitualContent | null => parsed(ritualContentSchema, content);
/** Opened content as a ritual log, or null. */
export const asRitualLog = (content: unknown): RitualLogContent | null => parsed(ritualLogContentSchema, content);
/** Opened content as an activity plan, or null. */
export const asActivityPlan = (content: unknown): ActivityPlanContent | null => parsed(activityPlanContentSchema, content);
/** Opened content as a partner's activity reflection, or null. */
export const asActivityReflection = (content: unknown): ActivityReflection | null => parsed(activityReflectionSchema, content);
/** Opened content as the partner's step on an activity, or null. */
export const asActivityStep = (content: unknown): ActivityStep | null => parsed(activityStepSchema, content);
