import { z } from 'zod';

/*
 * A calendar subscription: a secret link a calendar app polls. Its events carry only the
 * neutral title "Mend" and the times of the person's rituals (the schedules the server keeps
 * for reminders) — never words. Creating a new link revokes the old one.
 */

/** GET /api/calendar/feed */
export const calendarFeedResponseSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() });
export type CalendarFeedResponse = z.infer<typeof calendarFeedResponseSchema>;

/** POST /api/calendar/feed: the link, shown once. */
export const createCalendarFeedResponseSchema = z.object({ url: z.string(), createdAt: z.string() });
export type CreateCalendarFeedResponse = z.infer<typeof createCalendarFeedResponseSchema>;
