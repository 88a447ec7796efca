import { parseContent } from '../../../shared/kinds.js';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ItemsClient } from '../../../shared/client/index.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Fold } from '../../components/Fold.js';
import { PageTitle } from '../../components/Heading.js';
import { PageLoading } from '../../components/PageLoading.js';
import { type Drafts } from '../../lib/use-drafts.js';
import { safeZone } from '../notes/schedule.js';
import { localDateIn } from '../prompts/prompts.js';
import { type useKinds, type KindData } from '../../lib/use-kinds.js';
import { asDayDraft, asEntryDraft, DRAFT_KEYS, DRAFT_PREFIX, ENTRY_MAX, hasWords, strandedEdits, type EntryDraft } from './content.js';
import { daysToShow, entriesNewestFirst, repliesTo } from './days.js';
import { PartnerDays, ShareYourDay } from './DayShare.js';
import { OwnEntry, PartnerEntry } from './EntryCards.js';
import { NewEntry } from './EntryForm.js';
import './journal.css';
import { usePractice } from '../../lib/use-practice.js';
import { useNow } from '../../lib/use-now.js';
import { usePracticeContext } from '../../lib/practice-context.js';

const KINDS = ['journal_entry', 'day_share', 'acknowledgment'] as const;
type Data = KindData<(typeof KINDS)[number]>;
const EMPTY_ENTRY: EntryDraft = { title: '', text: '', writtenOn: '' };


/** Practice 5: a journal that is yours unless you share an entry, and "share your day". */
export function JournalPage() {
  const { me, items, data, error, reload, replace, drop, drafts } = usePractice(KINDS, { prefix: DRAFT_PREFIX });
  const tz = safeZone(me.user.timeZone);
  const today = localDateIn(useNow(), tz);

  const head = (
    <PageTitle lead="A journal that stays yours unless you share an entry, and a quick way to tell each other how the day went.">
      5. Closeness: journal
    </PageTitle>
  );

  if (!data || !drafts.restored) {
    return <PageLoading head={head} error={!data ? error : null} reload={reload} loadingLabel="Opening your journal…" keptNote />;
  }

  return (
    <div className="stack-lg">
      {head}
      <JournalBody
        data={data}
        restored={drafts.restored}
        drafts={drafts}
        items={items}
        userId={me.user.id}
        today={today}
        reload={() => void reload()}
        replace={replace}
        drop={drop}
      />
      <p>
        <Link to="/practices/closeness">Today's prompt</Link> · <Link to="/practices">All practices</Link>
      </p>
    </div>
  );
}

interface BodyProps {
  data: Data;
  restored: Map<string, unknown>;
  drafts: Drafts;
  items: ItemsClient;
  userId: string;
  today: string;
  reload(): void;
  replace: ReturnType<typeof useKinds>['replace'];
  drop(id: string): void;
}

