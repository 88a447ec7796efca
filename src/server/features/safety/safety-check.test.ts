import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { itemsOf } from '../../test/items.js';
import { pairUp, type Person } from '../../test/people.js';
import type { BusMessage } from '../../events/bus.js';

const dialects = await testDialects();

/** What the partner can see of the couple, raw, through every read a partner makes. */
async function partnerView(p: Person): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const url of ['/api/me', '/api/couples/current', '/api/notifications', '/api/items', '/api/items?kind=safety_check', '/api/decision', '/api/space']) {
    const res = await p.transport.raw('GET', url);
    out[url] = `${res.status} ${res.body}`;
  }
  return out;
}

describe.each(dialects)('the private safety check on %s', (dialect) => {
  const lines: string[] = [];
  const published: BusMessage[] = [];
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    app = await buildApp({ config: testConfig({ logLevel: 'trace' }), db: database.handle, logStream: { write: (l) => lines.push(l) } });
    await app.ready();
    const publish = app.bus.publish.bind(app.bus);
    app.bus.publish = async (msg) => {
      published.push(msg);
      await publish(msg);
    };
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('is read by its author alone: the partner’s answers, counts, events and the log show nothing of it', async () => {
    const [ada, ben] = await pairUp(app);
    const before = await partnerView(ben);
    const sinceLines = lines.length;
    const sincePublished = published.length;
    const items = await itemsOf(ada);
    const check = await items.create('safety_check', { type: 'check', takenAt: new Date().toISOString(), answers: { afraid: 'yes', hurt: 'yes' }, level: 'urgent' }, {});
    const notNow = await items.create('safety_check', { type: 'dismissed', at: new Date().toISOString() }, {});
    const partner = (await ada.client.currentCouple())!.partner!;
    expect(await errorOf(items.share(check, partner))).toEqual({ status: 409, code: 'forbidden' });
    // The author reads them back.
    expect((await items.list('safety_check')).map((i) => i.id).sort()).toEqual([check.id, notNow.id].sort());
    expect(await partnerView(ben)).toEqual(before);
    expect((await ben.transport.raw('GET', `/api/items/${check.id}`)).status).toBe(404);
    // No live event reached the partner.
    expect(published.slice(sincePublished).filter((m) => m.userIds.includes(ben.me.user.id))).toEqual([]);
    // The log has requests by method and path, never the kind, ids or ciphertext.
    const raw = (await ada.transport.raw('GET', `/api/items/${check.id}`)).json as { item: { ciphertext: string } };
    const log = lines.slice(sinceLines).join('\n');
    expect(log).toContain('"path":"/api/items"');
    for (const secret of ['safety_check', raw.item.ciphertext, 'afraid', 'urgent']) expect(log).not.toContain(secret);
  });
});
