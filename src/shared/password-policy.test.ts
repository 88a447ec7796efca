import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';

async function reason(pw: string, ctx?: { email?: string; displayName?: string }) {
  const r = await checkPassword(pw, ctx);
  return r.ok ? 'ok' : r.reason;
}

describe('checkPassword', () => {
  it('refuses the passwords from the Mozilla/AUTH-01 examples as too short', async () => {
    for (const pw of ['1', '111111', 'Password1!', '']) expect(await reason(pw)).toBe('too_short');
  });

  it('counts Unicode code points after NFC, not UTF-16 units', async () => {
    // 6 emoji are 12 UTF-16 units but only 6 code points.
    expect(await reason('🌱🌻🍂❄️🌈🌙'.replace('❄️', '❄'))).toBe('too_short');
    // Written decomposed this is 13 UTF-16 units, but only 11 code points after NFC.
    const decomposed = 'e\u0301te\u0301 a paris';
    expect(decomposed.length).toBe(13);
    expect(await reason(decomposed)).toBe('too_short');
  });

  it('accepts a 64-character passphrase with emoji, and long passwords up to 1024', async () => {
    const pw = 'lanterns drift 🌊 over quiet harbours while 🦉 owls hum softly today';
    expect([...pw].length).toBeGreaterThanOrEqual(64);
    expect(await checkPassword(pw)).toEqual({ ok: true });
    expect(await reason('x7'.repeat(300) + 'ab'.repeat(212))).toBe('ok');
    expect(await reason('q'.repeat(1025))).toBe('too_long');
  });

  it('has no composition rules', async () => {
    expect(await reason('all lower case words here')).toBe('ok');
    expect(await reason('Ünïcödé wörds ärë fïnë')).toBe('ok');
  });

  it('refuses breached and common passwords, whatever the case', async () => {
    for (const pw of ['1qaz2wsx3edc', 'QWERTY123456', 'leavemealone', 'MotherFucker', '123456789987654321']) {
      const r = await checkPassword(pw);
      expect(r.ok, pw).toBe(false);
      if (!r.ok) {
        expect(r.reason).toBe('common');
        expect(r.message).toMatch(/attackers try first/);
      }
    }
  });

  it('refuses list words dressed up with digits, symbols, leet or repetition', async () => {
    for (const pw of ['password123456', 'P@ssw0rd2024!!', '!!!dragon!!!!!', 'monkeymonkeymonkey', 'aaaaaaaaaaaa', 'abcabcabcabc', '121212121212']) {
      expect(await reason(pw), pw).toBe('common');
    }
  });

  it('refuses passwords built only from the email local part or the display name', async () => {
    const ctx = { email: 'Alex.Morgan@example.com', displayName: 'Alex Morgan' };
    for (const pw of ['alex.morgan@example.com', 'alex.morgan2024', 'ALEXMORGAN!!!!', 'Alex Morgan 1987', 'morganmorganmorgan', 'alexalexalexalex']) {
      const r = await checkPassword(pw, ctx);
      expect(r.ok, pw).toBe(false);
      if (!r.ok) {
        expect(r.reason, pw).toBe('personal');
        expect(r.message).toMatch(/name or email/);
      }
    }
    expect(await reason('alex likes quiet blue lakes', ctx)).toBe('ok');
    expect(await reason('123456789098', ctx)).not.toBe('personal');
  });

  it('works without any personal context', async () => {
    expect(await reason('sturdy otter paddles north')).toBe('ok');
  });
});
