import type { PartnerView } from '../api/couples.js';
import { keyFingerprint } from '../crypto/index.js';
import type { PinHow } from '../keys/pins.js';
import { ApiRequestError } from './errors.js';

/**
 * Where the client remembers the fingerprint it trusts for each person: first seen (trust on
 * first use) or confirmed by comparing safety codes. The web app keeps them in the person's
 * own `key_pins` item (ItemPinStore), so all their devices share them.
 */
export interface PinStore {
  get(userId: string): string | null | Promise<string | null>;
  /** Pins a fingerprint: 'first_use' never replaces a pin; 'safety_code' (the default) does. */
  set(userId: string, fingerprint: string, how?: PinHow): void | Promise<void>;
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
    set: (userId, fingerprint, how) => {
      if (how === 'first_use' && pins.has(userId)) return;
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
    await store.set(partner.id, fingerprint, 'first_use');
    // Another device may have pinned other keys in between: its pin stands, and these are questioned.
    return (await store.get(partner.id)) === fingerprint ? 'new' : 'changed';
  }
  return pinned === fingerprint ? 'same' : 'changed';
}

/** Re-pin a partner's current keys after the two people compared safety codes. */
export async function acceptPartnerKeys(store: PinStore, partner: PinnedPerson): Promise<void> {
  await store.set(partner.id, keyFingerprint(partner), 'safety_code');
}

/** What a person reads when sharing stops because the partner's keys changed. */
export const PARTNER_KEY_CHANGED_MESSAGE =
  "Your partner's security keys have changed, so sharing is paused. Compare your safety codes together on the couple page; once they match, sharing starts again.";

/**
 * The gate before any key is sealed to the partner (issue 14, item 5): pins on first use,
 * passes the pinned keys, and refuses changed ones with `partner_key_changed` until the two
 * compare safety codes (acceptPartnerKeys). A store that fails refuses too: never "ok" by error.
 */
export async function assertPartnerKeysTrusted(store: PinStore, partner: PinnedPerson): Promise<void> {
  let status: PinStatus;
  try {
    status = await checkPartnerKeys(store, partner);
  } catch (cause) {
    throw new ApiRequestError({ status: 0, code: 'partner_key_changed', message: PARTNER_KEY_CHANGED_MESSAGE, cause });
  }
  if (status === 'changed') throw new ApiRequestError({ status: 0, code: 'partner_key_changed', message: PARTNER_KEY_CHANGED_MESSAGE });
}
