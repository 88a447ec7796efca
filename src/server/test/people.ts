import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { b64urlEncode, PROD_KDF, randomBytes as randomKeyBytes, TEST_KDF } from '../../shared/crypto/index.js';
import { MendClient } from '../../shared/client/index.js';
import type { MeResponse } from '../../shared/api/me.js';
import { injectTransport, type InjectTransport } from '../lib/inject-transport.js';

/** A signed-up person driving the real API through the client library. */
export interface Person {
  name: string;
  email: string;
  password: string;
  recoveryWords: string;
  client: MendClient;
  transport: InjectTransport;
  me: MeResponse;
}

/** A client as a new device of someone (fast test KDF allowed). */
export function newDevice(app: FastifyInstance, opts: { ip?: string; userAgent?: string } = {}): { client: MendClient; transport: InjectTransport } {
  // Each device gets its own (made-up) address unless a test picks one, so per-IP limits
  // apply per device as they would in life; nothing is sent over a network.
  const transport = injectTransport(app, { ip: opts.ip ?? randomIp(), ...(opts.userAgent ? { userAgent: opts.userAgent } : {}) });
  return { transport, client: new MendClient(transport, { signupKdf: TEST_KDF, allowWeakKdf: true }) };
}

/** A random documentation-range address (TEST-NET-2). */
export const randomIp = (): string => `198.51.100.${1 + (randomBytes(1)[0]! % 254)}`;

/** Signs up a new person with a unique email. */
export async function signUp(app: FastifyInstance, name: string, opts: { ip?: string } = {}): Promise<Person> {
  const { client, transport } = newDevice(app, opts);
  const email = `${name.toLowerCase()}.${randomBytes(4).toString('hex')}@example.org`;
  const password = `correct horse ${randomBytes(6).toString('hex')} staple`;
  const { recoveryWords, me } = await client.signup({ email, password, displayName: name, timeZone: 'Europe/Warsaw' });
  return { name, email, password, recoveryWords, client, transport, me };
}

/** Two people paired through an invite; the first started the couple. */
export async function pairUp(app: FastifyInstance, a = 'Ada', b = 'Ben'): Promise<[Person, Person]> {
  const pa = await signUp(app, a);
  const pb = await signUp(app, b);
  await pa.client.startCouple();
  const invite = await pa.client.createInvite();
  await pb.client.join(invite.token);
  return [pa, pb];
}

/**
 * A well-formed sign-up body with random keys, as a script (not the client library) would
 * send it: for tests of what the server answers, not of the keys themselves.
 */
export function rawSignupBody(email: string, displayName = 'Someone') {
  const key = () => b64urlEncode(randomKeyBytes(32));
  const blob = 'AQ' + 'A'.repeat(60);
  return {
    email,
    displayName,
    timeZone: 'UTC',
    authKey: key(),
    salt: b64urlEncode(randomKeyBytes(16)),
    kdf: PROD_KDF,
    keys: { masterKeyWrapped: blob, recoveryWrapped: blob, recoveryAuth: key(), encPublicKey: key(), signPublicKey: key(), encPrivateWrapped: blob, signPrivateWrapped: blob },
  };
}
