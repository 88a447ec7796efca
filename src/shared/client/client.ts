import { type z } from 'zod';
import {
  keyParamsResponseSchema,
  okResponseSchema,
  changePasswordResponseSchema,
  recoveryVerifyResponseSchema,
  signupResponseSchema,
  type KdfParams,
} from '../api/auth.js';
import {
  coupleResponseSchema,
  createInviteResponseSchema,
  currentCoupleResponseSchema,
  invitePreviewResponseSchema,
  type CoupleView,
  type CreateInviteResponse,
  type PartnerView,
} from '../api/couples.js';
import { meResponseSchema, revokeOthersResponseSchema, sessionListResponseSchema, type MeResponse, type SessionView } from '../api/me.js';
import {
  assertKdfAcceptable,
  b64urlDecode,
  b64urlEncode,
  createAccountKeys,
  CryptoError,
  deriveFromPassword,
  MIN_SALT_BYTES,
  PROD_KDF,
  randomBytes,
  recoveryAuthKey,
  recoveryKeyToWords,
  safetyCode,
  unwrapAccountKeys,
  unwrapMasterKey,
  unwrapMasterKeyWithRecovery,
  wipe,
  wordsToRecoveryKey,
  wrapAccountKeys,
  wrapMasterKey,
  wrapMasterKeyForRecovery,
  type KeyPair,
} from '../crypto/index.js';
import { checkPassword, type PasswordContext } from '../password-policy.js';
import { ApiRequestError, isApiError } from './errors.js';
import type { Transport, TransportResponse } from './transport.js';

/** Options of MendClient. */
export interface MendClientOptions {
  /** KDF parameters for new passwords (sign-up, change, recovery); PROD_KDF unless a test says otherwise. */
  signupKdf?: KdfParams;
  /** Accept KDF parameters below the production minimum: tests only (CRYPTO-09). */
  allowWeakKdf?: boolean;
}

/** The unlocked keys of the signed-in person; lock() wipes these very arrays. */
export interface ClientKeys {
  readonly userId: string;
  readonly masterKey: Uint8Array;
  readonly encKeyPair: KeyPair;
  readonly signKeyPair: KeyPair;
}

/** Input of MendClient.signup. */
export interface SignupInput {
  email: string;
  password: string;
  displayName: string;
  timeZone: string;
}


/** What a new password yields: fresh salt, the KDF used, and its two keys. */
interface NewPasswordKeys {
  salt: Uint8Array;
  kdf: KdfParams;
  authKey: Uint8Array;
  kek: Uint8Array;
}

const SIGNUP_FAILED_MESSAGE =
  "We couldn't finish creating your account. If you already have a Mend account with this email, sign in instead.";

/** Trim and lower-case, as the server's emailSchema does, so both sides mean the same account. */
function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A typed Mend API client that also does the client side of the encryption: it derives
 * keys from the password locally (the password itself is never sent or logged), keeps the
 * unlocked keys in memory, and parses every answer with the contract's zod schemas.
 * Used by the web app, the API tests and the CLI.
 */
export class MendClient {
  readonly #transport: Transport;
  readonly #signupKdf: KdfParams;
  readonly #allowWeak: boolean;
  #keys: ClientKeys | null = null;

  constructor(transport: Transport, opts: MendClientOptions = {}) {
    this.#transport = transport;
    this.#allowWeak = opts.allowWeakKdf ?? false;
    this.#signupKdf = opts.signupKdf ?? PROD_KDF;
    // Fail at construction, not at sign-up, when a weak KDF is configured without permission.
    assertKdfAcceptable(this.#signupKdf, { allowWeak: this.#allowWeak });
  }

  // ── HTTP plumbing ──────────────────────────────────────────────────────────

  async #request(method: string, path: string, body?: unknown): Promise<TransportResponse> {
    let res: TransportResponse;
    try {
      res = await this.#transport.request(method, path, body);
    } catch (e) {
      if (e instanceof ApiRequestError) throw e;
      throw ApiRequestError.network(e);
    }
    if (res.status < 200 || res.status >= 300) throw ApiRequestError.fromResponse(res.status, res.body);
    return res;
  }

