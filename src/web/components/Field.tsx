import { useId, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { cx } from './cx.js';

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  children: ReactNode;
  after?: ReactNode;
  /** Show the hint under the control, so the control lines up with its neighbours' in a row. */
  hintBelow?: boolean;
}

function describedBy(id: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', extra ?? '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldShell({ id, label, hint, error, children, after, hintBelow }: FieldShellProps) {
  const hintEl = hint ? (
    <div className="field-hint" id={`${id}-hint`}>
      {hint}
    </div>
  ) : null;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hintBelow ? null : hintEl}
      {children}
      {hintBelow ? hintEl : null}
      {after}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  id?: string;
  /** Another element describing the input (e.g. a live password note). */
  describedById?: string;
  /** Show the hint under the input (a time beside dates, so the boxes line up). */
  hintBelow?: boolean;
};

export function TextField({ label, hint, error, id, describedById, className, hintBelow, ...rest }: InputProps) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <FieldShell id={fid} label={label} hint={hint} error={error} hintBelow={hintBelow ?? false}>
      <input
        id={fid}
        className={cx('input', className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fid, hint, error, describedById)}
        {...rest}
      />
    </FieldShell>
  );
}

/** A password input with a Show/Hide toggle. Paste is allowed. */
export function PasswordField({ label, hint, error, id, describedById, className, after, hintBelow, ...rest }: InputProps & { after?: ReactNode }) {
  const auto = useId();
  const fid = id ?? auto;
  const [shown, setShown] = useState(false);
  return (
    <FieldShell id={fid} label={label} hint={hint} error={error} after={after} hintBelow={hintBelow ?? false}>
      <div className="input-row">
        <input
          id={fid}
          type={shown ? 'text' : 'password'}
          className={cx('input', className)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(fid, hint, error, describedById)}
          spellCheck={false}
          autoCapitalize="none"
          autoCorrect="off"
          {...rest}
        />
        <button
          type="button"
          className="btn btn-secondary btn-small"
          aria-pressed={shown}
          aria-controls={fid}
          onClick={() => setShown((s) => !s)}
        >
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
    </FieldShell>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  id?: string;
  children: ReactNode;
};

export function SelectField({ label, hint, error, id, className, children, ...rest }: SelectProps) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <FieldShell id={fid} label={label} hint={hint} error={error}>
      <select
        id={fid}
        className={cx('select', className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fid, hint, error)}
        {...rest}
      >
        {children}
      </select>
    </FieldShell>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  id?: string;
};

export function TextAreaField({ label, hint, error, id, className, ...rest }: TextAreaProps) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <FieldShell id={fid} label={label} hint={hint} error={error}>
      <textarea
        id={fid}
        className={cx('textarea', className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fid, hint, error)}
        {...rest}
      />
    </FieldShell>
  );
}
