import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { pairUp, signUp } from '../../test/people.js';

const dialects = await testDialects();


describe.each(dialects)('couples on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('starts a space alone, invites with a single-use link, and pairs', async () => {
    const ada = await signUp(t.app, 'Ada');
    const ben = await signUp(t.app, 'Ben');
    const solo = await ada.client.startCouple();
    expect(solo.partner).toBeNull();
    expect(await errorOf(ada.client.startCouple())).toEqual({ status: 409, code: 'already_in_couple' });

    const invite = await ada.client.createInvite();
    expect(invite.url).toBe(`http://localhost:3000/join#${invite.token}`);
    expect(invite.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    const hours = (Date.parse(invite.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
    // Only the hash is stored.
    const stored = await t.database.handle.db.selectFrom('invites').select('token_hash').where('id', '=', invite.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(invite.token);

    expect(await ben.client.previewInvite(invite.token)).toMatchObject({ inviterName: 'Ada' });
    expect(await errorOf(ada.client.join(invite.token))).toEqual({ status: 409, code: 'own_invite' });
    const joined = await ben.client.join(invite.token);
    expect(joined.partner).toMatchObject({ id: ada.me.user.id, displayName: 'Ada' });
    const adaView = await ada.client.currentCouple();
    expect(adaView?.partner).toMatchObject({ id: ben.me.user.id, displayName: 'Ben' });
    expect(adaView?.invites).toEqual([]);
    // "Together since" is one moment for both: when Ben joined, not each one's view of the other's join.
    expect(solo.pairedAt).toBeNull();
    const benView = await ben.client.currentCouple();
    expect(benView?.pairedAt).toBe(adaView?.pairedAt);
    expect(adaView?.pairedAt).toBe(adaView?.partner?.joinedAt);
    expect(Date.parse(adaView!.pairedAt!)).toBeGreaterThanOrEqual(Date.parse(benView!.partner!.joinedAt));

    // The link works once.
    const cy = await signUp(t.app, 'Cy');
    expect(await errorOf(cy.client.join(invite.token))).toEqual({ status: 410, code: 'invite_used' });
    // A full couple makes no more invites.
    expect(await errorOf(ada.client.createInvite())).toEqual({ status: 409, code: 'couple_full' });
  });

  it('shows the same safety code on both sides, and a different one with anyone else', async () => {
    const [ada, ben] = await pairUp(t.app);
    const adaCouple = (await ada.client.currentCouple())!;
    const benCouple = (await ben.client.currentCouple())!;
    const codeA = ada.client.safetyCodeWith(adaCouple.partner!);
    const codeB = ben.client.safetyCodeWith(benCouple.partner!);
    expect(codeA).toMatch(/^\d{4}( \d{4}){4}$/);
    expect(codeA).toBe(codeB);
    const [cy] = await pairUp(t.app, 'Cy', 'Dee');
    const cyCouple = (await cy.client.currentCouple())!;
    expect(cy.client.safetyCodeWith(cyCouple.partner!)).not.toBe(codeA);
  });

  it('limits open invites, revokes them, and explains every bad link', async () => {
    const ada = await signUp(t.app, 'Ada');
    const ben = await signUp(t.app, 'Ben');
    expect(await errorOf(ada.client.createInvite())).toEqual({ status: 409, code: 'not_in_couple' });
    await ada.client.startCouple();
    const invites = [await ada.client.createInvite(), await ada.client.createInvite(), await ada.client.createInvite()];
    expect(await errorOf(ada.client.createInvite())).toEqual({ status: 409, code: 'too_many_invites' });
    expect((await ada.client.currentCouple())!.invites).toHaveLength(3);

    await ada.client.revokeInvite(invites[0]!.id);
    expect(await errorOf(ben.client.join(invites[0]!.token))).toEqual({ status: 410, code: 'invite_revoked' });
    expect(await errorOf(ben.client.previewInvite(invites[0]!.token))).toEqual({ status: 410, code: 'invite_revoked' });
    // Ben cannot revoke Ada's invites.
    await ben.client.startCouple();
    expect(await errorOf(ben.client.revokeInvite(invites[1]!.id))).toEqual({ status: 404, code: 'not_found' });
    await ben.client.leave();

    await t.database.handle.db.updateTable('invites').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', invites[1]!.id).execute();
    expect(await errorOf(ben.client.join(invites[1]!.token))).toEqual({ status: 410, code: 'invite_expired' });
    expect(await errorOf(ben.client.join('A'.repeat(43)))).toEqual({ status: 404, code: 'invite_invalid' });
    const malformed = await ben.transport.raw('POST', '/api/couples/join', { token: 'short' });
    expect(malformed.status).toBe(400);
    expect((malformed.json as { error: { fields: Record<string, string> } }).error.fields.token).toBeTruthy();
  });

  it('refuses to join a second couple, or a couple that is already full', async () => {
    const [ada] = await pairUp(t.app);
    const cy = await signUp(t.app, 'Cy');
    await cy.client.startCouple();
    const cyInvite = await cy.client.createInvite();
    expect(await errorOf(ada.client.join(cyInvite.token))).toEqual({ status: 409, code: 'already_in_couple' });
    // Invites still open when the partner joined are withdrawn, so a third person cannot join.
    const eve = await signUp(t.app, 'Eve');
    const fay = await signUp(t.app, 'Fay');
    await eve.client.startCouple();
    const first = await eve.client.createInvite();
    const second = await eve.client.createInvite();
    await fay.client.join(first.token);
    const gus = await signUp(t.app, 'Gus');
    const third = await errorOf(gus.client.join(second.token));
    expect(third.status).toBe(410);
    expect((await eve.client.currentCouple())!.partner!.displayName).toBe('Fay');
  });

  it('lets exactly one of two people racing with two invites join', async () => {
    const ada = await signUp(t.app, 'Ada');
    await ada.client.startCouple();
    const [i1, i2] = [await ada.client.createInvite(), await ada.client.createInvite()];
    const ben = await signUp(t.app, 'Ben');
    const cy = await signUp(t.app, 'Cy');
    const results = await Promise.all([errorOf(ben.client.join(i1.token)), errorOf(cy.client.join(i2.token))]);
    expect(results.filter((r) => r.code === 'no error')).toHaveLength(1);
    const members = await t.database.handle.db.selectFrom('couple_members').select('user_id').where('left_at', 'is', null).where('couple_id', '=', (await ada.client.currentCouple())!.id).execute();
    expect(members).toHaveLength(2);
  });

  it('lets either partner leave at once, without approval, ending access for both', async () => {
    const [ada, ben] = await pairUp(t.app);
    await ben.client.leave();
    expect(await ada.client.currentCouple()).toBeNull();
    expect(await ben.client.currentCouple()).toBeNull();
    expect((await ada.client.me()).couple).toBeNull();
    expect(await errorOf(ben.client.leave())).toEqual({ status: 409, code: 'not_in_couple' });
    // Each is told when the space ended, the same moment for both.
    const endedA = (await ada.client.me()).endedCouple;
    expect(endedA?.endedAt).toBeTruthy();
    expect((await ben.client.me()).endedCouple).toEqual(endedA);
    // Both can start again, separately.
    await ada.client.startCouple();
    expect((await ada.client.currentCouple())!.partner).toBeNull();
  });

  it('tells the partner about a new display name, and only the display name and keys', async () => {
    const [ada, ben] = await pairUp(t.app);
    await ada.client.updateProfile({ displayName: 'Ada L.' });
    const view = (await ben.client.currentCouple())!;
    expect(view.partner!.displayName).toBe('Ada L.');
    expect(Object.keys(view.partner!).sort()).toEqual(['displayName', 'encPublicKey', 'id', 'joinedAt', 'signPublicKey']);
  });
});
