import { describe, expect, it } from 'vitest';
import { devicePinsOf, knownPinItemOf, pinsKey } from './pins.js';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

describe('devicePinsOf (pins an older version kept on this device)', () => {
  it('reads one account’s pins and removes them when asked', () => {
    const s = memoryStorage();
    s.setItem(pinsKey('me-1'), JSON.stringify({ partner: 'fp1' }));
    s.setItem(pinsKey('me-2'), JSON.stringify({ other: 'fp2' }));
    const mine = devicePinsOf('me-1', s);
    expect(mine.read()).toEqual({ partner: 'fp1' });
    mine.clear();
    expect(mine.read()).toEqual({});
    expect(s.m.has(pinsKey('me-1'))).toBe(false);
    expect(devicePinsOf('me-2', s).read()).toEqual({ other: 'fp2' });
  });

  it('survives garbage in storage, keeping only fingerprints', () => {
    const s = memoryStorage();
    s.setItem(pinsKey('me'), '{not json');
    expect(devicePinsOf('me', s).read()).toEqual({});
    s.setItem(pinsKey('me'), JSON.stringify({ a: 'fp', b: 3, c: '' }));
    expect(devicePinsOf('me', s).read()).toEqual({ a: 'fp' });
    s.setItem(pinsKey('me'), JSON.stringify(['fp']));
    expect(devicePinsOf('me', s).read()).toEqual({});
  });
});

describe('knownPinItemOf', () => {
  it('remembers one pin item id per account', () => {
    const s = memoryStorage();
    expect(knownPinItemOf('me', s).get()).toBeNull();
    knownPinItemOf('me', s).set('item-1');
    expect(knownPinItemOf('me', s).get()).toBe('item-1');
    expect(knownPinItemOf('other', s).get()).toBeNull();
  });
});
