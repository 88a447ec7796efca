import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { testConfig } from '../config.js';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, testDialects, type TestDatabase } from '../test/databases.js';
import { pairUp } from '../test/people.js';

const dialects = await testDialects();

describe.each(dialects)('logs on %s', (dialect) => {
  const lines: string[] = [];
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    app = await buildApp({ config: testConfig({ logLevel: 'trace' }), db: database.handle, logStream: { write: (l) => lines.push(l) } });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('never contain emails, passwords, tokens, cookies or keys', async () => {
    const [ada, ben] = await pairUp(app);
    const invite = await (async () => {
      await ben.client.leave();
      await ada.client.startCouple();
      return ada.client.createInvite();
    })();
    await ada.client.sessions();
    await ada.client.changePassword(ada.password, 'a fresh and long passphrase');
    // A failing request and a malformed one are logged too.
    await ben.transport.raw('POST', '/api/auth/signin', { email: ada.email, authKey: 'A'.repeat(43) });
    await ben.transport.raw('POST', '/api/couples/join?token=' + invite.token, '{"token": ');
    expect(lines.length).toBeGreaterThan(20);
    const log = lines.join('\n');
    const secrets = [
      ada.email,
      ben.email,
      ada.password,
      'a fresh and long passphrase',
      invite.token,
      ...[ada, ben].flatMap((p) => p.transport.cookies.entries().map(([, v]) => v)),
      ada.me.keys.masterKeyWrapped,
      ada.recoveryWords.split(' ').slice(0, 3).join(' '),
    ];
    for (const secret of secrets) expect(log, 'a secret reached the log').not.toContain(secret);
    expect(log).toContain('"path":"/api/couples/join"');
  });
});
