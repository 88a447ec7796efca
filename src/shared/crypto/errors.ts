/** Why a crypto operation refused; callers branch on `code`, people see `message`. */
export type CryptoErrorCode =
  | 'bad_input'
  | 'bad_key'
  | 'bad_envelope'
  | 'unsupported_version'
  | 'decrypt_failed'
  | 'weak_kdf'
  | 'bad_kdf'
  | 'bad_recovery_key'
  | 'bad_signature'
  | 'wrong_password'
  | 'locked';

const MESSAGES: Record<CryptoErrorCode, string> = {
  bad_input: 'Something in this request was not in the expected form.',
  bad_key: 'A key was not in the expected form.',
  bad_envelope: 'This encrypted data is damaged or not in a form Mend understands.',
  unsupported_version: 'This encrypted data uses a format this version of Mend does not accept.',
  decrypt_failed: 'This could not be decrypted.',
  weak_kdf: 'The server asked for password settings weaker than Mend allows, so we stopped.',
  bad_kdf: 'The server asked for password settings Mend does not understand, so we stopped.',
  bad_recovery_key: 'That recovery key does not look right. Please check each word and try again.',
  bad_signature: 'A signature did not check out.',
  wrong_password: "That password doesn't match. Please try again.",
  locked: 'Mend is locked. Please enter your password to unlock.',
};

/**
 * The one error type of the crypto module. Messages are deliberately generic (no detail
 * about which byte or check failed) so an attacker learns nothing from them.
 */
export class CryptoError extends Error {
  readonly code: CryptoErrorCode;
  constructor(code: CryptoErrorCode, message: string = MESSAGES[code]) {
    super(message);
    this.name = 'CryptoError';
    this.code = code;
  }
}
