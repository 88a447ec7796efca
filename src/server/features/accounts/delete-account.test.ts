import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b64urlEncode, randomBytes } from '../../../shared/crypto/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorCode, errorOf } from '../../test/errors.js';
import { newDevice, signUp } from '../../test/people.js';
import { couple } from '../../test/sides.js';

const dialects = await testDialects();

describe.each(dialects)('deleting one’s account on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  /** How many rows of each table still name the person. */
  async function rowsNaming(userId: string): Promise<Record<string, number>> {
    const where: [string, string][] = [
      ['users', 'id'],
      ['items', 'author_id'],
      ['item_readers', 'reader_id'],
      ['sessions', 'user_id'],
      ['known_devices', 'user_id'],
      ['drafts', 'author_id'],
      ['couple_members', 'user_id'],
      ['notifications', 'user_id'],
      ['notification_settings', 'user_id'],
      ['invites', 'created_by'],
    ];
    const out: Record<string, number> = {};
    for (const [table, column] of where) {
      const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${userId}`.execute(t.database.handle.db);
      out[table] = Number(rows[0]?.n ?? 0);
    }
    return out;
  }

  it('refuses without the right password, and changes nothing', async () => {
    const ada = await signUp(t.app, 'Ada');
    // The client checks the password locally first: a wrong one never reaches the server.
    await expect(ada.client.deleteAccount('not my password at all')).rejects.toMatchObject({ code: 'wrong_password' });
    const raw = await ada.transport.raw('POST', '/api/me/delete', { currentAuthKey: b64urlEncode(randomBytes(32)) });
    expect(raw.status).toBe(403);
    const body = raw.json as { error: { code: string; fields?: Record<string, string> } };
    expect(body.error.code).toBe('reauth_failed');
    expect(body.error.fields?.currentPassword).toBeTruthy();
    expect((await ada.client.me()).user.id).toBe(ada.me.user.id);
    expect((await rowsNaming(ada.me.user.id)).users).toBe(1);
  });

  it('answers bad input with field messages and a stranger with 401', async () => {
    const ada = await signUp(t.app, 'Ada');
    const missing = await ada.transport.raw('POST', '/api/me/delete', {});
    expect(missing.status).toBe(400);
    expect((missing.json as { error: { fields?: Record<string, string> } }).error.fields?.currentAuthKey).toBeTruthy();
    const extra = await ada.transport.raw('POST', '/api/me/delete', { currentAuthKey: b64urlEncode(randomBytes(32)), userId: 'someone-else' });
    expect(extra.status).toBe(400);
    const short = await ada.transport.raw('POST', '/api/me/delete', { currentAuthKey: 'abc' });
    expect(short.status).toBe(400);
    const stranger = newDevice(t.app);
    expect((await stranger.transport.raw('POST', '/api/me/delete', { currentAuthKey: b64urlEncode(randomBytes(32)) })).status).toBe(401);
    expect((await rowsNaming(ada.me.user.id)).users).toBe(1);
  });

  it('deletes everything that is theirs, ends the couple space, and leaves the partner’s own writing', async () => {
    const [ada, ben] = await couple(t.app);
    const adaId = ada.person.me.user.id;
    const benId = ben.person.me.user.id;
    const adaPrivate = await ada.items.create('disclosure', { text: 'only mine' }, {});
    const adaShared = await ada.items.share(await ada.items.create('disclosure', { text: 'for Ben' }, {}), ada.partner);
    const benShared = await ben.items.share(await ben.items.create('disclosure', { text: 'for Ada' }, {}), ben.partner);
    const benPrivate = await ben.items.create('disclosure', { text: 'Ben alone' }, {});
    await ada.items.putDraft('journal:new', ada.items.sealDraft('journal:new', { text: 'half a thought' }));
    expect((await ben.items.get(adaShared.id)).content).toEqual({ text: 'for Ben' });
    // Ada is also signed in on her phone.
    const phone = newDevice(t.app);
    await phone.client.signin({ email: ada.person.email, password: ada.person.password });

    await ada.person.client.deleteAccount(ada.person.password);

    // Every row naming Ada is gone.
    expect(await rowsNaming(adaId)).toEqual({
      users: 0,
      items: 0,
      item_readers: 0,
      sessions: 0,
      known_devices: 0,
      drafts: 0,
      couple_members: 0,
      notifications: 0,
      notification_settings: 0,
      invites: 0,
    });
    const db = t.database.handle.db;
    expect(await db.selectFrom('items').select('id').where('id', 'in', [adaPrivate.id, adaShared.id]).execute()).toEqual([]);
    // Both of Ada's devices are signed out.
    expect((await errorOf(ada.person.client.me())).status).toBe(401);
    expect((await errorOf(phone.client.me())).status).toBe(401);
    // Ben: no couple space any more, nothing of Ada's, all of his own.
    expect(await ben.person.client.currentCouple()).toBeNull();
    expect((await errorOf(ben.items.get(adaShared.id))).status).toBe(404);
    const benList = await ben.items.list('disclosure');
    expect(benList.map((i) => i.id).sort()).toEqual([benShared.id, benPrivate.id].sort());
    expect((await ben.items.get(benShared.id)).content).toEqual({ text: 'for Ada' });
    expect((await rowsNaming(benId)).users).toBe(1);
    // Signing in as Ada now fails exactly like an unknown email.
    const again = newDevice(t.app);
    expect(await errorCode(again.client.signin({ email: ada.person.email, password: ada.person.password }))).toBe('signin_failed');
  });

  it('tells the partner who remains when their couple space ended, and which of their items had reached Ada (issue 12)', async () => {
    const [ada, ben] = await couple(t.app);
    const coupleId = (await ben.person.client.currentCouple())!.id;
    const sent = await ben.items.share(await ben.items.create('note', { text: 'Thank you for today' }, { deliverAt: null }), ben.partner);
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const waiting = await ben.items.share(await ben.items.create('note', { text: 'For Friday' }, { deliverAt: later }), ben.partner);
    const kept = await ben.items.create('note', { text: 'never sent' }, { deliverAt: null });
    const milestone = await ben.items.share(await ben.items.create('milestone', { type: 'milestone', title: 'A month' }, {}), ben.partner);
    expect((await ben.person.client.me()).endedCouple).toBeNull();

    await ada.person.client.deleteAccount(ada.person.password);

    const me = await ben.person.client.me();
    expect(me.couple).toBeNull();
    expect(me.endedCouple?.id).toBe(coupleId);
    expect(Date.parse(me.endedCouple!.endedAt)).toBeGreaterThan(Date.parse(sent.createdAt) - 1);
    const notes = new Map((await ben.items.list('note')).map((n) => [n.id, n]));
    // Delivered: it had reached Ada until the space ended. Still scheduled, or never shared: it had not.
    expect(notes.get(sent.id)?.sharedUntil).toBe(me.endedCouple!.endedAt);
    expect(notes.get(sent.id)?.sharedWith).toEqual([]);
    expect(notes.get(waiting.id)?.sharedUntil).toBeUndefined();
    expect(notes.get(kept.id)?.sharedUntil).toBeUndefined();
    expect((await ben.items.get(milestone.id)).sharedUntil).toBe(me.endedCouple!.endedAt);

    // A new couple space: the ended one is no longer what the app talks about.
    await ben.person.client.startCouple();
    expect((await ben.person.client.me()).endedCouple).toBeNull();
  });

  it('works outside a couple space too, and the email can start afresh', async () => {
    const cy = await signUp(t.app, 'Cy');
    await cy.client.deleteAccount(cy.password);
    expect((await rowsNaming(cy.me.user.id)).users).toBe(0);
    const fresh = newDevice(t.app);
    const { me } = await fresh.client.signup({ email: cy.email, password: 'another long passphrase for Cy', displayName: 'Cy', timeZone: 'Europe/Warsaw' });
    expect(me.user.id).not.toBe(cy.me.user.id);
    expect(me.couple).toBeNull();
  });
});
