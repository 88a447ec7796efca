import { useId, useState, type ReactNode } from 'react';
import { PasswordField } from '../../components/Field.js';
import { LIMITS } from '../../../shared/limits.js';
import { checkPassword } from '../../../shared/password-policy.js';
import './accounts.css';

export interface PasswordPair {
  password: string;
  confirm: string;
  errors: { password?: string | undefined; confirm?: string | undefined };
  /** Checks length, match and the password policy; sets field errors. True when fine. */
  validate(context: { email?: string; displayName?: string }): Promise<boolean>;
  fields: ReactNode;
  reset(): void;
  /** Show an error from elsewhere (e.g. the client's own policy check) under the new password. */
  setPasswordError(message: string): void;
}

/** A new password and its confirmation, with a live length note. */
export function usePasswordPair(labels: { password: string; confirm: string } = { password: 'Password', confirm: 'Confirm password' }): PasswordPair {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<PasswordPair['errors']>({});
  const noteId = useId();
  const longEnough = password.length >= LIMITS.passwordMin;

  const validate = async (context: { email?: string; displayName?: string }): Promise<boolean> => {
    const next: PasswordPair['errors'] = {};
    if (!longEnough) {
      next.password = `Please use at least ${LIMITS.passwordMin} characters.`;
    } else if (password.length > LIMITS.passwordMax) {
      next.password = 'That password is too long.';
    } else {
      const verdict = await checkPassword(password, context);
      if (!verdict.ok) next.password = verdict.message;
    }
    if (!next.password && confirm !== password) next.confirm = "The two passwords don't match yet.";
    setErrors(next);
    return !next.password && !next.confirm;
  };

  const fields = (
    <>
      <PasswordField
        label={labels.password}
        name="new-password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => {
          setPassword(e.target.value);
          if (errors.password) setErrors((er) => ({ ...er, password: undefined }));
        }}
        required
        minLength={LIMITS.passwordMin}
        maxLength={LIMITS.passwordMax}
        error={errors.password}
        describedById={noteId}
        after={
          <p id={noteId} className={longEnough ? 'password-note is-ok' : 'password-note muted'}>
            <span aria-live="polite">
              {longEnough ? 'Long enough.' : `Use at least ${LIMITS.passwordMin} characters.`}
            </span>{' '}
            {!longEnough ? <span aria-hidden="true">({password.length} so far)</span> : null}
            <span className="muted"> A few unrelated words make a strong one you can remember.</span>
          </p>
        }
      />
      <PasswordField
        label={labels.confirm}
        name="confirm-password"
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => {
          setConfirm(e.target.value);
          if (errors.confirm) setErrors((er) => ({ ...er, confirm: undefined }));
        }}
        required
        maxLength={LIMITS.passwordMax}
        error={errors.confirm}
      />
    </>
  );

  const reset = () => {
    setPassword('');
    setConfirm('');
    setErrors({});
  };

  const setPasswordError = (message: string) => setErrors((er) => ({ ...er, password: message }));

  return { password, confirm, errors, validate, fields, reset, setPasswordError };
}
