import type { ReactNode } from 'react';

/** A polite live region for progress ("Saving…", "Copied"). Always rendered so it is announced. */
export function LiveStatus({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <p role="status" aria-live="polite" className={className ?? 'muted small'}>
      {children}
    </p>
  );
}

/** A general error at the top of a form: an alert region that speaks when filled. */
export function ErrorAlert({ message, id }: { message: string | null | undefined; id?: string }) {
  return (
    <div role="alert" id={id} className={message ? 'alert' : undefined}>
      {message ? <p>{message}</p> : null}
    </div>
  );
}

/** Gentle loading line. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
