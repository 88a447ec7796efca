import { z } from 'zod';
// Not the schedules barrel, which brings rrule and luxon into the first load.
import { localTimeSchema } from '../schedules/schema.js';
import { itemKindSchema } from '../kinds.js';
import { idSchema } from './common.js';

/*
 * The in-app notification centre. A notification names only a type and, where it points at
 * something, the item's id and kind: the client decrypts the item to show words. It goes to
 * the person it concerns, never to their partner (who never learns when the other was
 * reminded or read anything).
 */

/**
 * `reminder`: one of your own commitments or rituals is coming up. `partner`: your partner
 * shared something with you (a note, an appreciation…). `security`: something happened to your
 * account (SECURITY.md AUTH-09) — only ever to the account's owner, and it cannot be turned off.
 */
export const NOTIFICATION_TYPES = ['reminder', 'partner', 'security'] as const;

/** What a security notification is about. */
export const SECURITY_EVENTS = ['new_device', 'password_changed', 'password_recovered', 'recovery_key_changed'] as const;
export type SecurityEvent = (typeof SECURITY_EVENTS)[number];
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** One notification as its owner sees it. */
export const notificationViewSchema = z.object({
  id: idSchema,
  type: z.enum(NOTIFICATION_TYPES),
  itemId: idSchema.nullable(),
  itemKind: itemKindSchema.nullable(),
  /** For a reminder: the occurrence's local date in the commitment's zone. */
  occurrence: z.string().nullable(),
  /** For a security notification: what happened. */
  detail: z.enum(SECURITY_EVENTS).nullable().optional(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;

/** Most notifications listed at once (newest first). */
export const NOTIFICATIONS_LIST_MAX = 100;

/** GET /api/notifications */
export const notificationListResponseSchema = z.object({ notifications: z.array(notificationViewSchema), unread: z.int().min(0) });
export type NotificationListResponse = z.infer<typeof notificationListResponseSchema>;

/** POST /api/notifications/read: some by id, or all of them. */
export const markReadRequestSchema = z.union(
  [
    z.object({ ids: z.array(idSchema).min(1, { message: 'Choose at least one notification.' }).max(NOTIFICATIONS_LIST_MAX) }).strict(),
    z.object({ all: z.literal(true) }).strict(),
  ],
  { message: 'Send either ids (a list) or all: true.' },
);
/** The unread count after marking. */
export const unreadResponseSchema = z.object({ unread: z.int().min(0) });

/** Quiet hours on the person's own clock (their profile's time zone); may cross midnight. */
export const quietWindowSchema = z
  .object({ start: localTimeSchema, end: localTimeSchema })
  .strict()
  .refine((q) => q.start !== q.end, { path: ['end'], message: 'Quiet hours need different start and end times.' });

/** What a person wants to hear about, and how. */
export const notificationSettingsSchema = z
  .object({
    /** Reminders for one's own commitments. */
    reminders: z.boolean(),
    /** What the partner sends or shares: notes, appreciations, acknowledgments… */
    partner: z.boolean(),
    /** A content-free email when something new is waiting (only if the server can send email). */
    email: z.boolean(),
    /** Reminders and emails due inside wait until the quiet hours end. */
    quietHours: quietWindowSchema.nullable(),
  })
  .strict();
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** Settings for a person who never chose: everything on in the app, email off, no quiet hours. */
export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = { reminders: true, partner: true, email: false, quietHours: null };

/** GET and PUT /api/notifications/settings answer. */
export const notificationSettingsResponseSchema = z.object({ settings: notificationSettingsSchema, emailAvailable: z.boolean() });
export type NotificationSettingsResponse = z.infer<typeof notificationSettingsResponseSchema>;
