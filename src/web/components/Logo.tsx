/** A simple mark: two overlapping rounded shapes. Decorative. */
export function Logo() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="12" cy="16" r="9" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <circle cx="20" cy="16" r="9" fill="none" stroke="currentColor" strokeWidth="2.5" opacity="0.55" />
    </svg>
  );
}
