import { useId, type ReactNode } from 'react';

interface CountedTextAreaProps {
  label: ReactNode;
  value: string;
  max: number;
  onChange(value: string): void;
  rows?: number;
  /** Said before the count ("Name the specific thing."). */
  lead?: string;
  /** Said after the count ("Alex will read it."). */
  note?: string;
  error?: string | null;
  placeholder?: string;
  /** Stop typing at `max` (default); off where a longer text gets a field message instead. */
  limitInput?: boolean;
  /** Another element describing the text area (e.g. a draft's save status among `children`). */
  describedById?: string;
  /** What belongs to the field below its count: a save status, the field's buttons. */
  children?: ReactNode;
}

/** A text area with its character count below it ("12 of 500 characters."), for short writing with a limit. */
export function CountedTextArea({ label, value, max, onChange, rows = 2, lead, note, error, placeholder, limitInput = true, describedById, children }: CountedTextAreaProps) {
  const id = useId();
  const describedBy = [`${id}-c`, error ? `${id}-e` : null, describedById ?? null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="textarea"
        rows={rows}
        {...(limitInput ? { maxLength: max } : {})}
        {...(placeholder ? { placeholder } : {})}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className="field-hint" id={`${id}-c`}>
        {[lead, `${value.length} of ${max} characters.`, note].filter(Boolean).join(' ')}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-e`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
