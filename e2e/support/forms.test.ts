import { describe, expect, it } from 'vitest';
import { foundForms } from './forms.js';

describe('plaintextForms', () => {
  const phrase = 'saffron lighthouse 0a1b2c under the orchard';
  it('finds the phrase in UTF-8, UTF-16 and each base64 alignment', () => {
    expect(foundForms(Buffer.from(`xx${phrase}yy`), phrase)).not.toEqual([]);
    expect(foundForms(Buffer.from(phrase, 'utf16le'), phrase)).not.toEqual([]);
    for (const prefix of ['', 'a', 'ab']) {
      expect(foundForms(Buffer.from(Buffer.from(prefix + phrase).toString('base64')), phrase), `prefix ${prefix.length}`).not.toEqual([]);
      expect(foundForms(Buffer.from(Buffer.from(prefix + phrase).toString('base64url')), phrase)).not.toEqual([]);
    }
  });
  it('finds nothing in unrelated bytes', () => {
    expect(foundForms(Buffer.from('nothing to see here, only ciphertext AQAAB3x'), phrase)).toEqual([]);
  });
});
