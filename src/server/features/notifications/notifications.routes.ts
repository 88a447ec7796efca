import type { FastifyInstance } from 'fastify';
import { markReadRequestSchema, notificationSettingsSchema } from '../../../shared/api/notifications.js';
import { authOf } from '../../plugins/auth.js';
import { parseInput } from '../../lib/validate.js';
import * as service from './notifications.service.js';

/** The person's own notification centre and settings; nobody else's is ever reachable. */
export function notificationsRoutes(app: FastifyInstance): void {
  const { db } = app.dbh;
  const auth = { onRequest: app.authenticate };
  const emailAvailable = app.config.smtpUrl !== null;

  app.get('/api/notifications', auth, async (request) => service.listFor(db, authOf(request).userId, app.clock.now()));

  app.post('/api/notifications/read', auth, async (request) => {
    const { userId } = authOf(request);
    const input = parseInput(markReadRequestSchema, request.body);
    const now = app.clock.now();
    const unread = await service.markRead(db, userId, 'all' in input ? 'all' : input.ids, now);
    // The person's other devices update their count; nobody else hears of it.
    await app.bus.publish({ userIds: [userId], event: { type: 'notifications.changed' } });
    return { unread };
  });

  app.get('/api/notifications/settings', auth, async (request) => ({
    settings: await service.settingsFor(db, authOf(request).userId),
    emailAvailable,
  }));

  app.put('/api/notifications/settings', auth, async (request) => {
    const { userId } = authOf(request);
    const settings = parseInput(notificationSettingsSchema, request.body);
    await service.saveSettings(db, userId, settings, app.clock.now());
    return { settings, emailAvailable };
  });
}
