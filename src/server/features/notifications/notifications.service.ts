import type { Kysely, Transaction } from 'kysely';
import { applyQuietHours } from '../../../core/schedules/index.js';
import {
  DEFAULT_NOTIFICATION_SETTINGS,
  NOTIFICATIONS_LIST_MAX,
  notificationSettingsSchema,
  type NotificationSettings,
  type NotificationType,
  type NotificationView,
  type SecurityEvent,
} from '../../../shared/api/notifications.js';
import type { ItemKind } from '../../../shared/kinds.js';
import type { Database } from '../../db/schema.js';
import { enqueueJob } from '../../jobs/runner.js';
import { newId } from '../../lib/tokens.js';
import { findUserById } from '../accounts/accounts.repo.js';
import * as repo from './notifications.repo.js';
import { isHeld } from '../safety/hold.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The job that sends the content-free "something new" email. */
export const EMAIL_JOB = 'notifications.email';
// At most one email per person per window, however much happens in it.
const EMAIL_WINDOW_MS = 15 * 60_000;

/** What notify needs to know about the server: whether it can send email at all. */
export interface NotifyContext {
  emailAvailable: boolean;
}

/** A person's settings, or the defaults when they never chose. */
export async function settingsFor(db: Db, userId: string): Promise<NotificationSettings> {
  const text = await repo.settingsText(db, userId);
  if (!text) return DEFAULT_NOTIFICATION_SETTINGS;
  const parsed = notificationSettingsSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : DEFAULT_NOTIFICATION_SETTINGS;
}

/** Saves a person's settings. */
export async function saveSettings(db: Db, userId: string, settings: NotificationSettings, now: Date): Promise<void> {
  await repo.putSettings(db, userId, JSON.stringify(settings), now.toISOString());
}

/** When something due at `at` may reach the person: after their quiet hours, on their clock. */
export async function afterQuietHours(db: Db, userId: string, settings: NotificationSettings, at: Date): Promise<Date> {
  if (!settings.quietHours) return at;
  const user = await findUserById(db, userId);
  if (!user) return at;
  return applyQuietHours(at, { ...settings.quietHours, timeZone: user.time_zone });
}

/**
 * Gives one person one notification, in the caller's transaction, unless they turned that
 * kind off or the dedupe key was used before (so retries and races notify once). Returns
 * whether a notification was created: the caller then tells that person's streams.
 */
export async function notify(
  db: Db,
  ctx: NotifyContext,
  input: { userId: string; type: NotificationType; item?: { id: string; kind: string }; occurrence?: string; detail?: SecurityEvent; dedupeKey: string },
  now: Date,
): Promise<boolean> {
  const settings = await settingsFor(db, input.userId);
  // A quiet hold (docs/SAFETY.md): nothing that shows activity reaches a held person; only
  // their own account's security notices, in the app and by email (a sign-in they did not
  // make matters most to someone who may be in danger).
  const held = await isHeld(db, input.userId);
  if (held && input.type !== 'security') return false;
  // Security notices always reach the owner in the app; the other kinds can be turned off.
  if (input.type === 'reminder' ? !settings.reminders : input.type === 'partner' ? !settings.partner : false) return false;
  const created = await repo.insertNotification(db, {
    userId: input.userId,
    type: input.type,
    itemId: input.item?.id ?? null,
    itemKind: input.item?.kind ?? null,
    occurrence: input.occurrence ?? null,
    detail: input.detail ?? null,
    dedupeKey: input.dedupeKey,
    at: now.toISOString(),
  });
  if (created && ctx.emailAvailable && settings.email && (!held || input.type === 'security')) {
    const runAt = await afterQuietHours(db, input.userId, settings, now);
    const slot = Math.floor(runAt.getTime() / EMAIL_WINDOW_MS);
    await enqueueJob(db, { kind: EMAIL_JOB, payload: { userId: input.userId }, runAt, dedupeKey: `${EMAIL_JOB}:${input.userId}:${slot}` }, now);
  }
  return created;
}

/** Marks the person's own notifications read (others' ids are ignored); returns how many stay unread. */
export async function markRead(db: Db, userId: string, ids: string[] | 'all', now: Date): Promise<number> {
  await repo.markRead(db, userId, ids, now.toISOString());
  return repo.unreadCount(db, userId, now.toISOString());
}

/** The notification centre: newest first, with the unread count. */
export async function listFor(db: Db, userId: string, now: Date): Promise<{ notifications: NotificationView[]; unread: number }> {
  const t = now.toISOString();
  const rows = await repo.listNotifications(db, userId, NOTIFICATIONS_LIST_MAX, t);
  return {
    notifications: rows.map((r) => ({
      id: r.id,
      type: r.type as NotificationType,
      itemId: r.item_id,
      itemKind: r.item_kind as ItemKind | null,
      occurrence: r.occurrence,
      detail: r.detail as SecurityEvent | null,
      createdAt: r.created_at,
      readAt: r.read_at,
    })),
    unread: await repo.unreadCount(db, userId, t),
  };
}

/** Tells an account's owner — and nobody else — that something happened to their account (AUTH-09). */
export async function notifyOwner(db: Db, ctx: NotifyContext, userId: string, event: SecurityEvent, now: Date): Promise<boolean> {
  return notify(db, ctx, { userId, type: 'security', detail: event, dedupeKey: `security:${event}:${userId}:${newId()}` }, now);
}
