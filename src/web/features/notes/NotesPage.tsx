import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState.js';
import { PageTitle } from '../../components/Heading.js';
import { PageLoading } from '../../components/PageLoading.js';
import {
  asNoteDraft,
  byArrivalNewestFirst,
  byArrivalSoonestFirst,
  deliverAtOf,
  DRAFT_KEYS,
  DRAFT_PREFIX,
  stageOf,
  strandedEdits,
  type NoteDraft,
} from './content.js';
import { NoteComposer, type Carried } from './NoteComposer.js';
import { HeldNote, PastNote, ReceivedNote, ScheduledNote, SentNote, UnsentNote } from './NoteCards.js';
import { EndedCoupleNotice } from '../couples/EndedCouple.js';
import './notes.css';
import { usePractice } from '../../lib/use-practice.js';
import { useTogether, useTogetherClient } from '../today/useTogether.js';

const KINDS = ['note', 'acknowledgment'] as const;
const EMPTY_DRAFT = { text: '', when: 'now', date: '', time: '' } as const;

/**
 * The clock the page reads: once a minute (so "today" and the quick picks stay right) and just
 * after the next scheduled note's time, when it moves from "on its way" to "sent".
 */
function useNow(nextChange: number | null): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const t = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(t);
  }, []);
  useEffect(() => {
    if (nextChange === null) return;
    const wait = nextChange - Date.now() + 1000;
    // setTimeout can't wait longer than ~24 days; the minute tick covers the rest.
    if (wait > 2 ** 31 - 1) return;
    const t = setTimeout(() => setNow(new Date()), Math.max(0, wait));
    return () => clearTimeout(t);
  }, [nextChange]);
  return now;
}

