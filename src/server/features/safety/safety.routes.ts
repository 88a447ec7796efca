import type { FastifyInstance } from 'fastify';
import { safetyHoldRequestSchema } from '../../../shared/api/safety.js';
import { authOf } from '../../plugins/auth.js';
import { parseInput } from '../../lib/validate.js';
import * as hold from './hold.js';

/**
 * The quiet hold, for oneself only: there is no path that names another person. Nothing is
 * published to any stream and nothing is logged beyond method and path, so no other device or
 * person learns that it changed.
 */
export function safetyRoutes(app: FastifyInstance): void {
  const { db } = app.dbh;
  const auth = { onRequest: app.authenticate };

  app.get('/api/safety/hold', auth, async (request) => hold.holdView(db, authOf(request).userId));

  app.put('/api/safety/hold', auth, async (request) => {
    parseInput(safetyHoldRequestSchema, request.body ?? {});
    const { userId } = authOf(request);
    return db.transaction().execute((trx) => hold.startHold(trx, userId, app.clock.now()));
  });

  app.delete('/api/safety/hold', auth, async (request) => db.transaction().execute((trx) => hold.liftHold(trx, authOf(request).userId)));
}
