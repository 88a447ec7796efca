import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationsClient } from '../../../shared/client/index.js';
import { b64urlEncode, recoveryAuthKey, wordsToRecoveryKey } from '../../../shared/crypto/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { newDevice, pairUp, signUp } from '../../test/people.js';

const dialects = await testDialects();

describe.each(dialects)('a new recovery key on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('replaces the old key at once: the old words fail, even mid-recovery, and the new ones work', async () => {
    const ada = await signUp(t.app, 'Ada');
    // Someone holding the old words has begun a recovery (and holds its token) before the change.
    const thief = newDevice(t.app);
    const begun = await thief.transport.raw('POST', '/api/auth/recovery/verify', {
      email: ada.email,
      recoveryAuth: b64urlEncode(recoveryAuthKey(wordsToRecoveryKey(ada.recoveryWords))),
    });
    expect(begun.status).toBe(200);

    const words = await ada.client.newRecoveryKey(ada.password);
    expect(words.split(' ')).toHaveLength(24);
    expect(words).not.toBe(ada.recoveryWords);

    // The begun recovery cannot be completed any more.
    const { recoveryToken } = begun.json as { recoveryToken: string };
    const key = b64urlEncode(new Uint8Array(32));
    const complete = await thief.transport.raw('POST', '/api/auth/recovery/complete', {
      recoveryToken,
      authKey: key,
      salt: b64urlEncode(new Uint8Array(16)),
      kdf: { alg: 'argon2id', version: 1, memoryKiB: 65536, iterations: 3, parallelism: 1 },
      masterKeyWrapped: 'AQ' + 'A'.repeat(60),
    });
    expect(complete.status).toBe(410);
    // The old words are refused like any wrong key; the new ones recover the account.
    expect(await errorOf(newDevice(t.app).client.recover({ email: ada.email, recoveryWords: ada.recoveryWords, newPassword: 'a completely new passphrase here' }))).toEqual({
      status: 401,
      code: 'recovery_failed',
    });
    const back = await newDevice(t.app).client.recover({ email: ada.email, recoveryWords: words, newPassword: 'another new passphrase for ada' });
    expect(back.user.id).toBe(ada.me.user.id);
  });

  it('needs the current password, tells the owner only, and checks its input', async () => {
    const [ada, ben] = await pairUp(t.app);
    await expect(ada.client.newRecoveryKey('not the password at all')).rejects.toMatchObject({ code: 'wrong_password' });
    const wrongKey = await ada.transport.raw('POST', '/api/auth/recovery-key', { currentAuthKey: b64urlEncode(new Uint8Array(32)), recoveryWrapped: 'AQ' + 'A'.repeat(60), recoveryAuth: b64urlEncode(new Uint8Array(32)) });
    expect(wrongKey.status).toBe(403);
    expect((wrongKey.json as { error: { fields: Record<string, string> } }).error.fields.currentPassword).toBeTruthy();
    expect((await ada.transport.raw('POST', '/api/auth/recovery-key', { currentAuthKey: 'short' })).status).toBe(400);
    expect((await newDevice(t.app).transport.raw('POST', '/api/auth/recovery-key', {})).status).toBe(401);

    const benBefore = JSON.stringify(await new NotificationsClient(ben.client).list());
    await ada.client.newRecoveryKey(ada.password);
    const adaNotes = (await new NotificationsClient(ada.client).list()).notifications;
    expect(adaNotes.filter((n) => n.detail === 'recovery_key_changed')).toHaveLength(1);
    expect(JSON.stringify(await new NotificationsClient(ben.client).list())).toBe(benBefore);
    // Other devices stay signed in; only the recovery key changed.
    expect((await ada.transport.raw('GET', '/api/me')).status).toBe(200);
  });
});
