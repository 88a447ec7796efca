import { randomBytes } from 'node:crypto';
import { MendClient } from '../shared/client/index.js';
import { buildApp } from '../server/app.js';
import type { Config } from '../server/config.js';
import { connect } from '../server/db/connect.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { injectTransport } from '../server/lib/inject-transport.js';

/** One demo person's sign-in. */
export interface DemoPerson {
  displayName: string;
  email: string;
  password: string;
  recoveryWords: string;
}

/**
 * Creates two accounts and pairs them, through the client library and the real API, so
 * the demo's keys and content are made exactly as a person's would be.
 */
export async function createDemoCouple(config: Config): Promise<{ coupleId: string; people: DemoPerson[] }> {
  const db = connect(config.databaseUrl);
  try {
    await migrateToLatest(db);
    const app = await buildApp({ config: { ...config, logLevel: 'warn' }, db });
    try {
      const tag = randomBytes(3).toString('hex');
      const people = [
        { displayName: 'Alex', email: `alex.${tag}@demo.mend.invalid` },
        { displayName: 'Sam', email: `sam.${tag}@demo.mend.invalid` },
      ].map((p) => ({ ...p, password: `demo ${randomBytes(9).toString('base64url')} mend` }));
      const clients = people.map(() => new MendClient(injectTransport(app, { userAgent: 'Mend-CLI demo' })));
      const [alex, sam] = clients as [MendClient, MendClient];
      const [pa, ps] = people as [(typeof people)[number], (typeof people)[number]];
      const a = await alex.signup({ ...pa, timeZone: 'Europe/Warsaw' });
      const s = await sam.signup({ ...ps, timeZone: 'America/New_York' });
      await alex.startCouple();
      const invite = await alex.createInvite();
      const joined = await sam.join(invite.token);
      return {
        coupleId: joined.id,
        people: [
          { ...pa, recoveryWords: a.recoveryWords },
          { ...ps, recoveryWords: s.recoveryWords },
        ],
      };
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
  }
}
