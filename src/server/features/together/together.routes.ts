import type { FastifyInstance } from 'fastify';
import { decisionRequestSchema, spaceRequestSchema } from '../../../shared/api/together.js';
import { authOf } from '../../plugins/auth.js';
import { parseInput } from '../../lib/validate.js';
import * as service from './together.service.js';

/** The decision point and "I need some space": couple-level rules the server keeps. */
export function togetherRoutes(app: FastifyInstance): void {
  const { db } = app.dbh;
  const auth = { onRequest: app.authenticate };
  const tell = (userIds: string[]) => app.bus.publish({ userIds, event: { type: 'couple.changed' } });

  app.get('/api/decision', auth, async (request) => service.decisionFor(db, authOf(request).userId, new Date()));

  app.put('/api/decision', auth, async (request) => {
    const { userId } = authOf(request);
    const { answer } = parseInput(decisionRequestSchema, request.body);
    const { view, partnerId, becameBothYes } = await db.transaction().execute((trx) => service.answerDecision(trx, userId, answer, new Date()));
    if (becameBothYes) await tell([userId, partnerId]);
    return view;
  });

  app.get('/api/space', auth, async (request) => service.spaceFor(db, authOf(request).userId, new Date()));

  app.post('/api/space', auth, async (request) => {
    const { userId } = authOf(request);
    const { until } = parseInput(spaceRequestSchema, request.body);
    const now = new Date();
    const view = await db.transaction().execute(async (trx) => {
      const { partnerId } = await service.askForSpace(trx, userId, new Date(until), now);
      return { view: await service.spaceFor(trx, userId, now), partnerId };
    });
    await tell([view.partnerId]);
    return view.view;
  });

  app.delete('/api/space', auth, async (request) => {
    const { userId } = authOf(request);
    const now = new Date();
    const view = await db.transaction().execute(async (trx) => {
      const { partnerId } = await service.endSpace(trx, userId);
      return { view: await service.spaceFor(trx, userId, now), partnerId };
    });
    await tell([view.partnerId]);
    return view.view;
  });
}
