import { LIMITS } from '../../../shared/limits.js';
import { PasswordField } from '../../components/Field.js';

/** The person's password, asked again before a sensitive step (password change, export, deletion). */
export function CurrentPasswordField({
  label = 'Your password',
  hint = "To make sure it's you.",
  value,
  onChange,
  error,
}: {
  label?: string;
  hint?: string | null;
  value: string;
  onChange(value: string): void;
  error: string | null | undefined;
}) {
  return (
    <PasswordField
      label={label}
      {...(hint ? { hint } : {})}
      name="current-password"
      autoComplete="current-password"
      maxLength={LIMITS.passwordMax}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      required
    />
  );
}
