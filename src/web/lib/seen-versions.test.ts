import { describe, expect, it } from 'vitest';
import { SEEN_VERSIONS_MAX } from '../../shared/client/index.js';
import { localSeenVersions, seenVersionsKey } from './seen-versions.js';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe('localSeenVersions', () => {
  it('keeps each account’s marks across reloads, ids and numbers only', async () => {
    const s = memoryStorage();
    const a = localSeenVersions('me-1', s);
    expect(a.get('item-1')).toBeNull();
    a.set('item-1', 3);
    await Promise.resolve();
    expect(localSeenVersions('me-1', s).get('item-1')).toBe(3);
    expect(localSeenVersions('me-2', s).get('item-1')).toBeNull();
    expect(JSON.parse(s.m.get(seenVersionsKey('me-1'))!)).toEqual({ 'item-1': 3 });
  });

  it('survives garbage in storage and ignores what is not a version', () => {
    const s = memoryStorage();
    s.setItem(seenVersionsKey('me'), '{not json');
    expect(localSeenVersions('me', s).get('x')).toBeNull();
    s.setItem(seenVersionsKey('me'), JSON.stringify({ a: 2, b: 'seven', c: 1.5 }));
    const seen = localSeenVersions('me', s);
    expect([seen.get('a'), seen.get('b'), seen.get('c')]).toEqual([2, null, null]);
  });

  it('stays small: past its limit the longest-unseen items are forgotten first', async () => {
    const s = memoryStorage();
    const seen = localSeenVersions('me', s);
    for (let i = 0; i <= SEEN_VERSIONS_MAX; i++) seen.set(`item-${i}`, 1);
    seen.set('item-0', 2);
    seen.set('one-more', 1);
    await Promise.resolve();
    expect(seen.get('item-0')).toBe(2);
    expect(seen.get('item-1')).toBeNull();
    expect(Object.keys(JSON.parse(s.m.get(seenVersionsKey('me'))!) as object)).toHaveLength(SEEN_VERSIONS_MAX);
  });
});