/** The page once its items and drafts are in (so editors start from what was kept). */
function JournalBody({ data, restored, drafts, items, userId, today, reload, replace, drop }: BodyProps) {
  const { partner } = usePracticeContext();
  const name = partner?.displayName ?? '';
  const partnerId = partner?.id ?? null;
  const mine = entriesNewestFirst(data.journal_entry.filter((e) => e.mine));
  const theirs = partner ? entriesNewestFirst(data.journal_entry.filter((e) => !e.mine && e.authorId === partner.id)) : [];
  const myDay = daysToShow(data.day_share, userId, today).today;
  const theirDays = partner ? daysToShow(data.day_share, partner.id, today) : null;
  const acks = data.acknowledgment;

  // Once, on load: words from an edit whose entry is gone (deleted on another device) join the new entry, never lost.
  const [start] = useState(() => {
    const own = asEntryDraft(restored.get(DRAFT_KEYS.new));
    const stranded = strandedEdits(restored, (id) => data.journal_entry.some((e) => e.id === id && e.mine));
    if (!stranded) return { initial: own ?? EMPTY_ENTRY, restored: own !== null, carried: null };
    const text = [own?.text.trim(), stranded.draft.text].filter(Boolean).join('\n\n').slice(0, ENTRY_MAX);
    const initial: EntryDraft = { title: own?.title || stranded.draft.title, text, writtenOn: own?.writtenOn || stranded.draft.writtenOn };
    return { initial, restored: true, carried: stranded.fromKeys };
  });
  // Once: the carried words now live in the new entry's draft (never again over newer words).
  const carriedOnce = useRef(false);
  useEffect(() => {
    if (!start.carried || carriedOnce.current) return;
    carriedOnce.current = true;
    drafts.sync.change(DRAFT_KEYS.new, start.initial);
    for (const key of start.carried) void drafts.sync.discard(key);
  }, [start, drafts.sync]);

  return (
    <>
      {/* What was received comes first; what is one's own to write waits folded below it. */}
      {partner && theirDays ? (
        <PartnerDays
          today={today}
          current={theirDays.today}
          earlier={theirDays.earlier}
          sentTo={(id) => repliesTo(acks, id, userId)}
          unverified={data.day_share.filter((d) => d.authorId === partner.id && parseContent('day_share', d.content) === null).length}
          items={items}
          onSent={reload}
        />
      ) : null}

      {partner ? (
        <section aria-labelledby="shared-heading" className="stack">
          <h2 id="shared-heading" className="anchor-target" tabIndex={-1}>
            Shared with you by {name}
          </h2>
          {theirs.length === 0 ? (
            <EmptyState title={`${name} hasn't shared an entry yet`} level={3}>
              <p>Entries are private until {name} chooses to share one. When they do, it will show here, and you can answer if you'd like.</p>
            </EmptyState>
          ) : (
            <ol className="plain-list thread" aria-label={`Entries ${name} shared`}>
              {theirs.map((e) => (
                <PartnerEntry
                  key={e.id}
                  entry={e}
                  items={items}
                  today={today}
                  mine={repliesTo(acks, e.id, userId)}
                  onSent={reload}
                />
              ))}
            </ol>
          )}
        </section>
      ) : null}
      {partner ? (
        <ShareYourDay
          items={items}
          drafts={drafts}
          today={today}
          mine={myDay}
          replies={myDay ? repliesTo(acks, myDay.item.id, partnerId) : []}
          restored={asDayDraft(restored.get(DRAFT_KEYS.day))}
          onItem={replace}
        />
      ) : (
        <EmptyState title="Share your day">
          <p>Once your partner joins, you can share a high and a low from your day with them, in two short lines.</p>
          <p>
            Your journal below is ready now, just for you. <Link to="/couple">Invite your partner</Link>
          </p>
        </EmptyState>
      )}

      <section aria-labelledby="journal-heading" className="stack">
        <h2 id="journal-heading" className="anchor-target" tabIndex={-1}>
          Your journal
        </h2>
        <p className="why">
          <span className="why-label">Why this helps:</span> writing things down helps you notice what you feel. Every entry is private until you
          choose to share it{partner ? ` with ${name}` : ''}, and you can stop sharing at any time.
        </p>
        {/* Folded until wanted; words kept from before open it by themselves. */}
        <Fold summary="Write in your journal" open={start.restored && hasWords(start.initial)} testId="journal-fold">
          <NewEntry
            items={items}
            drafts={drafts}
            today={today}
            initial={start.initial}
            restored={start.restored}
            notice={start.carried ? 'Changes to an entry that was deleted on another device are here, so they aren’t lost.' : null}
            onItem={replace}
          />
        </Fold>
        {mine.length === 0 ? (
          <EmptyState title="Nothing in your journal yet" level={3}>
            <p>Your entries will be listed here, newest first. A first step: write two or three lines about today — just for you.</p>
          </EmptyState>
        ) : (
          <ol className="plain-list thread" aria-label="Your entries" data-testid="own-entries">
            {mine.map((e) => (
              <OwnEntry
                key={e.id}
                entry={e}
                items={items}
                drafts={drafts}
                today={today}
                replies={repliesTo(acks, e.id, partnerId)}
                onItem={replace}
                onRemoved={drop}
              />
            ))}
          </ol>
        )}
      </section>

    </>
  );
}
