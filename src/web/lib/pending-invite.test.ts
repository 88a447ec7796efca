import { describe, expect, it } from 'vitest';
import { isInviteToken, tokenFromHash } from './pending-invite.js';

describe('tokenFromHash', () => {
  it('reads the fragment', () => {
    expect(tokenFromHash('#abc')).toBe('abc');
    expect(tokenFromHash('#token=abc')).toBe('abc');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#')).toBeNull();
  });
});

describe('isInviteToken', () => {
  it('accepts 32 bytes of base64url', () => {
    expect(isInviteToken('A'.repeat(43))).toBe(true);
    expect(isInviteToken('A'.repeat(42))).toBe(false);
    expect(isInviteToken('A'.repeat(42) + '=')).toBe(false);
  });
});
