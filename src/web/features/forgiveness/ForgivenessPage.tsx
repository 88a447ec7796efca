import { parseContent } from '../../../shared/kinds.js';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { Fold } from '../../components/Fold.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { TextAreaField, TextField } from '../../components/Field.js';
import { PageTitle } from '../../components/Heading.js';
import { KeyChangedBanner } from '../../components/KeyChangedBanner.js';
import { PageLoading } from '../../components/PageLoading.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { useStatusLine } from '../../lib/use-status-line.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import { type Drafts } from '../../lib/use-drafts.js';
import { useFormDraft } from '../../lib/use-form-draft.js';
import '../agreements/agreements.css';
import { EndedCoupleNotice } from '../couples/EndedCouple.js';
import { usePractice } from '../../lib/use-practice.js';
import {
  DRAFT_KEYS,
  DRAFT_PREFIX,
  MARKED_TEXT,
  markedTogether,
  MILESTONE_IDEAS,
  MILESTONE_NOTE_MAX,
  MILESTONE_TITLE_MAX,
  promptOf,
  REFLECTION_MAX,
  REFLECTION_PROMPTS,
  type ForgivenessContent,
  type MilestoneContent,
  type MilestoneType,
  type ReflectionPrompt,
} from './model.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

const KINDS = ['forgiveness_reflection', 'milestone', 'acknowledgment'] as const;

interface Shared {
  items: ItemsClient;
  drafts: Drafts;
  onItem(item: OpenItem): void;
}

