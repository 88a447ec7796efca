import type { FastifyInstance } from 'fastify';
import type { ServerEvent } from '../../../shared/api/events.js';
import { authOf } from '../../plugins/auth.js';
import { findLiveSession } from '../sessions/sessions.repo.js';
import { sessionCookieName } from '../../plugins/auth.js';

const HEARTBEAT_MS = 25_000;

/** GET /api/events: a Server-Sent Events stream for the signed-in person; no content, ever. */
export function eventsRoutes(app: FastifyInstance): void {
  const open = new Set<() => void>();
  // Streams never end by themselves; close them so shutdown does not wait for clients.
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.get('/api/events', { onRequest: app.authenticateQuietly }, (request, reply) => {
    const auth = authOf(request);
    const token = request.cookies[sessionCookieName(app.config)] ?? '';
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    const send = (event: ServerEvent) => res.write(`data: ${JSON.stringify(event)}\n\n`);
    res.write('retry: 3000\n\n');
    send({ type: 'hello' });

    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(end);
      res.end();
    };
    const unsubscribe = app.bus.subscribe(auth.userId, (msg) => {
      if (msg.sessionId && msg.sessionId !== auth.session.id) return;
      send(msg.event);
      if (msg.event.type === 'session.ended') end();
    });
    // Each beat re-checks the session, so a revoked or expired one stops hearing events.
    const heartbeat = setInterval(() => {
      void findLiveSession(app.dbh.db, token, new Date())
        .then((s) => {
          if (!s) {
            send({ type: 'session.ended' });
            end();
          } else res.write(': beat\n\n');
        })
        .catch(() => end());
    }, HEARTBEAT_MS);
    heartbeat.unref();
    open.add(end);
    request.raw.on('close', end);
  });
}
