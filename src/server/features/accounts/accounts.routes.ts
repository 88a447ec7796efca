import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import {
  changePasswordRequestSchema,
  deleteAccountRequestSchema,
  keyParamsRequestSchema,
  newRecoveryKeyRequestSchema,
  recoveryCompleteRequestSchema,
  recoveryVerifyRequestSchema,
  signinRequestSchema,
  signupRequestSchema,
  updateProfileRequestSchema,
} from '../../../shared/api/auth.js';
import { deviceLabel } from '../../../core/device-label.js';
import { authOf, clearSessionCookie, deviceId, sessionCookieName, setSessionCookie } from '../../plugins/auth.js';
import { dummyHash, hashSecret, verifySecret } from '../../lib/argon.js';
import { AppError } from '../../lib/errors.js';
import { clear, enforce, hit, LIMITS_BY_PURPOSE, refund, SIGNIN_SLOWED_TRIES_PER_NETWORK } from '../../lib/rate-limit.js';
import { networkOf } from '../../lib/network.js';
import { hashToken, hmac, newToken } from '../../lib/tokens.js';
import { parseInput } from '../../lib/validate.js';
import { coupleMemberIds } from '../couples/couples.service.js';
import { createSession, deleteSessionsExcept, findLiveSession } from '../sessions/sessions.repo.js';
import * as repo from './accounts.repo.js';
import { bytesOf, deleteAccount, keyParamsFor, meFor, signup } from './accounts.service.js';
import type { SecurityEvent } from '../../../shared/api/notifications.js';
import { notifyOwner } from '../notifications/notifications.service.js';

const RECOVERY_TOKEN_MS = 15 * 60_000;