/** One guided reflection: private until saved and shared, and it can be unshared again. */
function ReflectionCard({ prompt, saved, items, drafts, onItem }: Shared & { prompt: ReflectionPrompt; saved: OpenItem | null }) {
  const { partner, keys, timeZone } = usePracticeContext();
  const key = DRAFT_KEYS.reflection(prompt.id);
  const savedText = saved?.verified ? parseContent('forgiveness_reflection', saved.content)?.text ?? '' : '';
  const restored = drafts.restored?.get(key);
  const restoredText = restored && typeof restored === 'object' && typeof (restored as { text?: unknown }).text === 'string' ? (restored as { text: string }).text : null;
  const { value, change, clear, statusText } = useFormDraft(drafts, key, { text: savedText }, restoredText !== null ? { text: restoredText } : null, (v) => v.text.trim() !== '' && v.text !== savedText);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const name = partner?.displayName ?? '';
  const shared = !!partner && !!saved && (saved.sharedWith ?? []).includes(partner.id);
  const text = value.text.trim();
  const changed = text !== savedText.trim();

  const run = async (what: 'save' | 'share' | 'unshare') => {
    setBusy(what);
    setError(null);
    try {
      let item = saved;
      if (what === 'save' || (what === 'share' && changed)) {
        const content: ForgivenessContent = { prompt: prompt.id, text };
        item = item ? await items.update(item, content) : await items.create('forgiveness_reflection', content, {});
        onItem(item);
        clear({ text });
      }
      if (what === 'share' && item && partner) onItem(await items.share(item, partner));
      if (what === 'unshare' && item && partner) onItem(await items.unshare(item, partner.id));
      setStatus(what === 'save' ? (shared ? `Saved. ${name} sees the new words.` : 'Saved, just for you.') : what === 'share' ? `Shared with ${name}.` : `${name} no longer sees this.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <li className="card stack" data-testid={`forgiveness-${prompt.id}`}>
      <TextAreaField
        label={prompt.question}
        hint={
          <>
            <span className="why-label">Why this helps:</span> {prompt.why}
          </>
        }
        rows={4}
        maxLength={REFLECTION_MAX}
        value={value.text}
        onChange={(e) => change({ text: e.target.value })}
      />
      <p className="draft-status" role="status" aria-live="polite">
        {statusText || (saved ? (shared ? `Saved · shared with ${name}` : 'Saved · only you can see it') : '')}
      </p>
      <div className="actions actions-tight">
        <Button small busy={busy === 'save'} busyLabel="Saving…" disabled={!text || !changed || busy !== null} onClick={() => void run('save')}>
          Save privately
        </Button>
        {partner && !shared && text ? (
          <Button small variant="secondary" busy={busy === 'share'} busyLabel="Sharing…" disabled={keys !== 'ok' || busy !== null} onClick={() => void run('share')}>
            Share with {name}
          </Button>
        ) : null}
        {shared ? (
          <Button small variant="quiet" busy={busy === 'unshare'} busyLabel="Stopping…" disabled={busy !== null} onClick={() => void run('unshare')}>
            Stop sharing
          </Button>
        ) : null}
      </div>
      {saved ? (
        <p className="muted small">
          Last saved <time dateTime={saved.updatedAt}>{localDateTime(saved.updatedAt, timeZone)}</time>
        </p>
      ) : null}
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </li>
  );
}

/** Proposing a milestone, or closing a chapter: a few words, shared for the partner to confirm. */
function MilestoneForm({ type, items, drafts, onItem, standing }: Shared & { type: MilestoneType; standing(id: string): string }) {
  const { keys } = usePracticeContext();
  const partner = usePairedPartner();
  const key = type === 'chapter' ? DRAFT_KEYS.chapter : DRAFT_KEYS.milestone;
  const restored = parseContent('milestone', drafts.restored?.get(key));
  const { value, change, clear, statusText } = useFormDraft(drafts, key, { type, title: '', note: '' }, restored ? { type, title: restored.title, note: restored.note ?? '' } : null, (v) => !!(v.title.trim() || v.note.trim()));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [titleError, setTitleError] = useState<string | null>(null);
  // "… when Sam confirms it" speaks of the one just suggested: it goes once Sam has.
  const [proposed, setProposed] = useState<string | null>(null);
  const [status, setStatus] = useStatusLine(proposed ? `${proposed}:${standing(proposed)}` : '');
  const name = partner.displayName;
  const chapter = type === 'chapter';

  const propose = async () => {
    const title = value.title.trim();
    if (!title) {
      setTitleError(chapter ? 'Give the chapter a name, in a few words.' : 'Name the milestone in a few words.');
      return;
    }
    setBusy(true);
    setError(null);
    setTitleError(null);
    try {
      const content: MilestoneContent = { type, title, ...(value.note.trim() ? { note: value.note.trim() } : {}) };
      const item = await items.create('milestone', content, {});
      let shared: OpenItem;
      try {
        shared = await items.share(item, partner);
      } catch (e) {
        await items.remove(item).catch(() => undefined);
        throw e;
      }
      onItem(shared);
      clear();
      setProposed(shared.id);
      setStatus(
        chapter
          ? `Shared with ${name}. It's closed together when ${name} agrees — whenever they're ready.`
          : `Shared with ${name}. It's marked together when ${name} confirms it — whenever they're ready.`,
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card stack" data-testid={chapter ? 'chapter-form' : 'milestone-form'}>
      {!chapter ? (
        <div className="actions actions-tight topic-picks" role="group" aria-label="Ideas to start from">
          {MILESTONE_IDEAS.map((idea) => (
            <Button key={idea} small variant="secondary" aria-pressed={value.title === idea} onClick={() => change({ title: idea })}>
              {idea}
            </Button>
          ))}
        </div>
      ) : null}
      <TextField
        label={chapter ? 'The chapter you want to close' : 'The milestone'}
        hint={chapter ? 'Like “The year of secrets” or “The weeks after I found out”.' : 'Something you both reached — in your own words.'}
        value={value.title}
        maxLength={MILESTONE_TITLE_MAX}
        error={titleError}
        onChange={(e) => change({ title: e.target.value })}
      />
      <TextAreaField
        label={chapter ? 'What you are leaving behind, and what you are keeping (optional)' : 'A few words about it (optional)'}
        rows={3}
        maxLength={MILESTONE_NOTE_MAX}
        value={value.note}
        onChange={(e) => change({ note: e.target.value })}
      />
      <p className="draft-status" role="status" aria-live="polite">
        {statusText}
      </p>
      <div className="actions">
        <Button busy={busy} busyLabel="Sharing…" disabled={keys !== 'ok'} onClick={() => void propose()}>
          {chapter ? `Suggest closing it, to ${name}` : `Suggest it to ${name}`}
        </Button>
      </div>
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </div>
  );
}

/** One milestone: proposed, waiting, or marked together; the other partner can confirm it (never has to). */
function MilestoneCard({ milestone, acks, items, onItem }: Shared & { milestone: OpenItem; acks: OpenItem[] }) {
  const { keys, timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const c = milestone.verified ? parseContent('milestone', milestone.content) : null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const together = markedTogether(milestone, acks);
  const [status, setStatus] = useStatusLine(`${together}`);
  const name = partner.displayName;
  if (!c) {
    return (
      <li className="card">
        <p className="muted small">We couldn't open or verify this milestone on this device, so it isn't shown.</p>
      </li>
    );
  }
  const chapter = c.type === 'chapter';

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const ack = await items.create('acknowledgment', { text: MARKED_TEXT }, { parentId: milestone.id });
      onItem(await items.share(ack, partner));
      setStatus(`${name} will see that you ${chapter ? 'closed it' : 'marked it'} together.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="card stack" data-testid="milestone">
      <div className="reflection-head">
        <h3>{c.title}</h3>
        <span className={together ? 'badge badge-shared' : 'badge'}>{together ? (chapter ? 'Closed together' : 'Marked together') : chapter ? 'A chapter to close' : 'Suggested'}</span>
      </div>
      <p className="muted small">
        {milestone.mine ? 'You suggested it' : `${name} suggested it`} · <time dateTime={milestone.createdAt}>{localDateTime(milestone.createdAt, timeZone)}</time>
      </p>
      {c.note ? <div className="reflection-text">{c.note}</div> : null}
      {together ? (
        <p className="agreement-accepted">{chapter ? 'You both chose to close this chapter.' : 'You marked this together.'}</p>
      ) : milestone.mine ? (
        <p className="muted">It's marked together when {name} confirms it. There's no hurry, and no answer is needed.</p>
      ) : (
        <>
          <p className="muted">Only if it feels true for you too. You can leave it as long as you like.</p>
          <div className="actions actions-tight">
            <Button small busy={busy} busyLabel="Marking…" disabled={keys !== 'ok'} onClick={() => void confirm()}>
              {chapter ? 'Close it together' : 'Mark it together'}
            </Button>
          </div>
        </>
      )}
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </li>
  );
}

/** One of my milestones or chapters from a couple space that has ended: still mine to read, labelled as such. */
function PastMilestone({ milestone }: { milestone: OpenItem }) {
  const { timeZone } = usePracticeContext();
  const c = milestone.verified ? parseContent('milestone', milestone.content) : null;
  if (!c) return null;
  const chapter = c.type === 'chapter';
  return (
    <li className="card stack" data-testid="past-milestone">
      <div className="reflection-head">
        <h3>{c.title}</h3>
        <span className="badge">{chapter ? 'A chapter' : 'A milestone'}</span>
      </div>
      <p className="muted small">
        You suggested it · <time dateTime={milestone.createdAt}>{localDateTime(milestone.createdAt, timeZone)}</time>
      </p>
      {c.note ? <div className="reflection-text">{c.note}</div> : null}
      <p className="muted small">{milestone.sharedUntil ? 'Shared in your couple space until it ended.' : 'Kept private; your couple space ended before it was shared.'}</p>
    </li>
  );
}

/** Practice 10: reflections on letting go, milestones marked together, and closing a chapter — at nobody's pace but your own. */
export function ForgivenessPage() {
  const { me, partner, items, data, error, reload, replace, drafts, keys } = usePractice(KINDS, { prefix: DRAFT_PREFIX });
  // Which questions were under way when the page opened: fixed then, so a card never jumps out of its fold on saving.
  const startedAtOpen = useRef<ReadonlySet<string> | null>(null);

  const head = (
    <PageTitle lead="There is no hurry here. Letting go of resentment is yours to take at your own pace — and it isn't the same as forgetting, excusing, or deciding to stay.">
      10. Forgiveness and moving forward
    </PageTitle>
  );
  if (!data || !drafts.restored) {
    return <PageLoading head={head} error={!data ? error : null} reload={reload} loadingLabel="Opening this practice…" keptNote />;
  }

  const name = partner?.displayName ?? '';
  const mineFor = (promptId: string) =>
    data.forgiveness_reflection.filter((r) => r.mine && parseContent('forgiveness_reflection', r.content)?.prompt === promptId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
  const theirs = partner ? data.forgiveness_reflection.filter((r) => !r.mine && r.authorId === partner.id) : [];
  const coupleId = me.couple?.id ?? null;
  // Mine from a couple space that ended stay here, labelled; they are no longer part of the current one.
  const fromEnded = (m: OpenItem) => m.mine && m.coupleId !== null && m.coupleId !== coupleId;
  const milestones = data.milestone
    .filter((m) => (m.mine && !fromEnded(m)) || (!!partner && m.authorId === partner.id))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const pastMilestones = data.milestone.filter(fromEnded).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const ms = milestones.filter((m) => parseContent('milestone', m.content)?.type !== 'chapter');
  const chapters = milestones.filter((m) => parseContent('milestone', m.content)?.type === 'chapter');
  const acksFor = (id: string) => data.acknowledgment.filter((a) => a.state?.parentId === id);
  const standingOf = (id: string) => {
    const m = data.milestone.find((x) => x.id === id);
    return m ? (markedTogether(m, acksFor(id)) ? 'together' : 'suggested') : 'gone';
  };
  const shared: Shared = { items, drafts, onItem: replace };

  // What is in use shows; a question not started, and the forms, wait folded until opened.
  const hasDraft = (key: string) => drafts.restored?.get(key) !== undefined && drafts.restored?.get(key) !== null;
  startedAtOpen.current ??= new Set(REFLECTION_PROMPTS.filter((p) => mineFor(p.id) !== null || hasDraft(DRAFT_KEYS.reflection(p.id))).map((p) => p.id));
  const started = REFLECTION_PROMPTS.filter((p) => startedAtOpen.current!.has(p.id));
  const notStarted = REFLECTION_PROMPTS.filter((p) => !started.includes(p));

  return (
    <div className="stack-lg">
      {head}
      {/* Sharing here is by buttons, not a dialog: the pause is said once, at the top. */}
      {partner && keys === 'changed' ? <KeyChangedBanner name={partner.displayName} /> : null}
      <nav aria-label="On this page" className="jump-nav">
        <ul className="plain-list jump-list">
          <li>
            <a href="#reflect-heading">Reflections</a>
          </li>
          <li>
            <a href="#milestones-heading">Milestones</a>
          </li>
          <li>
            <a href="#chapter-heading">Close a chapter</a>
          </li>
        </ul>
      </nav>

      {theirs.length > 0 ? (
        <section aria-labelledby="theirs-heading" className="stack">
          <h2 id="theirs-heading">What {name} shared</h2>
          <p className="muted small">{name} chose to show you these. Nothing is asked of you.</p>
          <ul className="plain-list stack">
            {theirs.map((r) => {
              const c = r.verified ? parseContent('forgiveness_reflection', r.content) : null;
              return (
                <li key={r.id} className="card stack" data-testid="forgiveness-theirs">
                  {c ? (
                    <>
                      <h3>{promptOf(c.prompt)?.question ?? 'A reflection'}</h3>
                      <div className="reflection-text">{c.text}</div>
                    </>
                  ) : (
                    <p className="muted small">We couldn't verify this came from {name}, so it isn't shown.</p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="reflect-heading" className="stack">
        <h2 id="reflect-heading" className="anchor-target" tabIndex={-1}>
          Reflections on letting go
        </h2>
        <p className="why">
          <span className="why-label">Why this helps:</span> people who work through betrayal describe forgiveness as a slow process of
          putting down resentment — separate from whether, or how, you rebuild. These are private; share one only if you want to.
        </p>
        {started.length > 0 ? (
          <ul className="plain-list stack">
            {started.map((p) => (
              <ReflectionCard key={p.id} prompt={p} saved={mineFor(p.id)} {...shared} />
            ))}
          </ul>
        ) : null}
        {notStarted.length > 0 ? (
          <Fold summary={started.length > 0 ? 'More questions to reflect on' : 'Reflect on a question'} testId="forgiveness-more">
            <ul className="plain-list stack">
              {notStarted.map((p) => (
                <ReflectionCard key={p.id} prompt={p} saved={mineFor(p.id)} {...shared} />
              ))}
            </ul>
          </Fold>
        ) : null}
        <p className="muted">
          Every month or so, a short questionnaire can show how this changes over time, just for you.{' '}
          <Link to="/practices/healing">Open the questionnaires</Link>
        </p>
      </section>


      <section aria-labelledby="milestones-heading" className="stack">
        <h2 id="milestones-heading" className="anchor-target" tabIndex={-1}>
          Milestones you mark together
        </h2>
        <p className="why">
          <span className="why-label">Why this helps:</span> trust returns through small things kept up over months. Marking a stretch of
          them together lets both of you see how far you've come.
        </p>
        {partner ? (
          <>
            {ms.length === 0 ? (
              <EmptyState title="No milestones yet" level={3}>
                <p>One of you suggests a milestone; it's marked together when the other confirms it.</p>
              </EmptyState>
            ) : (
              <ul className="plain-list stack">
                {ms.map((m) => (
                  <MilestoneCard key={m.id} milestone={m} acks={acksFor(m.id)} {...shared} />
                ))}
              </ul>
            )}
            <Fold summary="Suggest a milestone" open={hasDraft(DRAFT_KEYS.milestone) || milestones.length === 0} testId="milestone-fold">
              <MilestoneForm type="milestone" {...shared} standing={standingOf} />
            </Fold>
          </>
        ) : (
          <p className="muted">
            When your partner joins, you can mark milestones together here. <Link to="/couple">Invite your partner</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="chapter-heading" className="stack">
        <h2 id="chapter-heading" className="anchor-target" tabIndex={-1}>
          Close a chapter
        </h2>
        <p className="muted">
          Some couples find it helps, one day, to name a hard stretch and agree to close it — not to forget it, but to stop living inside it.
          Only when you both want to.
        </p>
        {partner ? (
          <>
            {chapters.length > 0 ? (
              <ul className="plain-list stack">
                {chapters.map((m) => (
                  <MilestoneCard key={m.id} milestone={m} acks={acksFor(m.id)} {...shared} />
                ))}
              </ul>
            ) : null}
            <Fold summary="Close a chapter together" open={hasDraft(DRAFT_KEYS.chapter)} testId="chapter-fold">
              <MilestoneForm type="chapter" {...shared} standing={standingOf} />
            </Fold>
          </>
        ) : null}
      </section>

      {pastMilestones.length > 0 ? (
        <section aria-labelledby="past-milestones-heading" className="stack">
          <h2 id="past-milestones-heading">From your earlier couple space</h2>
          {!me.couple && me.endedCouple ? <EndedCoupleNotice endedAt={me.endedCouple.endedAt} /> : null}
          <p className="muted small">Milestones and chapters you suggested there. They're yours to keep; only you can read them now.</p>
          <ul className="plain-list stack">
            {pastMilestones.map((m) => (
              <PastMilestone key={m.id} milestone={m} />
            ))}
          </ul>
        </section>
      ) : null}

      <p>
        <Link to="/practices">All practices</Link>
      </p>
    </div>
  );
}
