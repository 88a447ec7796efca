import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { buildCalendar } from '../../../core/calendar/index.js';
import { commitmentStateSchema } from '../../../shared/commitments/state.js';
import { authOf } from '../../plugins/auth.js';
import { notFound } from '../../lib/errors.js';
import { enforce, hit, LIMITS_BY_PURPOSE } from '../../lib/rate-limit.js';
import { hashToken, newToken } from '../../lib/tokens.js';
import { parseInput } from '../../lib/validate.js';
import { visibleItems } from '../items/items.repo.js';
import * as repo from './calendar.repo.js';

const feedParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/, { message: 'Not a calendar link.' }) }).strict();

/**
 * The calendar subscription (practice 6, optional in the issue): one secret, revocable link
 * per person; its events are the times of the rituals that person reads, each titled "Mend".
 */
export function calendarRoutes(app: FastifyInstance): void {
  const { db } = app.dbh;
  const auth = { onRequest: app.authenticate };

  app.get('/api/calendar/feed', auth, async (request) => {
    const feed = await repo.feedOf(db, authOf(request).userId);
    return { active: feed !== undefined, createdAt: feed?.created_at ?? null };
  });

  app.post('/api/calendar/feed', auth, async (request) => {
    const token = newToken();
    const createdAt = app.clock.now().toISOString();
    await repo.putFeed(db, authOf(request).userId, hashToken(token), createdAt);
    return { url: `${app.config.publicUrl}/calendar/${token}.ics`, createdAt };
  });

  app.delete('/api/calendar/feed', auth, async (request, reply) => {
    await repo.deleteFeed(db, authOf(request).userId);
    return reply.status(204).send();
  });

  // Calendar apps cannot sign in: the link's token is the key. It is never logged (see app.ts).
  app.get('/calendar/:file', async (request, reply) => {
    enforce(await hit(db, `calendar:ip:${request.ip}`, LIMITS_BY_PURPOSE.calendarFeedIp, app.clock.now()));
    const { file } = parseInput(feedParams, request.params);
    const userId = await repo.feedOwner(db, hashToken(file.slice(0, -'.ics'.length)));
    if (!userId) throw notFound('This calendar link is not in use.');
    const now = app.clock.now();
    const rituals = (await visibleItems(db, userId, { kind: 'ritual' }, now)).flatMap((r) => {
      const state = commitmentStateSchema.safeParse(r.state === null ? null : JSON.parse(r.state));
      return state.success ? [{ id: r.id, title: '', segments: state.data.segments, remindMinutesBefore: state.data.remindMinutesBefore }] : [];
    });
    const text = buildCalendar(rituals, [], { showTitles: false, now });
    return reply.header('Content-Type', 'text/calendar; charset=utf-8').header('Content-Disposition', 'inline; filename="mend.ics"').send(text);
  });
}
