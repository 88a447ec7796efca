import { entropyToMnemonic, mnemonicToEntropy } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { KEY_BYTES } from './envelope.js';
import { CryptoError } from './errors.js';

/** Show a 32-byte recovery key as 24 BIP39 English words (the last word carries a checksum). */
export function recoveryKeyToWords(key: Uint8Array): string {
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) throw new CryptoError('bad_key');
  return entropyToMnemonic(key, wordlist);
}

/**
 * Read the recovery key back from words as people type or paste them: case, extra spaces,
 * newlines, commas and list numbers ("1. abandon") are forgiven; a wrong word or checksum
 * is 'bad_recovery_key'.
 */
export function wordsToRecoveryKey(text: string): Uint8Array {
  if (typeof text !== 'string' || text.length > 2000) throw new CryptoError('bad_recovery_key');
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
  if (words.length !== 24) throw new CryptoError('bad_recovery_key');
  try {
    const key = mnemonicToEntropy(words.join(' '), wordlist);
    if (key.length !== KEY_BYTES) throw new Error('length');
    return key;
  } catch {
    throw new CryptoError('bad_recovery_key');
  }
}
