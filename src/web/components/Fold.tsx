import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { cx } from './cx.js';

interface FoldProps {
  /** What opening it shows ("Make a ritual", "Write about this"). */
  summary: ReactNode;
  children: ReactNode;
  /** Open from the start: something is already written there, or a draft waits. */
  open?: boolean;
  className?: string;
  testId?: string;
}

/**
 * A part of a page folded away until the person opens it (a form not in use, a long list), so a
 * page fits a phone's few screens. A link to anything inside (#id) opens it.
 */
export function Fold({ summary, children, open, className, testId }: FoldProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  // Open or not is decided once: after that it is the person's to open and close.
  const initiallyOpen = useRef(open ?? false);
  const { hash } = useLocation();
  useEffect(() => {
    const d = ref.current;
    if (!d || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target && d.contains(target)) d.open = true;
  }, [hash]);
  return (
    <details ref={ref} className={cx('fold', className)} open={initiallyOpen.current} data-testid={testId}>
      <summary className="fold-summary">{summary}</summary>
      <div className="fold-body stack">{children}</div>
    </details>
  );
}
