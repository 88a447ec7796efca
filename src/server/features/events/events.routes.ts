import type { FastifyInstance } from 'fastify';
import type { ServerEvent } from '../../../shared/api/events.js';
import { authOf } from '../../plugins/auth.js';
import { findLiveSession } from '../sessions/sessions.repo.js';
import { sessionCookieName } from '../../plugins/auth.js';
import { AppError } from '../../lib/errors.js';

const HEARTBEAT_MS = 25_000;

/** GET /api/events: a Server-Sent Events stream for the signed-in person; no content, ever. */
export function eventsRoutes(app: FastifyInstance): void {
  const open = new Set<(closeConnection?: boolean) => void>();
  // Streams never end by themselves; close them so shutdown does not wait for clients.
  app.addHook('preClose', async () => {
    for (const end of [...open]) end(true);
  });
  // A shutdown ends them first: a stream holds its connection open, so it would hold the drain.
  app.onDrain(() => {
    for (const end of [...open]) end(true);
  });

  // Live streams per person in this process: a cap keeps one account (or a stolen session)
  // from holding an unbounded number of connections open.
  const perUser = new Map<string, number>();

  app.get('/api/events', { onRequest: app.authenticateQuietly }, (request, reply) => {
    if (app.draining) throw new AppError(503, 'internal', 'Mend is restarting. This page will catch up in a moment.', undefined, { 'retry-after': '3' });
    const auth = authOf(request);
    const token = request.cookies[sessionCookieName(app.config)] ?? '';
    // A client that left while the session was being checked has already closed: its 'close'
    // will not come again, so a place taken now would never be given back.
    if (request.raw.socket.destroyed) {
      reply.hijack();
      return;
    }
    const count = perUser.get(auth.userId) ?? 0;
    if (count >= app.config.streamsPerUser) {
      throw new AppError(429, 'rate_limited', 'Mend is open in too many windows at once. Close one and this one will catch up.');
    }
    perUser.set(auth.userId, count + 1);
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
    /** Ends the stream; `closeConnection` also closes its socket (the server is shutting down). */
    const end = (closeConnection = false) => {
      if (ended) return;
      ended = true;
      const left = (perUser.get(auth.userId) ?? 1) - 1;
      if (left > 0) perUser.set(auth.userId, left);
      else perUser.delete(auth.userId);
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(end);
      // The socket is taken first: a finished response lets go of it.
      const socket = res.socket;
      if (closeConnection) res.end(() => socket?.destroy());
      else res.end();
    };
    const unsubscribe = app.bus.subscribe(auth.userId, (msg) => {
      if (msg.sessionId && msg.sessionId !== auth.session.id) return;
      send(msg.event);
      if (msg.event.type === 'session.ended') end();
    });
    // Each beat re-checks the session, so a revoked or expired one stops hearing events.
    const heartbeat = setInterval(() => {
      void findLiveSession(app.dbh.db, token, app.clock.now())
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
    // Whichever tells first that the client is gone; both, because one may have been missed.
    request.raw.on('close', () => end());
    res.on('close', () => end());
    if (request.raw.socket.destroyed) end();
  });
}
