import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idSchema } from '../../../shared/api/common.js';
import { joinRequestSchema } from '../../../shared/api/couples.js';
import { authOf } from '../../plugins/auth.js';
import { enforce, hit, LIMITS_BY_PURPOSE } from '../../lib/rate-limit.js';
import { parseInput } from '../../lib/validate.js';
import * as service from './couples.service.js';

const inviteParams = z.object({ id: idSchema });

/** Start a couple space, invite, join and leave. Every write is one transaction. */
export function couplesRoutes(app: FastifyInstance): void {
  const { db, dialect } = app.dbh;
  const notify = (userIds: string[]) => app.bus.publish({ userIds, event: { type: 'couple.changed' } });

  app.get('/api/couples/current', { onRequest: app.authenticate }, async (request) => {
    const auth = authOf(request);
    return { couple: await service.coupleViewFor(db, auth.userId, app.clock.now()) };
  });

  app.post('/api/couples', { onRequest: app.authenticate }, async (request, reply) => {
    const auth = authOf(request);
    const now = app.clock.now();
    const couple = await db.transaction().execute(async (trx) => {
      await service.startCouple(trx, auth.userId, now);
      return service.coupleViewFor(trx, auth.userId, now);
    });
    await notify([auth.userId]);
    return reply.status(201).send({ couple });
  });

  app.post('/api/couples/invites', { onRequest: app.authenticate }, async (request, reply) => {
    const auth = authOf(request);
    enforce(await hit(db, `invite:create:${auth.userId}`, LIMITS_BY_PURPOSE.inviteCreateUser, app.clock.now()));
    const invite = await db.transaction().execute((trx) => service.createInvite(trx, dialect, auth.userId, app.config.publicUrl, app.clock.now()));
    await notify([auth.userId]);
    return reply.status(201).send(invite);
  });

  app.delete('/api/couples/invites/:id', { onRequest: app.authenticate }, async (request, reply) => {
    const auth = authOf(request);
    const { id } = parseInput(inviteParams, request.params);
    await db.transaction().execute((trx) => service.revokeInvite(trx, auth.userId, id, app.clock.now()));
    await notify([auth.userId]);
    return reply.status(204).send();
  });

  app.post('/api/couples/invites/preview', async (request) => {
    enforce(await hit(db, `invite:use:${request.ip}`, LIMITS_BY_PURPOSE.inviteUseIp, app.clock.now()));
    const { token } = parseInput(joinRequestSchema, request.body);
    return service.previewInvite(db, token, app.clock.now());
  });

  app.post('/api/couples/join', { onRequest: app.authenticate }, async (request) => {
    const auth = authOf(request);
    enforce(await hit(db, `invite:use:${request.ip}`, LIMITS_BY_PURPOSE.inviteUseIp, app.clock.now()));
    const { token } = parseInput(joinRequestSchema, request.body);
    const now = app.clock.now();
    const couple = await db.transaction().execute(async (trx) => {
      await service.joinCouple(trx, dialect, auth.userId, token, now);
      return service.coupleViewFor(trx, auth.userId, now);
    });
    await notify(await service.coupleMemberIds(db, auth.userId));
    return { couple };
  });

  app.post('/api/couples/leave', { onRequest: app.authenticate }, async (request, reply) => {
    const auth = authOf(request);
    const members = await db.transaction().execute((trx) => service.leaveCouple(trx, dialect, auth.userId, app.clock.now()));
    await notify(members);
    return reply.status(204).send();
  });
}
