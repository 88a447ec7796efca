import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idSchema } from '../../../shared/api/common.js';
import { answerPromptRequestSchema, chooseDeckRequestSchema, chooseDepthRequestSchema, promptTodayQuerySchema, skipPromptRequestSchema } from '../../../shared/api/prompts.js';
import { authOf } from '../../plugins/auth.js';
import { parseInput } from '../../lib/validate.js';
import * as service from './prompts.service.js';
import { takesPartnerRequests } from '../safety/requests.js';

const dayParams = z.object({ id: idSchema });
const ANSWER_BODY_LIMIT = 64 * 1024;

/** The prompt of the day (practice 5): chosen per couple, answers revealed only when both answered. */
export function promptsRoutes(app: FastifyInstance): void {
  const { db, dialect } = app.dbh;
  const auth = { onRequest: app.authenticate };

  app.get('/api/prompts/today', auth, async (request) => {
    const { date } = parseInput(promptTodayQuerySchema, request.query);
    return db.transaction().execute((trx) => service.today(trx, authOf(request).userId, date, app.clock.now()));
  });

  app.post('/api/prompts/today/skip', auth, async (request) => {
    const { date } = parseInput(skipPromptRequestSchema, request.body);
    return db.transaction().execute((trx) => service.repick(trx, dialect, authOf(request).userId, date, { skip: true }, app.clock.now()));
  });

  app.post('/api/prompts/today/deck', auth, async (request) => {
    const { date, deck } = parseInput(chooseDeckRequestSchema, request.body);
    return db.transaction().execute((trx) => service.repick(trx, dialect, authOf(request).userId, date, { deck }, app.clock.now()));
  });

  app.put('/api/prompts/depth', auth, async (request) => {
    const { userId } = authOf(request);
    const { depth } = parseInput(chooseDepthRequestSchema, request.body);
    const d = await db.transaction().execute((trx) => service.chooseDepth(trx, userId, depth));
    return { day: null, allowedDepth: d.allowed, myDepth: d.mine };
  });

  app.post('/api/prompts/days/:id/answer', { ...auth, bodyLimit: ANSWER_BODY_LIMIT }, async (request) => {
    const { userId } = authOf(request);
    const { id } = parseInput(dayParams, request.params);
    const input = parseInput(answerPromptRequestSchema, request.body);
    const now = app.clock.now();
    const result = await db.transaction().execute((trx) => service.answer(trx, dialect, userId, id, input, now));
    // Only a reveal is announced: before it, the partner learns nothing of this answer.
    if (result.revealed) await app.bus.publish({ userIds: [userId, result.partnerId], event: { type: 'prompts.revealed' } });
    return db.transaction().execute((trx) => service.today(trx, userId, result.date, now));
  });

  app.post('/api/prompts/days/:id/nudge', auth, async (request, reply) => {
    const { userId } = authOf(request);
    const { id } = parseInput(dayParams, request.params);
    const partnerId = await db.transaction().execute((trx) => service.nudge(trx, userId, id, app.clock.now()));
    if (await takesPartnerRequests(db, partnerId)) await app.bus.publish({ userIds: [partnerId], event: { type: 'prompts.nudged' } });
    return reply.status(204).send();
  });

  app.get('/api/prompts/history', auth, async (request) => ({ days: await service.history(db, authOf(request).userId) }));
}
