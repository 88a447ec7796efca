import type { ReactNode } from 'react';
import type { ItemKind } from '../../../shared/kinds.js';
import { PageTitle } from '../../components/Heading.js';
import { PageLoading } from '../../components/PageLoading.js';
import { usePracticeNow } from '../../lib/practice-context.js';
import { usePractice } from '../../lib/use-practice.js';
import type { PracticeCardProps } from './ScheduledCard.js';

/** A scheduled practice page's title, its lead and what it says while opening. */
export interface ScheduledPageWords {
  title: string;
  lead: string;
  loadingLabel: string;
}

/**
 * What the promises page and the rituals page start from: the practice's items and drafts,
 * the clock, the page's title, what shows while it opens, and what every card is handed.
 */
export function useScheduledPage<K extends ItemKind>(kinds: readonly K[], draftPrefix: string, words: ScheduledPageWords) {
  const practice = usePractice(kinds, { prefix: draftPrefix });
  const { partner, items, drafts, data } = practice;
  const now = usePracticeNow();
  const head = <PageTitle lead={words.lead}>{words.title}</PageTitle>;
  const loading = <PageLoading head={head} error={!data ? practice.error : null} reload={practice.reload} loadingLabel={words.loadingLabel} keptNote />;
  const card: PracticeCardProps = { items, drafts, onItem: practice.replace };
  return { ...practice, now, head, loading, card, name: partner?.displayName ?? '' };
}

/** A section of a practice page, reached from the jump links by its heading's id. */
export function PageSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="stack">
      <h2 id={id} className="anchor-target" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The "On this page" links, to each section's heading. */
export function JumpNav({ links }: { links: readonly { id: string; label: ReactNode }[] }) {
  return (
    <nav aria-label="On this page" className="jump-nav">
      <ul className="plain-list jump-list">
        {links.map((l) => (
          <li key={l.id}>
            <a href={`#${l.id}`}>{l.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
