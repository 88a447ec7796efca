import { LIMITS } from '../../../shared/limits.js';
import { TextField } from '../../components/Field.js';

/** The email field of sign-up, sign-in and recovery: no autocorrect, the right keyboard, the account's length limit. */
export function EmailField(props: { value: string; onChange(value: string): void; error: string | undefined; autoComplete: 'email' | 'username' }) {
  return (
    <TextField
      label="Email"
      type="email"
      name="email"
      autoComplete={props.autoComplete}
      inputMode="email"
      autoCapitalize="none"
      spellCheck={false}
      maxLength={LIMITS.emailMax}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={props.error}
      required
    />
  );
}
