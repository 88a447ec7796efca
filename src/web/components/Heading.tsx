import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A page's h1. With `focusOnMount`, focus moves to it when it appears (for steps within
 * one page, so screen reader users hear that the step changed).
 */
export function PageTitle({ children, focusOnMount, lead }: { children: ReactNode; focusOnMount?: boolean; lead?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <div className="page-head">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {lead ? <p className="lead">{lead}</p> : null}
    </div>
  );
}
