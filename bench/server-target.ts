// One server under test for bench/server.ts, in its own process so the load generator does
// not share its event loop: `bare` (a Fastify "hello", the yardstick) or `mend <dialect>`
// (the real app on a fresh database, seeded through the real client code). It listens on
// 127.0.0.1 only and takes commands from the parent over IPC.
import Fastify from 'fastify';
import { sql, type Insertable } from 'kysely';
import type { Database } from '../src/server/db/schema.js';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Dialect } from '../src/server/db/connect.js';
import { buildApp } from '../src/server/app.js';
import { testConfig } from '../src/server/config.js';
import { hashToken } from '../src/server/lib/tokens.js';
import { createTestDatabase, type TestDatabase } from '../src/server/test/databases.js';
import { itemsOf } from '../src/server/test/items.js';
import { pairUp, type Person } from '../src/server/test/people.js';
import type { ItemsClient } from '../src/shared/client/index.js';

/** A command from the parent and what it gets back. */
export type TargetCommand =
  | { op: 'bodies'; n: number }
  | { op: 'shares'; n: number }
  | { op: 'seed'; couples: number; itemsPerPerson: number; sessions: number }
  | { op: 'memory' }
  | { op: 'gc' }
  | { op: 'close' };

const send = (msg: unknown): void => {
  process.send?.(msg);
};
const LIST_KIND = 'journal_entry';
// About 350 characters of writing: with padding, base64url and the key, ≈ 0.9 KB per listed item.
const TEXT = 'We talked for a long time after dinner about what the week had been like. '.repeat(5);

async function bare(): Promise<void> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as { port: number }).port;
  send({ ready: true, port });
  process.on('message', (m: TargetCommand) => {
    if (m.op === 'close') void app.close().then(() => process.exit(0));
    if (m.op === 'memory') send({ memory: process.memoryUsage() });
    if (m.op === 'gc') {
      globalThis.gc?.();
      send({ done: true });
    }
  });
}

async function mend(dialect: Dialect): Promise<void> {
  const database: TestDatabase = await createTestDatabase(dialect);
  // Production settings where they cost something: request logging at info, jobs polling each second.
  const config = testConfig({ logLevel: 'info', jobsPollMs: 1000, streamsPerUser: 100 });
  const app = await buildApp({ config, db: database.handle, logStream: { write: () => undefined } });
  await app.ready();
  const [ada, ben] = await pairUp(app, 'Ada', 'Ben');
  const adaItems: ItemsClient = await itemsOf(ada);
  const partner = (await ada.client.currentCouple())!.partner!;
  // Fifty items Ada wrote and shared with Ben: her list shows each with its readers.
  for (let i = 0; i < 50; i++) {
    const item = await adaItems.create(LIST_KIND, { text: `${TEXT} ${i}`, writtenOn: '2026-03-01' }, {});
    await adaItems.share(item, partner);
  }
  await app.listen({ host: '127.0.0.1', port: 0 });
  app.jobs.start();
  const port = (app.server.address() as { port: number }).port;
  const cookie = (p: Person) => p.transport.cookies.header() ?? '';
  send({ ready: true, port, cookies: { ada: cookie(ada), ben: cookie(ben) }, listKind: LIST_KIND, benId: ben.me.user.id });

  process.on('message', (m: TargetCommand) => {
    void handle(m).catch((err: unknown) => send({ error: String(err instanceof Error ? err.stack : err) }));
  });

  async function handle(m: TargetCommand): Promise<void> {
    if (m.op === 'close') {
      await app.close();
      await database.drop();
      process.exit(0);
    }
    if (m.op === 'memory') return send({ memory: process.memoryUsage() });
    if (m.op === 'gc') {
      globalThis.gc?.();
      return send({ done: true });
    }
    if (m.op === 'bodies') {
      // Real POST /api/items bodies (encrypted, signed, wrapped), built before the clock starts.
      const bodies: string[] = [];
      for (let i = 0; i < m.n; i++) bodies.push(JSON.stringify((await adaItems.prepareCreate('checkin', { date: '2026-03-01', trust: 5, safety: 5, hope: 5, mood: 5, note: `${TEXT.slice(0, 120)} ${i}` }, {})).body));
      return send({ bodies });
    }
    if (m.op === 'shares') {
      // Items Ada wrote, and for each the share request that tells Ben: the fan-out's trigger.
      const shares: { path: string; body: string }[] = [];
      for (let i = 0; i < m.n; i++) {
        const { body, partnerWrappedKey } = await adaItems.prepareCreate(LIST_KIND, { text: `shared ${i}`, writtenOn: '2026-03-01' }, {}, partner);
        const res = await ada.transport.raw('POST', '/api/items', body);
        if (res.status !== 201 && res.status !== 200) throw new Error(`create ${res.status} ${res.body}`);
        shares.push({ path: `/api/items/${body.id}/share`, body: JSON.stringify({ readerId: partner.id, wrappedKey: partnerWrappedKey }) });
      }
      return send({ shares });
    }
    if (m.op === 'seed') return send({ tokens: await seed(database, m.couples, m.itemsPerPerson, m.sessions) });
  }
}

