import { z } from 'zod';

/*
 * The encrypted content of a `key_pins` item: the partner public keys this person trusts,
 * kept in one private item of their own so every device they sign in on reads the same pins
 * (issue 14, item 5). Private only: the server refuses to share it. A pin records how it came
 * to be trusted: first seen (trust on first use) or confirmed by comparing safety codes.
 */

const when = z.iso.datetime({ message: 'Use a UTC time.' });

/** How a pin came to be trusted. */
export const PIN_HOW = ['first_use', 'safety_code'] as const;
/** How a pin came to be trusted: 'first_use' (seen first) or 'safety_code' (compared together). */
export type PinHow = (typeof PIN_HOW)[number];

/** One pinned person: the fingerprint of their two public keys, and when and how it was trusted. */
export const keyPinSchema = z.strictObject({
  fingerprint: z.string().min(1).max(200),
  how: z.enum(PIN_HOW),
  /** When this fingerprint was first pinned (on any of the person's devices). */
  firstSeenAt: when,
  /** When the two compared safety codes for this fingerprint. */
  confirmedAt: when.optional(),
});
/** One pinned person. */
export type KeyPin = z.infer<typeof keyPinSchema>;

/** A `key_pins` item's content: pins by the pinned person's user id. */
export const keyPinsContentSchema = z.strictObject({ pins: z.record(z.string().min(1).max(100), keyPinSchema) });
/** A `key_pins` item's content. */
export type KeyPinsContent = z.infer<typeof keyPinsContentSchema>;

/** No pins yet. */
export function emptyKeyPins(): KeyPinsContent {
  return { pins: {} };
}

/** Pins a first-seen fingerprint, only where nothing is pinned for that person: a pin is never replaced by a later sight. */
export function withFirstSeen(content: KeyPinsContent, userId: string, fingerprint: string, now: Date): KeyPinsContent {
  if (content.pins[userId]) return content;
  return { pins: { ...content.pins, [userId]: { fingerprint, how: 'first_use', firstSeenAt: now.toISOString() } } };
}

/** Pins a fingerprint the two confirmed by comparing safety codes; it replaces whatever was pinned before. */
export function withConfirmed(content: KeyPinsContent, userId: string, fingerprint: string, now: Date): KeyPinsContent {
  const before = content.pins[userId];
  const firstSeenAt = before && before.fingerprint === fingerprint ? before.firstSeenAt : now.toISOString();
  return { pins: { ...content.pins, [userId]: { fingerprint, how: 'safety_code', firstSeenAt, confirmedAt: now.toISOString() } } };
}

const earlier = (a: string, b: string) => (a <= b ? a : b);
const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : a >= b ? a : b);

/**
 * Which of two pins for the same person stands. The same fingerprint: the two records join
 * (confirmed if either was). Different ones: a comparison of safety codes beats a first
 * sight, a later comparison beats an earlier one, and between two first sights the earlier
 * stands, so the later sight is the one questioned (it may be a swapped key).
 */
export function mergePin(a: KeyPin, b: KeyPin): KeyPin {
  if (a.fingerprint === b.fingerprint) {
    const confirmedAt = later(a.confirmedAt, b.confirmedAt);
    return {
      fingerprint: a.fingerprint,
      how: a.how === 'safety_code' || b.how === 'safety_code' ? 'safety_code' : 'first_use',
      firstSeenAt: earlier(a.firstSeenAt, b.firstSeenAt),
      ...(confirmedAt !== undefined ? { confirmedAt } : {}),
    };
  }
  if (a.how !== b.how) return a.how === 'safety_code' ? a : b;
  if (a.how === 'safety_code') return (a.confirmedAt ?? '') >= (b.confirmedAt ?? '') ? a : b;
  return a.firstSeenAt <= b.firstSeenAt ? a : b;
}

/**
 * Two versions of the pins joined so that no pin is lost: what two devices wrote at once, or
 * two pin items created at once, become one (a person in only one keeps their pin).
 */
export function mergeKeyPins(a: KeyPinsContent, b: KeyPinsContent): KeyPinsContent {
  const pins: Record<string, KeyPin> = { ...a.pins };
  for (const [userId, pin] of Object.entries(b.pins)) {
    const mine = pins[userId];
    pins[userId] = mine ? mergePin(mine, pin) : pin;
  }
  return { pins };
}

/**
 * Moves the pins an older version of Mend kept on this device (fingerprint by user id) into
 * the item's content, as first seen now. The item's own pin for a person stands: it is what
 * all the person's devices agreed on. `moved` is false when nothing needed moving.
 */
export function withDevicePins(content: KeyPinsContent, devicePins: Readonly<Record<string, string>>, now: Date): { content: KeyPinsContent; moved: boolean } {
  let next = content;
  for (const [userId, fingerprint] of Object.entries(devicePins)) {
    if (typeof fingerprint === 'string' && fingerprint.length > 0) next = withFirstSeen(next, userId, fingerprint, now);
  }
  return { content: next, moved: next !== content };
}

/** True when two contents pin the same things in the same way (nothing to write). */
export function samePins(a: KeyPinsContent, b: KeyPinsContent): boolean {
  const ka = Object.keys(a.pins).sort();
  const kb = Object.keys(b.pins).sort();
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => {
    const x = a.pins[k]!;
    const y = b.pins[k]!;
    return x.fingerprint === y.fingerprint && x.how === y.how && x.firstSeenAt === y.firstSeenAt && x.confirmedAt === y.confirmedAt;
  });
}