  async #call<S extends z.ZodType>(method: string, path: string, body: unknown, schema: S): Promise<z.output<S>> {
    const res = await this.#request(method, path, body);
    const parsed = schema.safeParse(res.body);
    if (!parsed.success) throw ApiRequestError.badResponse(res.status);
    return parsed.data;
  }

  /** A typed call for feature clients (items, drafts): answers parsed with the contract's schema. */
  call<S extends z.ZodType>(method: string, path: string, body: unknown, schema: S): Promise<z.output<S>> {
    return this.#call(method, path, body, schema);
  }

  /** A call whose answer has no body (204). */
  callNoContent(method: string, path: string, body?: unknown): Promise<void> {
    return this.#callNoContent(method, path, body);
  }

  async #callNoContent(method: string, path: string, body?: unknown): Promise<void> {
    await this.#request(method, path, body);
  }

  /** Salt and KDF parameters for an email, refused when below the production minimum. */
  async #keyParams(email: string): Promise<{ salt: Uint8Array; kdf: KdfParams }> {
    const res = await this.#call('POST', '/api/auth/key-params', { email }, keyParamsResponseSchema);
    assertKdfAcceptable(res.kdf, { allowWeak: this.#allowWeak });
    let salt: Uint8Array;
    try {
      salt = b64urlDecode(res.salt);
    } catch {
      throw ApiRequestError.badResponse(200);
    }
    if (salt.length < MIN_SALT_BYTES) throw new CryptoError('bad_kdf');
    return { salt, kdf: res.kdf };
  }

  async #derive(password: string, salt: Uint8Array, kdf: KdfParams) {
    return deriveFromPassword(password, salt, kdf, { allowWeak: this.#allowWeak });
  }

  /** Fresh salt, KDF parameters and keys for a new password. */
  async #newPasswordKeys(password: string): Promise<NewPasswordKeys> {
    const salt = randomBytes(16);
    const kdf = this.#signupKdf;
    const keys = await this.#derive(password, salt, kdf);
    return { salt, kdf, ...keys };
  }

  /** Run the password policy locally (the server cannot: it never sees the password). */
  async #enforcePolicy(password: string, ctx: PasswordContext, field: string): Promise<void> {
    const r = await checkPassword(password, ctx);
    if (!r.ok) {
      throw new ApiRequestError({ status: 0, code: 'validation_failed', message: r.message, fields: { [field]: r.message } });
    }
  }

  /** Unwrap the master key with a password kek; a failure here means the password was wrong. */
  #masterFromKek(kek: Uint8Array, me: MeResponse): Uint8Array {
    try {
      return unwrapMasterKey(kek, me.keys.masterKeyWrapped);
    } catch (e) {
      if (e instanceof CryptoError && e.code === 'decrypt_failed') throw new CryptoError('wrong_password');
      throw e;
    }
  }

  #unlockWithKek(kek: Uint8Array, me: MeResponse): void {
    const master = this.#masterFromKek(kek, me);
    try {
      this.#setKeys(master, me);
    } finally {
      wipe(master);
    }
  }

  #setKeys(masterKey: Uint8Array, me: MeResponse): void {
    if (!(masterKey instanceof Uint8Array) || masterKey.length !== 32) throw new CryptoError('bad_key');
    // Copy first: the caller may pass the very array lock() is about to zero.
    const copy = masterKey.slice();
    let unlocked;
    try {
      unlocked = unwrapAccountKeys(copy, me.keys);
    } catch (e) {
      wipe(copy);
      throw e;
    }
    this.lock();
    this.#keys = { userId: me.user.id, masterKey: copy, ...unlocked };
  }

  // ── Keys in memory ─────────────────────────────────────────────────────────

  /** True while the private keys are in memory. */
  get unlocked(): boolean {
    return this.#keys !== null;
  }

  /** The unlocked keys (do not keep references: lock() zeroes them); throws CryptoError 'locked' when locked. */
  get keys(): ClientKeys {
    if (!this.#keys) throw new CryptoError('locked');
    return this.#keys;
  }

  /** Zero and drop every key held in memory (sign-out, auto-lock). */
  lock(): void {
    const k = this.#keys;
    this.#keys = null;
    if (k) wipe(k.masterKey, k.encKeyPair.privateKey, k.signKeyPair.privateKey);
  }

  /** Unlock from a master key kept by the web app (e.g. IndexedDB, wrapped by a non-extractable WebCrypto key). */
  async unlockWithMasterKey(masterKey: Uint8Array, me: MeResponse): Promise<void> {
    this.#setKeys(masterKey, me);
  }

  /** A copy of the master key, so the web app can keep it wrapped across reloads; throws when locked. */
  exportMasterKey(): Uint8Array {
    return this.keys.masterKey.slice();
  }

  /** Unlock a live session after a reload with the password (checked locally; nothing is sent but the email). */
  async unlock(password: string): Promise<MeResponse> {
    const me = await this.me();
    const { salt, kdf } = await this.#keyParams(me.user.email);
    const { authKey, kek } = await this.#derive(password, salt, kdf);
    try {
      this.#unlockWithKek(kek, me);
      return me;
    } finally {
      wipe(authKey, kek);
    }
  }

  /** The safety code to compare in person with a partner (symmetric: both see the same digits). */
  safetyCodeWith(partner: Pick<PartnerView, 'encPublicKey' | 'signPublicKey'>): string {
    const k = this.keys;
    return safetyCode(
      { encPublicKey: b64urlEncode(k.encKeyPair.publicKey), signPublicKey: b64urlEncode(k.signKeyPair.publicKey) },
      { encPublicKey: partner.encPublicKey, signPublicKey: partner.signPublicKey },
    );
  }

  // ── Accounts ───────────────────────────────────────────────────────────────

  /**
   * Create an account: keys are made here, the server gets only authKey, wrapped blobs and
   * public keys. Then sign in and unlock. `recoveryWords` must be shown to the person once.
   * Sign-up never reveals whether an email is taken: that surfaces as 'signup_failed'.
   */
  async signup(input: SignupInput): Promise<{ recoveryWords: string; me: MeResponse }> {
    const email = normaliseEmail(input.email);
    await this.#enforcePolicy(input.password, { email, displayName: input.displayName }, 'password');
    const { salt, kdf, authKey, kek } = await this.#newPasswordKeys(input.password);
    const account = createAccountKeys();
    try {
      await this.#call(
        'POST',
        '/api/auth/signup',
        {
          email,
          displayName: input.displayName,
          timeZone: input.timeZone,
          authKey: b64urlEncode(authKey),
          salt: b64urlEncode(salt),
          kdf,
          keys: wrapAccountKeys(account, kek),
        },
        signupResponseSchema,
      );
      let me: MeResponse;
      try {
        me = await this.#call('POST', '/api/auth/signin', { email, authKey: b64urlEncode(authKey) }, meResponseSchema);
      } catch (e) {
        if (isApiError(e, 'signin_failed')) {
          throw new ApiRequestError({ status: e.status, code: 'signup_failed', message: SIGNUP_FAILED_MESSAGE });
        }
        throw e;
      }
      this.#unlockWithKek(kek, me);
      return { recoveryWords: recoveryKeyToWords(account.recoveryKey), me };
    } finally {
      wipe(authKey, kek, account.masterKey, account.recoveryKey, account.encKeyPair.privateKey, account.signKeyPair.privateKey);
    }
  }

  /** Sign in: refuse weak server-sent KDF parameters, derive locally, send only authKey, then unlock. */
  async signin(input: { email: string; password: string }): Promise<MeResponse> {
    const email = normaliseEmail(input.email);
    const { salt, kdf } = await this.#keyParams(email);
    const { authKey, kek } = await this.#derive(input.password, salt, kdf);
    try {
      const me = await this.#call('POST', '/api/auth/signin', { email, authKey: b64urlEncode(authKey) }, meResponseSchema);
      this.#unlockWithKek(kek, me);
      return me;
    } finally {
      wipe(authKey, kek);
    }
  }

  /** End this session on the server and wipe the keys here (even if the server cannot be reached). */
  async signout(): Promise<void> {
    try {
      await this.#callNoContent('POST', '/api/auth/signout');
    } finally {
      this.lock();
    }
  }

  /** The signed-in person, their key bundle, couple and session. */
  async me(): Promise<MeResponse> {
    return this.#call('GET', '/api/me', undefined, meResponseSchema);
  }

  /** Change display name and/or time zone. */
  async updateProfile(patch: { displayName?: string; timeZone?: string }): Promise<MeResponse> {
    return this.#call('PATCH', '/api/me', patch, meResponseSchema);
  }

  /** The person's own signed-in devices. */
  async sessions(): Promise<SessionView[]> {
    return (await this.#call('GET', '/api/sessions', undefined, sessionListResponseSchema)).sessions;
  }

  /** End one of the person's own sessions. */
  async revokeSession(id: string): Promise<void> {
    await this.#callNoContent('DELETE', `/api/sessions/${encodeURIComponent(id)}`);
  }

  /** End every session but this one; returns how many ended. */
  async revokeOtherSessions(): Promise<number> {
    return (await this.#call('POST', '/api/sessions/revoke-others', undefined, revokeOthersResponseSchema)).ended;
  }

  /**
   * Change the password: the current one is checked locally (it must unwrap the master
   * key) and proven to the server by its authKey; only the master key is re-wrapped. Every
   * other device is signed out; the answer says how many.
   */
  async changePassword(currentPassword: string, newPassword: string): Promise<{ endedSessions: number }> {
    const me = await this.me();
    await this.#enforcePolicy(newPassword, { email: me.user.email, displayName: me.user.displayName }, 'newPassword');
    const current = await this.#keyParams(me.user.email);
    const cur = await this.#derive(currentPassword, current.salt, current.kdf);
    let master: Uint8Array | undefined;
    let next: NewPasswordKeys | undefined;
    try {
      master = this.#masterFromKek(cur.kek, me);
      next = await this.#newPasswordKeys(newPassword);
      const masterKeyWrapped = wrapMasterKey(next.kek, master);
      const { endedSessions } = await this.#call(
        'POST',
        '/api/auth/password',
        {
          currentAuthKey: b64urlEncode(cur.authKey),
          authKey: b64urlEncode(next.authKey),
          salt: b64urlEncode(next.salt),
          kdf: next.kdf,
          masterKeyWrapped,
        },
        changePasswordResponseSchema,
      );
      if (!this.#keys) this.#setKeys(master, me);
      return { endedSessions };
    } finally {
      wipe(cur.authKey, cur.kek, master, next?.authKey, next?.kek);
    }
  }

  /** Checks the password locally (it must unwrap the master key) before a sensitive step such as an export. */
  async checkPassword(password: string): Promise<void> {
    wipe(await this.#provePassword(password));
  }

  /**
   * Delete the account for good. The password is checked locally first (it must unwrap the
   * master key) and proven to the server by its authKey; afterwards this client is locked.
   */
  async deleteAccount(currentPassword: string): Promise<void> {
    const authKey = await this.#provePassword(currentPassword);
    try {
      await this.#callNoContent('POST', '/api/me/delete', { currentAuthKey: b64urlEncode(authKey) });
    } finally {
      wipe(authKey);
    }
    this.lock();
  }

  /** The authKey of `password` after checking locally that it unwraps the master key (`wrong_password` if not). */
  async #provePassword(password: string): Promise<Uint8Array> {
    const me = await this.me();
    const current = await this.#keyParams(me.user.email);
    const cur = await this.#derive(password, current.salt, current.kdf);
    try {
      wipe(this.#masterFromKek(cur.kek, me));
    } catch (e) {
      wipe(cur.authKey);
      throw e;
    } finally {
      wipe(cur.kek);
    }
    return cur.authKey;
  }

  /**
   * Makes a new recovery key: the password is checked locally and proven to the server, the
   * master key is wrapped under a fresh recovery key, and the old key stops working at once.
   * Returns the new 24 words, to be shown once.
   */
  async newRecoveryKey(currentPassword: string): Promise<string> {
    const master = this.keys.masterKey;
    const authKey = await this.#provePassword(currentPassword);
    const recoveryKey = randomBytes(32);
    const recoveryAuth = recoveryAuthKey(recoveryKey);
    try {
      await this.#call(
        'POST',
        '/api/auth/recovery-key',
        { currentAuthKey: b64urlEncode(authKey), recoveryWrapped: wrapMasterKeyForRecovery(recoveryKey, master), recoveryAuth: b64urlEncode(recoveryAuth) },
        okResponseSchema,
      );
      return recoveryKeyToWords(recoveryKey);
    } finally {
      wipe(authKey, recoveryKey, recoveryAuth);
    }
  }

  /**
   * Forgotten password: the recovery words prove themselves to the server, unwrap the
   * master key locally, and a new password re-wraps it. Every other session ends.
   */
  async recover(input: { email: string; recoveryWords: string; newPassword: string }): Promise<MeResponse> {
    const email = normaliseEmail(input.email);
    const recoveryKey = wordsToRecoveryKey(input.recoveryWords);
    let master: Uint8Array | undefined;
    let next: NewPasswordKeys | undefined;
    const auth = recoveryAuthKey(recoveryKey);
    try {
      await this.#enforcePolicy(input.newPassword, { email }, 'newPassword');
      const verified = await this.#call(
        'POST',
        '/api/auth/recovery/verify',
        { email, recoveryAuth: b64urlEncode(auth) },
        recoveryVerifyResponseSchema,
      );
      master = unwrapMasterKeyWithRecovery(recoveryKey, verified.recoveryWrapped);
      next = await this.#newPasswordKeys(input.newPassword);
      const me = await this.#call(
        'POST',
        '/api/auth/recovery/complete',
        {
          recoveryToken: verified.recoveryToken,
          authKey: b64urlEncode(next.authKey),
          salt: b64urlEncode(next.salt),
          kdf: next.kdf,
          masterKeyWrapped: wrapMasterKey(next.kek, master),
        },
        meResponseSchema,
      );
      // Unwrap from what the server now stores, so a bad save shows up at once.
      this.#unlockWithKek(next.kek, me);
      return me;
    } finally {
      wipe(recoveryKey, auth, master, next?.authKey, next?.kek);
    }
  }

  // ── Couples ────────────────────────────────────────────────────────────────

  /** The viewer's couple space, or null. */
  async currentCouple(): Promise<CoupleView | null> {
    return (await this.#call('GET', '/api/couples/current', undefined, currentCoupleResponseSchema)).couple;
  }

  /** Start a couple space (alone, until the partner joins by invite). */
  async startCouple(): Promise<CoupleView> {
    return (await this.#call('POST', '/api/couples', undefined, coupleResponseSchema)).couple;
  }

  /** A new invite; the token is shown only now (the link carries it in the fragment). */
  async createInvite(): Promise<CreateInviteResponse> {
    return this.#call('POST', '/api/couples/invites', undefined, createInviteResponseSchema);
  }

  /** Withdraw an open invite. */
  async revokeInvite(id: string): Promise<void> {
    await this.#callNoContent('DELETE', `/api/couples/invites/${encodeURIComponent(id)}`);
  }

  /** Who sent an invite (works without signing in). */
  async previewInvite(token: string): Promise<{ inviterName: string; expiresAt: string }> {
    return this.#call('POST', '/api/couples/invites/preview', { token }, invitePreviewResponseSchema);
  }

  /** Join the inviter's couple space. */
  async join(token: string): Promise<CoupleView> {
    return (await this.#call('POST', '/api/couples/join', { token }, coupleResponseSchema)).couple;
  }

  /** Leave the couple; it ends for both at once (no approval needed, SAFE-03). */
  async leave(): Promise<void> {
    await this.#callNoContent('POST', '/api/couples/leave');
  }
}