/** Practice 8: notes to the partner, sent now or at a time you choose, and the ones they sent you. */
export function NotesPage() {
  const { me, partner, items, data, error, reload, replace, drop, drafts } = usePractice(KINDS, { prefix: DRAFT_PREFIX, parse: asNoteDraft });
  const partnerId = partner?.id ?? null;
  const together = useTogetherClient();
  // The partner's space, if they asked for one: notes due during it wait until it ends.
  const space = useTogether(() => together.space()).data?.partner ?? null;

  const nextDelivery =
    data?.note
      .filter((n) => n.mine)
      .map((n) => deliverAtOf(n))
      .filter((at): at is string => at !== null && Date.parse(at) > Date.now())
      .map((at) => Date.parse(at))
      .sort((a, b) => a - b)[0] ?? null;
  const now = useNow(nextDelivery);

  // Notes with their editor open stay editable on screen even once their time comes; saving then
  // answers 409 and the words move to a new note instead of vanishing with the editor.
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const onEditing = useCallback((id: string, on: boolean) => {
    setEditing((s) => {
      if (s.has(id) === on) return s;
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const [carried, setCarried] = useState<Carried | null>(null);
  const carrySeq = useRef(0);
  const carry = useCallback((draft: NoteDraft, fromKeys: string[]) => setCarried({ draft, fromKeys, seq: ++carrySeq.current }), []);

  // On load: edits left open on a note that has since arrived (or gone) become a new note.
  const strandedChecked = useRef(false);
  useEffect(() => {
    if (strandedChecked.current || !data || !drafts.restored) return;
    strandedChecked.current = true;
    const at = new Date();
    const found = strandedEdits(drafts.restored, (id) => data.note.some((n) => n.id === id && n.mine && stageOf(n, partnerId, at) === 'scheduled'));
    if (found) carry(found.draft, found.fromKeys);
  }, [data, drafts.restored, partnerId, carry]);

  const head = (
    <PageTitle lead="A few words for your partner — now, or at a time you choose, like tomorrow at 7:30 before work.">
      8. Notes and reassurance
    </PageTitle>
  );

  if (!data || !drafts.restored) {
    return <PageLoading head={head} error={!data ? error : null} reload={reload} loadingLabel="Opening your notes…" keptNote />;
  }

  const name = partner?.displayName ?? '';
  const mine = data.note.filter((n) => n.mine);
  const ctx = { coupleId: me.couple?.id ?? null, partnerSpace: partner ? space : null };
  const stage = (n: (typeof mine)[number]) => stageOf(n, partnerId, now, ctx);
  const unsent = byArrivalNewestFirst(mine.filter((n) => stage(n) === 'unsent'));
  const stillEditing = (n: (typeof mine)[number]) => stage(n) === 'delivered' && editing.has(n.id);
  const scheduled = byArrivalSoonestFirst(mine.filter((n) => stage(n) === 'scheduled' || stillEditing(n)));
  const sent = byArrivalNewestFirst(mine.filter((n) => stage(n) === 'delivered' && !stillEditing(n)));
  const held = byArrivalSoonestFirst(mine.filter((n) => stage(n) === 'held'));
  const past = byArrivalNewestFirst(mine.filter((n) => stage(n) === 'past' || stage(n) === 'stranded'));
  const received = partner ? byArrivalNewestFirst(data.note.filter((n) => !n.mine && n.authorId === partner.id)) : [];
  const repliesTo = (id: string, fromMe: boolean) =>
    data.acknowledgment.filter((a) => a.state?.parentId === id && (fromMe ? a.mine : !!partner && a.authorId === partner.id)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const newDraft = asNoteDraft(drafts.restored.get(DRAFT_KEYS.new)) ?? EMPTY_DRAFT;

  const receivedSection = partner ? (
    <section aria-labelledby="from-heading" className="stack">
      <h2 id="from-heading" className="anchor-target" tabIndex={-1}>
        From {name}
      </h2>
      {received.length === 0 ? (
        <EmptyState title={`Nothing from ${name} yet`} level={3}>
          <p>When {name} sends you a note, it will appear here at the time they chose. There's nothing you need to do until then.</p>
        </EmptyState>
      ) : (
        <ol className="plain-list thread">
          {received.map((n) => (
            <ReceivedNote key={n.id} note={n} mine={repliesTo(n.id, true)} items={items} onSent={() => void reload()} />
          ))}
        </ol>
      )}
    </section>
  ) : null;

  return (
    <div className="stack-lg">
      {head}

      {!me.couple && me.endedCouple ? <EndedCoupleNotice endedAt={me.endedCouple.endedAt} /> : null}
      {!partner ? (
        <p className="notice">
          You can start a note now; it's kept as a draft. When your partner joins, you can send it. <Link to="/couple">Invite your partner</Link>
        </p>
      ) : null}

      {received.length > 0 ? receivedSection : null}

      <section aria-labelledby="write-heading" className="stack">
        <h2 id="write-heading" className="anchor-target" tabIndex={-1}>
          Write a note
        </h2>
        <p className="why">
          <span className="why-label">Why this helps:</span> trust comes back through small, specific acts, repeated. Naming something real
          lands better than a general "I love you".
        </p>
        <NoteComposer
          items={items}
          drafts={drafts}
          now={now}
          draftKey={DRAFT_KEYS.new}
          initial={newDraft}
          carried={carried}
          onCarriedTaken={() => setCarried(null)}
          onItem={replace}
          partnerSpaceUntil={partner && space ? space.until : null}
        />
        {unsent.length > 0 ? (
          <ul className="plain-list thread" aria-label="Not sent yet">
            {unsent.map((n) => (
              <UnsentNote key={n.id} note={n} items={items} now={now} onItem={replace} onRemoved={drop} />
            ))}
          </ul>
        ) : null}
      </section>

      {partner && space && held.length > 0 ? (
        <section aria-labelledby="held-heading" className="stack">
          <h2 id="held-heading" className="anchor-target" tabIndex={-1}>
            Waiting for {name}'s space to end
          </h2>
          <ol className="plain-list thread">
            {held.map((n) => (
              <HeldNote key={n.id} note={n} until={space.until} now={now} />
            ))}
          </ol>
        </section>
      ) : null}

      {partner && scheduled.length > 0 ? (
        <section aria-labelledby="scheduled-heading" className="stack">
          <h2 id="scheduled-heading" className="anchor-target" tabIndex={-1}>
            On their way
          </h2>
          <p className="muted small">{name} can't see these until they arrive. Until then you can change or cancel them.</p>
          <ol className="plain-list thread">
            {scheduled.map((n) => (
              <ScheduledNote
                key={n.id}
                note={n}
                items={items}
                drafts={drafts}
                now={now}
                onItem={replace}
                onRemoved={drop}
                onStale={() => void reload()}
                onEditing={onEditing}
                onTooLate={(d, key) => carry(d, [key])}
              />
            ))}
          </ol>
        </section>
      ) : null}

      {partner ? (
        <section aria-labelledby="sent-heading" className="stack">
          <h2 id="sent-heading" className="anchor-target" tabIndex={-1}>
            Sent
          </h2>
          {sent.length === 0 ? (
            <EmptyState title="No notes sent yet" level={3}>
              <p>
                Notes you send appear here, with anything {name} says back. A first step: think of one specific thing {name} did lately that you
                noticed, and tell them.
              </p>
            </EmptyState>
          ) : (
            <ol className="plain-list thread">
              {sent.map((n) => (
                <SentNote key={n.id} note={n} replies={repliesTo(n.id, false)} />
              ))}
            </ol>
          )}
        </section>
      ) : null}

      {received.length === 0 ? receivedSection : null}

      {past.length > 0 ? (
        <section aria-labelledby="past-heading" className="stack">
          <h2 id="past-heading" className="anchor-target" tabIndex={-1}>
            From your earlier couple space
          </h2>
          <p className="muted small">Notes you wrote before that space ended. They're yours to keep; only you can read them now.</p>
          <ol className="plain-list thread">
            {past.map((n) => (
              <PastNote key={n.id} note={n} stranded={stage(n) === 'stranded'} items={items} onRemoved={drop} />
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
