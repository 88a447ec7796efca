import { describe, expect, it } from 'vitest';
import { asApiError, errorMessage, fieldErrors, OFFLINE, TRY_AGAIN } from './errors.js';

class FakeApiError extends Error {
  constructor(public status: number, public code: string, message: string, public fields?: Record<string, string>) {
    super(message);
  }
}

describe('errorMessage', () => {
  it('uses kind words for known codes', () => {
    expect(errorMessage(new FakeApiError(401, 'signin_failed', 'x'))).toBe(
      "That email and password don't match an account. Check them and try again.",
    );
    expect(errorMessage(new FakeApiError(409, 'own_invite', 'x'))).toContain('your own invite link');
  });
  it("uses the server's words where they are best", () => {
    expect(errorMessage(new FakeApiError(429, 'rate_limited', 'Please wait a minute.'))).toBe('Please wait a minute.');
    expect(errorMessage(new FakeApiError(409, 'too_many_invites', 'At most 3 open links.'))).toBe('At most 3 open links.');
  });
  it('falls back gently', () => {
    expect(errorMessage(new Error('boom'))).toBe(TRY_AGAIN);
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe(OFFLINE);
    expect(errorMessage(new FakeApiError(500, 'weird', ''))).toBe(TRY_AGAIN);
  });
});

describe('fieldErrors', () => {
  it('reads fields', () => {
    expect(fieldErrors(new FakeApiError(400, 'validation_failed', 'x', { email: 'Bad' }))).toEqual({ email: 'Bad' });
    expect(fieldErrors(null)).toEqual({});
    expect(asApiError('nope')).toBeNull();
  });
});

describe('crypto errors', () => {
  class FakeCryptoError extends Error {
    constructor(public code: string) {
      super('x');
    }
  }
  it('explains a wrong password and a bad recovery key', () => {
    expect(errorMessage(new FakeCryptoError('wrong_password'))).toContain("password isn't right");
    expect(errorMessage(new FakeCryptoError('bad_recovery_key'))).toContain('valid recovery key');
  });
});