/**
 * Other couples, inserted in batches straight into the tables (fake keys and ciphertext: the
 * reads under test never open them). Returns session tokens for the first `sessions` people.
 */
async function seed(database: TestDatabase, couples: number, itemsPerPerson: number, sessions: number): Promise<string[]> {
  const { db } = database.handle;
  const now = new Date();
  const t = now.toISOString();
  const later = new Date(now.getTime() + 11 * 3_600_000).toISOString();
  const key = () => randomBytes(32).toString('base64url');
  const blob = (n: number) => randomBytes(n).toString('base64url');
  const tokens: string[] = [];
  const BATCH = 400;
  for (let start = 0; start < couples; start += BATCH) {
    const users: Insertable<Database['users']>[] = [];
    const cs: Insertable<Database['couples']>[] = [];
    const members: Insertable<Database['couple_members']>[] = [];
    const items: Insertable<Database['items']>[] = [];
    const readers: Insertable<Database['item_readers']>[] = [];
    const used: Insertable<Database['used_item_ids']>[] = [];
    const sess: Insertable<Database['sessions']>[] = [];
    for (let c = start; c < Math.min(couples, start + BATCH); c++) {
      const coupleId = randomUUID();
      const pair = [randomUUID(), randomUUID()];
      for (const [k, id] of pair.entries()) {
        users.push({
          id, email: `seed${c}-${k}@example.org`, display_name: 'Seed', time_zone: 'UTC', kdf_salt: blob(16), kdf_params: '{}',
          auth_hash: 'x', recovery_auth_hash: 'x', master_key_wrapped: blob(60), recovery_wrapped: blob(60), enc_public_key: key(),
          sign_public_key: key(), enc_private_wrapped: blob(60), sign_private_wrapped: blob(60), created_at: t, updated_at: t,
        });
        members.push({ couple_id: coupleId, user_id: id, joined_at: t, left_at: null });
        if (tokens.length < sessions) {
          const token = randomBytes(32).toString('base64url');
          tokens.push(token);
          sess.push({ id: randomUUID(), user_id: id, token_hash: hashToken(token), device: 'bench', created_at: t, last_seen_at: t, idle_expires_at: later, absolute_expires_at: later });
        }
        for (let i = 0; i < itemsPerPerson; i++) {
          const itemId = randomUUID();
          const item = { id: itemId, author_id: id, couple_id: coupleId, kind: i % 2 ? LIST_KIND : 'checkin', version: 1, ciphertext: blob(553), signature: blob(64), state: '{}', created_at: t, updated_at: t, visible_from: null };
          items.push(item);
          used.push({ id: itemId });
          readers.push({ item_id: itemId, reader_id: id, kind: item.kind, wrapped_key: blob(73), added_at: t });
          readers.push({ item_id: itemId, reader_id: pair[1 - k]!, kind: item.kind, wrapped_key: blob(73), added_at: t });
        }
      }
      cs.push({ id: coupleId, created_by: pair[0]!, created_at: t, ended_at: null });
    }
    await db.transaction().execute(async (tx) => {
      // Kept under SQLite's bound-parameter limit per statement.
      const chunks = <T>(rows: T[], size: number) => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
      for (const c of chunks(users, 200)) await tx.insertInto('users').values(c).execute();
      for (const c of chunks(cs, 500)) await tx.insertInto('couples').values(c).execute();
      for (const c of chunks(members, 500)) await tx.insertInto('couple_members').values(c).execute();
      for (const c of chunks(sess, 300)) if (c.length) await tx.insertInto('sessions').values(c).execute();
      for (const c of chunks(items, 250)) await tx.insertInto('items').values(c).execute();
      for (const c of chunks(used, 1000)) await tx.insertInto('used_item_ids').values(c).execute();
      for (const c of chunks(readers, 500)) await tx.insertInto('item_readers').values(c).execute();
    });
  }
  // The planner's statistics, as autovacuum (or the operator) would keep them (docs/OPERATIONS.md).
  await sql`ANALYZE`.execute(db);
  return tokens;
}

const [mode, dialect] = process.argv.slice(2);
if (mode === 'bare') await bare();
else await mend(dialect === 'postgres' ? 'postgres' : 'sqlite');
