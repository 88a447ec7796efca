import type { ReactNode } from 'react';
import { cx } from './cx.js';

interface CardProps {
  title?: ReactNode;
  /** Heading level for the title; pages keep headings in order. */
  level?: 2 | 3;
  accent?: boolean;
  className?: string;
  children?: ReactNode;
  labelledBy?: string;
  testId?: string;
}

export function Card({ title, level = 2, accent, className, children, testId }: CardProps) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className={cx('card', accent && 'card-accent', className)} data-testid={testId}>
      {title ? <H>{title}</H> : null}
      {children}
    </section>
  );
}
