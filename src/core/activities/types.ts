import { z } from 'zod';
import { ActivityIdSchema } from '../../shared/rituals/content.js';

/** Activity categories, in the order the app lists them. */
export const ACTIVITY_CATEGORIES = ['at_home', 'outdoors', 'learn_together', 'travel', 'give_back', 'play', 'calm'] as const;

/** One activity category. */
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/** How much energy and planning an activity takes. */
export const EFFORTS = ['low', 'medium', 'high'] as const;

/** Rough cost for two: free, low (a coffee or a ticket), medium (a class or a meal out), high (a trip). */
export const COSTS = ['free', 'low', 'medium', 'high'] as const;

/** Longest activity title, in characters. */
export const ACTIVITY_TITLE_MAX = 48;

/** Longest activity description, in characters. */
export const ACTIVITY_DESCRIPTION_MAX = 220;

/** An activity category as a zod schema. */
export const ActivityCategorySchema = z.enum(ACTIVITY_CATEGORIES);

// Declared with the content that carries it (a plan names its idea by id).
export { ActivityIdSchema };

/** One activity idea, validated. */
export const ActivitySchema = z
  .object({
    id: ActivityIdSchema,
    category: ActivityCategorySchema,
    title: z.string().min(3).max(ACTIVITY_TITLE_MAX),
    description: z.string().min(20).max(ACTIVITY_DESCRIPTION_MAX),
    effort: z.enum(EFFORTS),
    cost: z.enum(COSTS),
  })
  .refine((a) => a.id.startsWith(`${a.category}-`), { message: 'An activity id starts with its category.' });

/** One activity idea a couple can pick, plan, do and reflect on. */
export type Activity = z.infer<typeof ActivitySchema>;

/** A category as people see it: a title and a one-sentence description. */
export type ActivityCategoryInfo = { id: ActivityCategory; title: string; description: string };
