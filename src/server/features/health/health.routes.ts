import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';

/** GET /api/health: 200 when the database answers, 503 otherwise. */
export function healthRoutes(app: FastifyInstance): void {
  app.get('/api/health', async (_request, reply) => {
    try {
      await sql`select 1`.execute(app.dbh.db);
      return { status: 'ok' };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  // SAFE-14: where to report a vulnerability.
  app.get('/.well-known/security.txt', async (_request, reply) => {
    const expires = new Date(app.clock.now().getTime() + 180 * 86_400_000).toISOString();
    return reply
      .type('text/plain; charset=utf-8')
      .send(`Contact: ${app.config.publicUrl}/security\nExpires: ${expires}\nPreferred-Languages: en\nPolicy: ${app.config.publicUrl}/security\n`);
  });
}
