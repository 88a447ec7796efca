import forgivenessCheck from './instruments/forgiveness-check.json' with { type: 'json' };
import relationshipCheck from './instruments/relationship-check.json' with { type: 'json' };
import trustCheck from './instruments/trust-check.json' with { type: 'json' };
import { type Instrument, parseInstrument } from './schema.js';

/*
 * Mend's own instruments live as data (instruments/*.json) and go through the same
 * parseInstrument as any clinic's file, so the bundled ones can never use a feature the
 * documented format doesn't have.
 */

/** Ids of Mend's own instruments. */
export const BUNDLED_INSTRUMENT_IDS = {
  relationship: 'mend.relationship-check',
  trust: 'mend.trust-check',
  forgiveness: 'mend.forgiveness-check',
} as const;

let cache: readonly Instrument[] | undefined;

/** Mend's three instruments (relationship, trust, forgiveness), parsed, checked and frozen. */
export function bundledInstruments(): readonly Instrument[] {
  // Parsed once and frozen: every caller shares the same objects, so none may change them.
  cache ??= Object.freeze([relationshipCheck, trustCheck, forgivenessCheck].map((json) => deepFreeze(parseInstrument(json))));
  return cache;
}

/** One of Mend's instruments by id, or undefined. */
export function bundledInstrument(id: string): Instrument | undefined {
  return bundledInstruments().find((i) => i.id === id);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
