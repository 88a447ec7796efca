import { describe, expect, it } from 'vitest';
import { partnerKeysOf } from './use-partner-keys.js';

describe('partnerKeysOf', () => {
  it('lets sharing go on only for pinned or first-seen keys', async () => {
    expect(await partnerKeysOf(Promise.resolve('new'))).toBe('ok');
    expect(await partnerKeysOf(Promise.resolve('same'))).toBe('ok');
    expect(await partnerKeysOf(Promise.resolve('changed'))).toBe('changed');
  });

  it('treats a failed check as not ok', async () => {
    expect(await partnerKeysOf(Promise.reject(new Error('storage refused')))).toBe('changed');
  });
});
