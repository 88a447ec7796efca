import { z } from 'zod';
import { localDateTimeSchema, timeZoneSchema } from '../schedules/schema.js';

/** An activity id: its category, a hyphen and three digits, e.g. `outdoors-004`. */
export const ActivityIdSchema = z.string().regex(/^[a-z]+(?:_[a-z]+)*-\d{3}$/, 'An activity id looks like outdoors-004.');

/*
 * What a ritual, a "we did it" log and an activity plan say inside their encrypted content.
 * The server never sees these; the client checks them before sending and again after opening.
 */

/** Longest ritual or own-activity title, in characters. */
export const RITUAL_TITLE_MAX = 120;
/** Longest note on a ritual. */
export const RITUAL_NOTE_MAX = 500;
/** Longest shared reflection on a ritual time or an activity. */
export const REFLECTION_MAX = 1000;

const reflection = z.string().trim().max(REFLECTION_MAX, { error: `Keep the reflection to ${REFLECTION_MAX} characters.` });

/** A ritual in the couple's words. */
export const ritualContentSchema = z
  .object({
    title: z
      .string({ error: 'Name the ritual in a few words.' })
      .trim()
      .min(1, { error: 'Name the ritual in a few words.' })
      .max(RITUAL_TITLE_MAX, { error: `Keep the name to ${RITUAL_TITLE_MAX} characters.` }),
    note: z.string().trim().max(RITUAL_NOTE_MAX, { error: `Keep the note to ${RITUAL_NOTE_MAX} characters.` }).optional(),
  })
  .strict();
export type RitualContent = z.infer<typeof ritualContentSchema>;

/** "We did it" for one time, with an optional reflection both partners read. */
export const ritualLogContentSchema = z.object({ reflection: reflection.optional() }).strict();
export type RitualLogContent = z.infer<typeof ritualLogContentSchema>;

/** Where an activity stands: an idea picked, a time planned, or done. */
export const ACTIVITY_STATUSES = ['idea', 'planned', 'done'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** An activity picked from the ideas (by id) or written by the couple (a title). */
export const activityPlanContentSchema = z
  .object({
    activityId: ActivityIdSchema.optional(),
    title: z.string().trim().min(1, { error: 'Name the activity in a few words.' }).max(RITUAL_TITLE_MAX, { error: `Keep the name to ${RITUAL_TITLE_MAX} characters.` }).optional(),
    plannedFor: z.object({ at: localDateTimeSchema, timeZone: timeZoneSchema }).strict().optional(),
    status: z.enum(ACTIVITY_STATUSES, { error: 'Choose idea, planned or done.' }),
    reflection: reflection.optional(),
  })
  .strict()
  .refine((c) => (c.activityId === undefined) !== (c.title === undefined), { error: 'An activity is either an idea from the list or your own title.' });
export type ActivityPlanContent = z.infer<typeof activityPlanContentSchema>;

/** The partner's own reflection on an activity (a `response` to the plan). */
export const activityReflectionSchema = z
  .object({ text: reflection.min(1, { error: 'Write a line about how it was.' }) })
  .strict();
export type ActivityReflection = z.infer<typeof activityReflectionSchema>;

/** When an activity is planned for: a local time in a zone. */
const plannedForSchema = z.object({ at: localDateTimeSchema, timeZone: timeZoneSchema }).strict();

/**
 * A step the partner takes on an activity they read but did not make (a `response` to the
 * plan, shared back): "we did it", with an optional line about how it was, or a new time.
 * Only the one who made a plan can change it; the page reads the plan together with these.
 */
export const activityStepSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('done'), text: reflection.optional() }).strict(),
  z.object({ step: z.literal('time'), plannedFor: plannedForSchema }).strict(),
]);
export type ActivityStep = z.infer<typeof activityStepSchema>;

