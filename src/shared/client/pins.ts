import type { PartnerView } from '../api/couples.js';
import { keyFingerprint } from '../crypto/index.js';

/**
 * Where the client remembers the fingerprint it first saw for each person (trust on first
 * use). The web app backs it with IndexedDB, namespaced by the signed-in user.
 */
export interface PinStore {
  get(userId: string): string | null | Promise<string | null>;
  set(userId: string, fingerprint: string): void | Promise<void>;
}

/** A partner as far as pinning cares: who, and their two public keys (base64url). */
export type PinnedPerson = Pick<PartnerView, 'id' | 'encPublicKey' | 'signPublicKey'>;

/** What checkPartnerKeys found: first sight (now pinned), the pinned keys, or different keys. */
export type PinStatus = 'new' | 'same' | 'changed';

/** An in-memory PinStore for tests, the CLI, or a session without storage. */
export function memoryPinStore(initial: Record<string, string> = {}): PinStore {
  const pins = new Map(Object.entries(initial));
  return {
    get: (userId) => pins.get(userId) ?? null,
    set: (userId, fingerprint) => {
      pins.set(userId, fingerprint);
    },
  };
}

/**
 * Compare a partner's keys with the pin: pins on first use ('new'); on 'changed' the old
 * pin stays, so sharing stops until the person compares safety codes and calls
 * acceptPartnerKeys (ENCRYPTION.md "Trust in public keys").
 */
export async function checkPartnerKeys(store: PinStore, partner: PinnedPerson): Promise<PinStatus> {
  const fingerprint = keyFingerprint(partner);
  const pinned = await store.get(partner.id);
  if (pinned === null || pinned === undefined) {
    await store.set(partner.id, fingerprint);
    return 'new';
  }
  return pinned === fingerprint ? 'same' : 'changed';
}

/** Re-pin a partner's current keys after the two people compared safety codes. */
export async function acceptPartnerKeys(store: PinStore, partner: PinnedPerson): Promise<void> {
  await store.set(partner.id, keyFingerprint(partner));
}
