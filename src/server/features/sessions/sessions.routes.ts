import type { FastifyInstance } from 'fastify';
import { idSchema } from '../../../shared/api/common.js';
import type { SessionView } from '../../../shared/api/me.js';
import { authOf, clearSessionCookie } from '../../plugins/auth.js';
import { notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validate.js';
import { z } from 'zod';
import { deleteOwnSession, deleteSessionsExcept, listSessions } from './sessions.repo.js';

const sessionParams = z.object({ id: idSchema });

/** A person's own devices: list, end one, end all others. Never anyone else's. */
export function sessionsRoutes(app: FastifyInstance): void {
  const db = app.dbh.db;

  app.get('/api/sessions', { onRequest: app.authenticate }, async (request) => {
    const auth = authOf(request);
    const sessions: SessionView[] = (await listSessions(db, auth.userId)).map((s) => ({
      id: s.id,
      device: s.device,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      current: s.id === auth.session.id,
    }));
    return { sessions };
  });

  app.delete('/api/sessions/:id', { onRequest: app.authenticate }, async (request, reply) => {
    const auth = authOf(request);
    const { id } = parseInput(sessionParams, request.params);
    if (!(await deleteOwnSession(db, auth.userId, id))) throw notFound('That device is already signed out.');
    await app.bus.publish({ userIds: [auth.userId], sessionId: id, event: { type: 'session.ended' } });
    if (id === auth.session.id) clearSessionCookie(reply, app.config);
    return reply.status(204).send();
  });

  app.post('/api/sessions/revoke-others', { onRequest: app.authenticate }, async (request) => {
    const auth = authOf(request);
    const ended = await deleteSessionsExcept(db, auth.userId, auth.session.id);
    for (const sessionId of ended) await app.bus.publish({ userIds: [auth.userId], sessionId, event: { type: 'session.ended' } });
    return { ended: ended.length };
  });
}
