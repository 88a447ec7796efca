import { describe, expect, it } from 'vitest';
import { localStoragePinStore, pinsKey } from './pins.js';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe('localStoragePinStore', () => {
  it('stores fingerprints per own user', () => {
    const s = memoryStorage();
    const a = localStoragePinStore('me-1', s);
    expect(a.get('partner')).toBeNull();
    a.set('partner', 'fp1');
    expect(a.get('partner')).toBe('fp1');
    expect(localStoragePinStore('me-2', s).get('partner')).toBeNull();
    expect(s.m.has(pinsKey('me-1'))).toBe(true);
  });

  it('survives garbage in storage', () => {
    const s = memoryStorage();
    s.setItem(pinsKey('me'), '{not json');
    const store = localStoragePinStore('me', s);
    expect(store.get('x')).toBeNull();
    store.set('x', 'fp');
    expect(store.get('x')).toBe('fp');
  });
});
