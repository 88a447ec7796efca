import type { FastifyInstance } from 'fastify';
import { decisionRequestSchema, spaceRequestSchema } from '../../../shared/api/together.js';
import { authOf } from '../../plugins/auth.js';
import { parseInput } from '../../lib/validate.js';
import { releaseHeldNotes } from '../notes/notes.service.js';
import * as service from './together.service.js';

/** The decision point and "I need some space": couple-level rules the server keeps. */
export function togetherRoutes(app: FastifyInstance): void {
  const { db } = app.dbh;
  const auth = { onRequest: app.authenticate };
  const tell = (userIds: string[]) => app.bus.publish({ userIds, event: { type: 'couple.changed' } });
  const ctx = { emailAvailable: app.config.smtpUrl !== null };
  // Notes freed by the end of a space reach their reader at once.
  const freedNotes = async (userId: string, notified: string[]) => {
    await app.bus.publish({ userIds: [userId], event: { type: 'items.changed', kinds: ['note'] } });
    if (notified.length) await app.bus.publish({ userIds: notified, event: { type: 'notifications.changed' } });
  };

  app.get('/api/decision', auth, async (request) => service.decisionFor(db, authOf(request).userId, app.clock.now()));

  app.put('/api/decision', auth, async (request) => {
    const { userId } = authOf(request);
    const input = parseInput(decisionRequestSchema, request.body);
    const { view, partnerId, becameBothYes } = await db.transaction().execute((trx) => service.answerDecision(trx, userId, input, app.clock.now()));
    if (becameBothYes) await tell([userId, partnerId]);
    return view;
  });

  app.get('/api/space', auth, async (request) => service.spaceFor(db, authOf(request).userId, app.clock.now()));

  app.post('/api/space', auth, async (request) => {
    const { userId } = authOf(request);
    const { until } = parseInput(spaceRequestSchema, request.body);
    const now = app.clock.now();
    const view = await db.transaction().execute(async (trx) => {
      const { partnerId, previousUntil } = await service.askForSpace(trx, userId, new Date(until), now);
      // A shorter space frees the notes it held sooner.
      const freed = previousUntil ? await releaseHeldNotes(trx, ctx, userId, previousUntil, new Date(until).toISOString(), now) : [];
      return { view: await service.spaceFor(trx, userId, now), partnerId, freed };
    });
    await tell([view.partnerId]);
    await freedNotes(userId, view.freed);
    return view.view;
  });

  app.delete('/api/space', auth, async (request) => {
    const { userId } = authOf(request);
    const now = app.clock.now();
    const view = await db.transaction().execute(async (trx) => {
      const { partnerId, previousUntil } = await service.endSpace(trx, userId, now);
      const freed = previousUntil ? await releaseHeldNotes(trx, ctx, userId, previousUntil, null, now) : [];
      return { view: await service.spaceFor(trx, userId, now), partnerId, freed };
    });
    await tell([view.partnerId]);
    await freedNotes(userId, view.freed);
    return view.view;
  });
}