/** Sign-up, sign-in, sign-out, password change, recovery and the person's own profile. */
export function accountsRoutes(app: FastifyInstance): void {
  const { config } = app;
  const db = app.dbh.db;

  // Account-scoped buckets use a keyed hash of the email, so the table holds no addresses.
  const emailKey = (email: string) => hmac(config.secret, `email\0${email}`).toString('base64url');

  app.post('/api/auth/key-params', async (request) => {
    enforce(await hit(db, `kp:ip:${request.ip}`, LIMITS_BY_PURPOSE.keyParamsIp, app.clock.now()));
    const { email } = parseInput(keyParamsRequestSchema, request.body);
    return keyParamsFor(db, config.secret, email);
  });

  app.post('/api/auth/signup', async (request) => {
    enforce(await hit(db, `signup:ip:${request.ip}`, LIMITS_BY_PURPOSE.signupIp, app.clock.now()));
    const input = parseInput(signupRequestSchema, request.body);
    await signup(db, input, app.clock.now());
    return { status: 'accepted' as const };
  });

  // AUTH-09: the owner hears of new devices and credential changes; the partner never does.
  const notifyCtx = { emailAvailable: config.smtpUrl !== null };
  async function tellOwner(userId: string, event: SecurityEvent): Promise<void> {
    if (await notifyOwner(db, notifyCtx, userId, event, app.clock.now())) {
      await app.bus.publish({ userIds: [userId], event: { type: 'notifications.changed' } });
    }
  }

  async function openSession(request: FastifyRequest, reply: FastifyReply, userId: string) {
    const now = app.clock.now();
    // A new token on every sign-in (no fixation); the browser's old session, if any, ends.
    const old = request.cookies[sessionCookieName(config)];
    const { token, session } = await db.transaction().execute(async (trx) => {
      if (old) {
        const prior = await findLiveSession(trx, old, now);
        if (prior) await trx.deleteFrom('sessions').where('id', '=', prior.id).execute();
      }
      await repo.rememberDevice(trx, userId, hashToken(deviceId(request, reply, config)), now.toISOString());
      return createSession(trx, { userId, device: deviceLabel(request.headers['user-agent']), now, idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs });
    });
    setSessionCookie(reply, config, token, session.absoluteExpiresAt);
    return meFor(db, userId, session, now);
  }

  /**
   * A try from an unknown device (docs/SECURITY-NOTES.md, "Sign-in from a new device"). Its
   * network has its own allowance for this account, so one network's flood spends only its
   * own; the account's allowance for all unknown devices is shared, and once it is spent the
   * account is slowed down, not locked: one try a minute, each from a network that has made
   * few tries itself. The same for an email with no account (no enumeration).
   */
  async function reserveUnknownDeviceTry(account: string, networkBucket: string): Promise<void> {
    const network = await hit(db, networkBucket, LIMITS_BY_PURPOSE.signinUnknownNetwork, app.clock.now());
    enforce(network);
    if ((await hit(db, `signin:fail:${account}:unknown`, LIMITS_BY_PURPOSE.signinUnknownDevices, app.clock.now())).allowed) return;
    // A network that already made its few tries waits for its own window, whatever the minute allows.
    if (network.count > SIGNIN_SLOWED_TRIES_PER_NETWORK) enforce({ ...network, allowed: false, retryAfterSec: network.resetInSec });
    enforce(await hit(db, `signin:slowed:${account}`, LIMITS_BY_PURPOSE.signinSlowed, app.clock.now()));
  }

  app.post('/api/auth/signin', async (request, reply) => {
    enforce(await hit(db, `signin:ip:${request.ip}`, LIMITS_BY_PURPOSE.signinIp, app.clock.now()));
    const { email, authKey } = parseInput(signinRequestSchema, request.body);
    const user = await repo.findUserByEmail(db, email);
    const device = hashToken(deviceId(request, reply, config));
    const known = user ? await repo.isKnownDevice(db, user.id, device) : false;
    // Every try is counted (atomically) before the expensive check, not after: parallel
    // guesses each take a place, so no more than the allowances are ever evaluated.
    const bucket = known ? `signin:fail:${emailKey(email)}:${device}` : `signin:fail:${emailKey(email)}:net:${networkOf(request.ip)}`;
    if (known) enforce(await hit(db, bucket, LIMITS_BY_PURPOSE.signinKnownDevice, app.clock.now()));
    else await reserveUnknownDeviceTry(emailKey(email), bucket);
    const ok = await verifySecret(user?.auth_hash ?? (await dummyHash()), bytesOf(authKey));
    if (!user || !ok) {
      throw new AppError(401, 'signin_failed', "That email and password don't match an account. Check them and try again.");
    }
    await clear(db, bucket);
    // The right password is no failure: it gives back its place in the account's shared allowance.
    if (!known) await refund(db, `signin:fail:${emailKey(email)}:unknown`);
    // The very first sign-in (right after sign-up) is not a new device to warn about.
    const firstEver = !known && !(await repo.hasKnownDevices(db, user.id));
    const me = await openSession(request, reply, user.id);
    if (!known && !firstEver) await tellOwner(user.id, 'new_device');
    return me;
  });

  /** Ends the live event streams of sessions that just ended (on any server process), at once. */
  async function endStreams(userId: string, sessionIds: string[]): Promise<void> {
    for (const sessionId of sessionIds) await app.bus.publish({ userIds: [userId], sessionId, event: { type: 'session.ended' } });
  }

  app.post('/api/auth/signout', async (request, reply) => {
    const token = request.cookies[sessionCookieName(config)];
    if (token) {
      const session = await findLiveSession(db, token, app.clock.now());
      if (session) {
        await db.deleteFrom('sessions').where('id', '=', session.id).execute();
        await endStreams(session.userId, [session.id]);
      }
    }
    clearSessionCookie(reply, config);
    // The client wipes its key store itself; this clears the HTTP cache of any content.
    void reply.header('Clear-Site-Data', '"cache"');
    return reply.status(204).send();
  });

  app.get('/api/me', { onRequest: app.authenticate }, async (request) => {
    const auth = authOf(request);
    return meFor(db, auth.userId, auth.session, app.clock.now());
  });

  app.patch('/api/me', { onRequest: app.authenticate }, async (request) => {
    const auth = authOf(request);
    const patch = parseInput(updateProfileRequestSchema, request.body);
    const now = app.clock.now();
    await repo.updateUserProfile(db, auth.userId, {
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.timeZone !== undefined ? { time_zone: patch.timeZone } : {}),
      updated_at: now.toISOString(),
    });
    if (patch.displayName !== undefined) {
      const members = await coupleMemberIds(db, auth.userId);
      await app.bus.publish({ userIds: members.filter((id) => id !== auth.userId), event: { type: 'couple.changed' } });
    }
    return meFor(db, auth.userId, auth.session, now);
  });

  /**
   * A sensitive step's body, after proving the current password again (SESS-07): limited per
   * account, then the body's `currentAuthKey` must match, else 403 with a field message.
   */
  async function reauthenticated<T extends { currentAuthKey: string }>(userId: string, schema: ZodType<T>, body: unknown): Promise<T> {
    enforce(await hit(db, `reauth:${userId}`, LIMITS_BY_PURPOSE.reauthAccount, app.clock.now()));
    const input = parseInput(schema, body);
    const user = await repo.findUserById(db, userId);
    if (!user || !(await verifySecret(user.auth_hash, bytesOf(input.currentAuthKey)))) {
      throw new AppError(403, 'reauth_failed', "That current password isn't right.", { currentPassword: "That current password isn't right." });
    }
    return input;
  }

  app.post('/api/auth/password', { onRequest: app.authenticate }, async (request) => {
    const auth = authOf(request);
    const input = await reauthenticated(auth.userId, changePasswordRequestSchema, request.body);
    const authHash = await hashSecret(bytesOf(input.authKey));
    // Whoever knew the old password is signed out on every other device (SESS-06); this one stays.
    const ended = await db.transaction().execute(async (trx) => {
      await repo.updateUserAuth(trx, auth.userId, {
        kdf_salt: input.salt,
        kdf_params: JSON.stringify(input.kdf),
        auth_hash: authHash,
        master_key_wrapped: input.masterKeyWrapped,
        updated_at: app.clock.now().toISOString(),
      });
      return deleteSessionsExcept(trx, auth.userId, auth.session.id);
    });
    await endStreams(auth.userId, ended);
    await tellOwner(auth.userId, 'password_changed');
    return { ok: true as const, endedSessions: ended.length };
  });

  // A new recovery key (re-authenticated): the old one stops working at once, including a
  // recovery already begun with it. The owner is told, like any credential change (AUTH-09).
  app.post('/api/auth/recovery-key', { onRequest: app.authenticate }, async (request) => {
    const auth = authOf(request);
    const input = await reauthenticated(auth.userId, newRecoveryKeyRequestSchema, request.body);
    const recoveryHash = await hashSecret(bytesOf(input.recoveryAuth));
    await db.transaction().execute((trx) =>
      repo.replaceRecoveryKey(trx, auth.userId, { recovery_wrapped: input.recoveryWrapped, recovery_auth_hash: recoveryHash, updated_at: app.clock.now().toISOString() }),
    );
    await tellOwner(auth.userId, 'recovery_key_changed');
    return { ok: true as const };
  });

  // Deleting one's account: re-authenticated like a password change, done in one transaction.
  // No email is sent about it: every Mend email reads the same (SAFE-06), and a shared inbox
  // must not learn that someone left Mend.
  app.post('/api/me/delete', { onRequest: app.authenticate }, async (request, reply) => {
    const auth = authOf(request);
    await reauthenticated(auth.userId, deleteAccountRequestSchema, request.body);
    const told = await db.transaction().execute((trx) => deleteAccount(trx, app.dbh.dialect, auth.userId, auth.session.id, app.clock.now()));
    await endStreams(auth.userId, [...told.otherSessions, auth.session.id]);
    if (told.formerPartners.length) await app.bus.publish({ userIds: told.formerPartners, event: { type: 'couple.changed' } });
    clearSessionCookie(reply, config);
    void reply.header('Clear-Site-Data', '"cache"');
    return reply.status(204).send();
  });

  app.post('/api/auth/recovery/verify', async (request) => {
    enforce(await hit(db, `recovery:ip:${request.ip}`, LIMITS_BY_PURPOSE.recoveryIp, app.clock.now()));
    const { email, recoveryAuth } = parseInput(recoveryVerifyRequestSchema, request.body);
    const user = await repo.findUserByEmail(db, email);
    const ok = await verifySecret(user?.recovery_auth_hash ?? (await dummyHash()), bytesOf(recoveryAuth));
    if (!user || !ok) {
      // Only failures count against the account, and never against the right key: a 256-bit
      // key cannot be guessed, so a lock here would only let someone who knows the email
      // (a partner) keep the owner out of recovery. The per-address limit above bounds the work.
      enforce(await hit(db, `recovery:acct:${emailKey(email)}`, LIMITS_BY_PURPOSE.recoveryAccount, app.clock.now()));
      throw new AppError(401, 'recovery_failed', "That email and recovery key don't match an account. Check the words and try again.");
    }
    const token = newToken();
    const now = app.clock.now();
    const expiresAt = new Date(now.getTime() + RECOVERY_TOKEN_MS).toISOString();
    await repo.insertRecoveryToken(db, { token_hash: hashToken(token), user_id: user.id, created_at: now.toISOString(), expires_at: expiresAt, used_at: null });
    return { recoveryToken: token, recoveryWrapped: user.recovery_wrapped, expiresAt };
  });

  app.post('/api/auth/recovery/complete', async (request, reply) => {
    enforce(await hit(db, `recovery:ip:${request.ip}`, LIMITS_BY_PURPOSE.recoveryIp, app.clock.now()));
    const input = parseInput(recoveryCompleteRequestSchema, request.body);
    const authHash = await hashSecret(bytesOf(input.authKey));
    const now = app.clock.now();
    const { userId, ended } = await db.transaction().execute(async (trx) => {
      const id = await repo.consumeRecoveryToken(trx, hashToken(input.recoveryToken), now.toISOString());
      if (!id) throw new AppError(410, 'recovery_failed', 'This recovery step has expired. Please enter your recovery key again.');
      await repo.updateUserAuth(trx, id, {
        kdf_salt: input.salt,
        kdf_params: JSON.stringify(input.kdf),
        auth_hash: authHash,
        master_key_wrapped: input.masterKeyWrapped,
        updated_at: now.toISOString(),
      });
      // Whoever knew the old password is signed out everywhere.
      return { userId: id, ended: await deleteSessionsExcept(trx, id, null) };
    });
    await endStreams(userId, ended);
    const me = await openSession(request, reply, userId);
    await tellOwner(userId, 'password_recovered');
    return me;
  });
}
