import {
  notificationListResponseSchema,
  notificationSettingsResponseSchema,
  unreadResponseSchema,
  type NotificationListResponse,
  type NotificationSettings,
  type NotificationSettingsResponse,
} from '../api/notifications.js';
import type { MendClient } from './client.js';

/** The person's own notification centre and their notification settings. */
export class NotificationsClient {
  constructor(private readonly client: MendClient) {}

  /** Newest first, with the unread count. */
  list(): Promise<NotificationListResponse> {
    return this.client.call('GET', '/api/notifications', undefined, notificationListResponseSchema);
  }

  /** Marks some (or all) as read; returns the unread count left. */
  async markRead(which: { ids: string[] } | { all: true }): Promise<number> {
    return (await this.client.call('POST', '/api/notifications/read', which, unreadResponseSchema)).unread;
  }

  /** Current settings, and whether this server can send email at all. */
  settings(): Promise<NotificationSettingsResponse> {
    return this.client.call('GET', '/api/notifications/settings', undefined, notificationSettingsResponseSchema);
  }

  /** Saves the whole settings object. */
  saveSettings(settings: NotificationSettings): Promise<NotificationSettingsResponse> {
    return this.client.call('PUT', '/api/notifications/settings', settings, notificationSettingsResponseSchema);
  }
}
