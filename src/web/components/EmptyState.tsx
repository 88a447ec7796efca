import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: ReactNode;
  /** One sentence on what this is for. */
  children: ReactNode;
  /** The first step. */
  action?: ReactNode;
  level?: 2 | 3;
}

export function EmptyState({ title, children, action, level = 2 }: EmptyStateProps) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className="empty">
      <H>{title}</H>
      <div className="stack">{children}</div>
      {action ? <div className="actions">{action}</div> : null}
    </section>
  );
}
