import type { FastifyInstance } from 'fastify';
import { Server as NetServer } from 'node:net';
import type { DbHandle } from './db/connect.js';

/** How long keep-alive clients get to learn, from an answer, that their connection is closing. */
export const DRAIN_MS = 2000;
const POLL_MS = 25;

/** Open connections to the server right now. */
const connectionCount = (app: FastifyInstance): Promise<number> =>
  new Promise((resolve) => app.server.getConnections((err, n) => resolve(err ? 0 : n)));

/**
 * Shuts down in an order that loses no request and leaves nothing half-closed:
 * 1. drain: stop accepting connections; every answer says `Connection: close` and event
 *    streams end, so clients leave on their own, between requests (up to `drainMs`);
 * 2. `app.close()`: a request that still arrives gets a 503; requests in flight finish;
 *    the job runner and the event bus stop (onClose hooks), the last idle connections close;
 * 3. the database pool closes, once nothing can use it.
 * Node's own `http.Server.close()` drops idle keep-alive connections at once, which resets a
 * request already on its way on one; so step 1 closes only the listening socket.
 */
export async function shutDown(app: FastifyInstance, db: DbHandle, drainMs = DRAIN_MS): Promise<void> {
  app.drain();
  if (app.server.listening) NetServer.prototype.close.call(app.server);
  // Elapsed real time (monotonic), not the product's "now": the drain waits on real sockets.
  const until = performance.now() + drainMs;
  let left = await connectionCount(app);
  while (left > 0 && performance.now() < until) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    left = await connectionCount(app);
  }
  // Connections still open now are idle ones whose clients sent nothing during the drain.
  app.log.info({ connectionsLeft: left }, 'drained');
  await app.close();
  await db.close();
}
