import { describe, expect, it } from 'vitest';
import { emailSchema, isPlainText, timeZoneSchema } from './common.js';

describe('plain text', () => {
  it('refuses controls, separators, direction overrides and lone surrogates', () => {
    for (const s of ['a\u0000', '\t', 'a\u001f', '\u007f', '\u0085', 'a\u2028', '\u202Eabc', '\u202A', '\u2066x\u2069', 'x\uD800']) {
      expect(isPlainText(s), JSON.stringify(s)).toBe(false);
    }
  });

  it('keeps every script, emoji with joiners, and punctuation', () => {
    for (const s of ['Zoë', 'שרה', 'محمد', '李雷', '👩‍❤️‍👨', "O'Brien-Smith, Jr.", 'ada@example.org']) expect(isPlainText(s), s).toBe(true);
  });

  it('is part of the email and time-zone schemas', () => {
    expect(emailSchema.safeParse('ada\u0000@example.org').success).toBe(false);
    expect(emailSchema.parse('  Ada@Example.org ')).toBe('ada@example.org');
    expect(timeZoneSchema.safeParse('Europe/Warsaw\u202E').success).toBe(false);
    expect(timeZoneSchema.parse('Europe/Warsaw')).toBe('Europe/Warsaw');
    // Spaces and line breaks around the text are trimmed first, never refused.
    expect(emailSchema.parse('ada@example.org\r\n')).toBe('ada@example.org');
    expect(timeZoneSchema.parse('\tEurope/Warsaw\n')).toBe('Europe/Warsaw');
    expect(emailSchema.safeParse('ada\n@example.org\n').success).toBe(false);
    expect(timeZoneSchema.safeParse('Europe/Warsaw\u0000\n').success).toBe(false);
  });
});
