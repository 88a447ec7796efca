import { randomBytes } from 'node:crypto';
import { cookieJarOf, fetchTransport, MendClient } from '../../src/shared/client/index.js';

/** Someone who already has an account (made through the client library, as a script would). */
export interface Account {
  name: string;
  email: string;
  password: string;
  client: MendClient;
  /** The device cookie the account was made with: a browser given it is the same, known device. */
  deviceCookie: string | null;
}

/** An account on its own (no couple), made over HTTP with production key-derivation parameters. */
export async function freshAccount(baseUrl: string, name: string, tag = randomBytes(4).toString('hex')): Promise<Account> {
  const transport = fetchTransport({ baseUrl, cookies: true });
  const client = new MendClient(transport);
  const email = `${name.toLowerCase()}.${tag}@example.org`;
  const password = `a private passphrase for ${name} ${tag}`;
  await client.signup({ email, password, displayName: name, timeZone: 'Europe/Warsaw' });
  const device = /(?:^|;\s*)mend_device=([^;]+)/.exec(cookieJarOf.get(transport)?.header() ?? '')?.[1] ?? null;
  return { name, email, password, client, deviceCookie: device };
}

/**
 * Two accounts, paired through a real invite, made over HTTP with production key-derivation
 * parameters (the browser refuses weaker ones): a faster start for tests about later steps.
 */
export async function pairedAccounts(baseUrl: string, names: [string, string] = ['Ada', 'Ben']): Promise<[Account, Account]> {
  const tag = randomBytes(4).toString('hex');
  const [a, b] = await Promise.all(names.map((name) => freshAccount(baseUrl, name, tag)));
  await a!.client.startCouple();
  await b!.client.join((await a!.client.createInvite()).token);
  return [a!, b!];
}
