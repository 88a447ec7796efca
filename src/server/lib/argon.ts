import { hash, verify } from '@node-rs/argon2';

// OWASP's Argon2id floor (AUTH-08): 19 MiB, 2 passes, 1 lane. The input is already a
// high-entropy key derived in the client, so this guards a stolen database, not weak input.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// The binding's verify() accepts only valid UTF-8, so keys are hashed as their base64url
// text: the same 256 bits, in a form both hash() and verify() take.
const asText = (secret: Uint8Array): string => Buffer.from(secret).toString('base64url');

/** Argon2id (PHC string) of a client-derived key. */
export const hashSecret = (secret: Uint8Array): Promise<string> => hash(asText(secret), OPTIONS);

/** Verifies a client-derived key against its stored hash; false on any malformed input. */
export async function verifySecret(stored: string, secret: Uint8Array): Promise<boolean> {
  try {
    return await verify(stored, asText(secret));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** A hash to verify against when there is no account, so both paths take the same time. */
export const dummyHash = (): Promise<string> => (dummy ??= hashSecret(new Uint8Array(32)));
