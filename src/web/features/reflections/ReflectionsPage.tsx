import { parseContent } from '../../../shared/kinds.js';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { OpenItem } from '../../../shared/client/index.js';
import type { ReflectionSection } from '../../../shared/kinds.js';
import { useMe } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Fold } from '../../components/Fold.js';
import { PageTitle } from '../../components/Heading.js';
import { PageLoading } from '../../components/PageLoading.js';
import { LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { OwnSection } from './OwnSection.js';
import { PartnerSection } from './PartnerSection.js';
import { ShareDialog } from './ShareDialogs.js';
import { acksByParent, bySection, draftKey, SECTIONS, sectionInfo, type SectionInfo } from './sections.js';
import { useItems } from '../../lib/use-items.js';
import { useReflectionData, useReflectionDrafts } from './useReflections.js';
import { usePracticeContext } from '../../lib/practice-context.js';
import './reflections.css';

/** Practice 1: each partner's private, guided reflection, and what the other chose to share. */
export function ReflectionsPage() {
  const me = useMe();
  const { partner } = usePracticeContext();
  const items = useItems(partner);
  const { data, error, reload, replace } = useReflectionData(items, partner?.id ?? null);
  const drafts = useReflectionDrafts(items, me.user.id);

  const [shareAll, setShareAll] = useState(false);
  const [shareBusy, setShareBusy] = useState(false);
  const [shareError, setShareError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  // The parts under way when the page opened (fixed then, so a card never jumps out of its fold on saving).
  const openAtStart = useRef<ReadonlySet<ReflectionSection> | null>(null);

  const head = (
    <PageTitle lead="What happened, how it felt, and what you need now: a guided reflection that stays yours until you share it.">
      1. Understand what happened
    </PageTitle>
  );

  if (!data || !drafts.restored) {
    return <PageLoading head={head} error={!data ? error : null} reload={reload} loadingLabel="Opening your reflection…" keptNote />;
  }

  const own = bySection(data.reflections.filter((i) => i.mine));
  const theirs = partner ? bySection(data.reflections.filter((i) => !i.mine && i.authorId === partner.id)) : new Map<ReflectionSection, OpenItem>();
  const acks = acksByParent(data.acks);
  const name = partner?.displayName ?? '';
  const started = own.size > 0 || drafts.restored.size > 0;

  const unshared = partner
    ? SECTIONS.filter((s) => {
        const it = own.get(s.section);
        return it && parseContent('reflection', it.content) && !it.sharedWith?.includes(partner.id);
      })
    : [];

  // Once any part is shared, "everything here is private" is no longer true.
  const anyShared = !!partner && [...own.values()].some((it) => it.sharedWith?.includes(partner.id));

  const doShareAll = async () => {
    if (!partner) return;
    setShareBusy(true);
    setShareError(null);
    let done = 0;
    try {
      for (const s of unshared) {
        const it = own.get(s.section);
        if (!it) continue;
        replace(await items.share(it, partner));
        done++;
      }
      setShareAll(false);
      setAnnounce(`Shared ${done === 1 ? 'one section' : `${done} sections`} with ${name}.`);
    } catch (e) {
      setShareError(done > 0 ? `${done} shared; the rest didn't go through. Try again?` : errorMessage(e));
    } finally {
      setShareBusy(false);
    }
  };

  const ownCard = (info: SectionInfo) => {
    const item = own.get(info.section) ?? null;
    return (
      <OwnSection
        key={info.section}
        info={info}
        item={item}
        draft={drafts.restored?.get(draftKey(info.section)) ?? null}
        items={items}
        drafts={drafts}
        received={item ? (acks.get(item.id) ?? []).filter((a) => !a.mine) : []}
        onItem={replace}
      />
    );
  };

  if (openAtStart.current === null) {
    const under = SECTIONS.filter((x) => own.has(x.section) || drafts.restored?.get(draftKey(x.section))).map((x) => x.section);
    openAtStart.current = new Set(under.length > 0 ? under : ['what_happened']);
  }
  const shownAtStart = openAtStart.current;
  // What is under way shows; the other parts wait folded, so the page stays short until opened.
  const group = (g: SectionInfo['group'], more: string) => {
    const shown = SECTIONS.filter((x) => x.group === g && shownAtStart.has(x.section));
    const folded = SECTIONS.filter((x) => x.group === g && !shownAtStart.has(x.section));
    return (
      <>
        {shown.length > 0 ? <div className="reflection-list">{shown.map(ownCard)}</div> : null}
        {folded.length > 0 ? (
          <Fold summary={shown.length > 0 ? more : folded.length === 1 ? `Write about “${folded[0]!.title}”` : 'Write about these'} testId={`reflection-more-${g}`}>
            <div className="reflection-list">{folded.map(ownCard)}</div>
          </Fold>
        ) : null}
      </>
    );
  };

  const fromPartner =
    partner && theirs.size > 0 ? (
      <section aria-labelledby="partner-heading" className="stack">
        <h2 id="partner-heading" className="anchor-target" tabIndex={-1}>
          From {name}
        </h2>
        <p className="muted">Take it in at your own pace. You don't have to reply.</p>
        <div className="reflection-list">
          {[...theirs.entries()].map(([section, item]) => (
            <PartnerSection
              key={item.id}
              info={sectionInfo(section)}
              item={item}
              sent={(acks.get(item.id) ?? []).filter((a) => a.mine)}
              items={items}
              onSent={() => void reload()}
            />
          ))}
        </div>
      </section>
    ) : null;

  return (
    <div className="stack-lg">
      {head}

      {fromPartner}

      {!started ? (
        <EmptyState title="Start with a few lines">
          <p>This is a quiet place to make sense of what happened, in your own words and at your own pace.</p>
          <p>
            A first step: write a few lines under “What happened”. It keeps a draft as you type, and only you can read it.
          </p>
        </EmptyState>
      ) : null}

      <section aria-labelledby="yours-heading" className="stack">
        <h2 id="yours-heading">Your reflection</h2>
        <p className="muted">As much or as little as you like, in any order. Each part keeps a draft; press Save when it says what you mean.</p>
        {partner ? (
          unshared.length > 0 ? (
            <div className="share-bar">
              <p className="muted small" data-testid="share-bar-note">
                {anyShared ? `What you haven't shared with ${name} stays private until you share it.` : 'Everything here is private until you share it.'}
              </p>
              <Button
                variant="secondary"
                small
                onClick={() => {
                  setShareError(null);
                  setShareAll(true);
                }}
              >
                Share all saved sections…
              </Button>
            </div>
          ) : null
        ) : (
          <p className="notice">
            When your partner joins, you can share any part of this. <Link to="/couple">Invite your partner</Link>
          </p>
        )}
        <LiveStatus>{announce}</LiveStatus>
        {group('everyone', 'More parts to write')}
      </section>

      <section aria-labelledby="broke-heading" className="stack">
        <h2 id="broke-heading">If you broke trust</h2>
        <p className="muted">
          These two are for the partner who broke trust, or for anyone they fit.
        </p>
        {group('broke_trust', 'More parts to write')}
      </section>

      <section className="stack" aria-labelledby="qa-link-heading" data-testid="questions-card">
        <h2 id="qa-link-heading">Questions and answers</h2>
        <p>
          When you need to understand, you can ask: one question at a time, at a pace you set.{' '}
          <Link to="/practices/understand/questions">Open questions and answers</Link>
        </p>
      </section>

      {partner && theirs.size === 0 ? (
        <EmptyState title={`From ${name}`}>
          <p>
            Nothing from {name} here yet. When {name} chooses to share part of their reflection, it will appear here — there's no
            hurry.
          </p>
        </EmptyState>
      ) : null}

      <p>
        <Link to="/practices">All practices</Link>
      </p>

      {partner ? (
        <ShareDialog
          open={shareAll}
          name={name}
          titles={unshared.map((s) => s.title)}
          busy={shareBusy}
          error={shareError}
          onConfirm={() => void doShareAll()}
          onClose={() => setShareAll(false)}
        />
      ) : null}
    </div>
  );
}
