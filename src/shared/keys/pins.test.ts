import { describe, expect, it } from 'vitest';
import { emptyKeyPins, mergeKeyPins, samePins, withConfirmed, withDevicePins, withFirstSeen, type KeyPin } from './pins.js';
import { parseContent } from '../kinds.js';

const t1 = new Date('2026-12-01T10:00:00.000Z');
const t2 = new Date('2026-12-02T10:00:00.000Z');
const t3 = new Date('2026-12-03T10:00:00.000Z');

describe('key pins content', () => {
  it('accepts what the store writes and refuses anything else', () => {
    const c = withConfirmed(withFirstSeen(emptyKeyPins(), 'ben', 'fp-b', t1), 'ben', 'fp-b', t2);
    expect(parseContent('key_pins', c)).toEqual({ pins: { ben: { fingerprint: 'fp-b', how: 'safety_code', firstSeenAt: t1.toISOString(), confirmedAt: t2.toISOString() } } });
    expect(parseContent('key_pins', { pins: { ben: { fingerprint: 'fp', how: 'trusted', firstSeenAt: t1.toISOString() } } })).toBeNull();
    expect(parseContent('key_pins', { pins: { ben: { fingerprint: '', how: 'first_use', firstSeenAt: t1.toISOString() } } })).toBeNull();
    expect(parseContent('key_pins', { pins: { ben: { fingerprint: 'fp', how: 'first_use', firstSeenAt: 'yesterday' } } })).toBeNull();
    expect(parseContent('key_pins', { pins: {}, extra: 1 })).toBeNull();
    expect(parseContent('key_pins', null)).toBeNull();
  });

  it('never lets a first sight replace a pin; a comparison of safety codes does', () => {
    const first = withFirstSeen(emptyKeyPins(), 'ben', 'fp-b', t1);
    expect(withFirstSeen(first, 'ben', 'fp-swapped', t2)).toBe(first);
    const confirmed = withConfirmed(first, 'ben', 'fp-new', t3);
    expect(confirmed.pins.ben).toEqual({ fingerprint: 'fp-new', how: 'safety_code', firstSeenAt: t3.toISOString(), confirmedAt: t3.toISOString() });
  });
});

describe('merging pins two devices wrote', () => {
  const first = (fp: string, at: Date): KeyPin => ({ fingerprint: fp, how: 'first_use', firstSeenAt: at.toISOString() });
  const confirmed = (fp: string, at: Date): KeyPin => ({ fingerprint: fp, how: 'safety_code', firstSeenAt: t1.toISOString(), confirmedAt: at.toISOString() });

  it('loses no person either side pinned', () => {
    const m = mergeKeyPins({ pins: { ben: first('fp-b', t1) } }, { pins: { cleo: first('fp-c', t2) } });
    expect(Object.keys(m.pins).sort()).toEqual(['ben', 'cleo']);
  });

  it('keeps the confirmed one, the later comparison, or the earlier first sight — whichever side it came from', () => {
    for (const [a, b, winner] of [
      [first('fp-1', t1), confirmed('fp-2', t2), 'fp-2'],
      [confirmed('fp-1', t2), confirmed('fp-2', t3), 'fp-2'],
      [first('fp-1', t1), first('fp-2', t2), 'fp-1'],
    ] as const) {
      expect(mergeKeyPins({ pins: { ben: a } }, { pins: { ben: b } }).pins.ben!.fingerprint).toBe(winner);
      expect(mergeKeyPins({ pins: { ben: b } }, { pins: { ben: a } }).pins.ben!.fingerprint).toBe(winner);
    }
  });

  it('joins two records of the same keys: the first sight and the comparison both kept', () => {
    const m = mergeKeyPins({ pins: { ben: first('fp', t2) } }, { pins: { ben: { ...confirmed('fp', t3), firstSeenAt: t3.toISOString() } } });
    expect(m.pins.ben).toEqual({ fingerprint: 'fp', how: 'safety_code', firstSeenAt: t2.toISOString(), confirmedAt: t3.toISOString() });
  });

  it('tells when two contents pin the same', () => {
    const a = withFirstSeen(emptyKeyPins(), 'ben', 'fp', t1);
    expect(samePins(a, mergeKeyPins(a, a))).toBe(true);
    expect(samePins(a, withConfirmed(a, 'ben', 'fp', t2))).toBe(false);
    expect(samePins(a, emptyKeyPins())).toBe(false);
  });
});

describe('moving pins kept on one device into the item', () => {
  it('adds them as first seen, and the item’s own pin stands over the device’s', () => {
    const item = withConfirmed(emptyKeyPins(), 'ben', 'fp-item', t1);
    const { content, moved } = withDevicePins(item, { ben: 'fp-device', cleo: 'fp-c' }, t2);
    expect(moved).toBe(true);
    expect(content.pins.ben!.fingerprint).toBe('fp-item');
    expect(content.pins.cleo).toEqual({ fingerprint: 'fp-c', how: 'first_use', firstSeenAt: t2.toISOString() });
  });

  it('says when nothing needed moving', () => {
    const item = withFirstSeen(emptyKeyPins(), 'ben', 'fp', t1);
    expect(withDevicePins(item, { ben: 'fp' }, t2)).toEqual({ content: item, moved: false });
    expect(withDevicePins(item, {}, t2).moved).toBe(false);
  });
});
