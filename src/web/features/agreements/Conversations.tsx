import { parseContent } from '../../../shared/kinds.js';
import { useId, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { TextAreaField, TextField } from '../../components/Field.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { useStatusLine } from '../../lib/use-status-line.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import type { Drafts } from '../../lib/use-drafts.js';
import {
  DRAFT_KEYS,
  EMPTY_PREP,
  GUIDED_TOPICS,
  PREP_MAX,
  PREP_PARTS,
  prepHasWords,
  prepStage,
  TOPIC_MAX,
  type ConversationContent,
  type PrepContent,
} from './model.js';
import { useFormDraft } from '../../lib/use-form-draft.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

interface SuggestProps {
  items: ItemsClient;
  drafts: Drafts;
  onItem(item: OpenItem): void;
}

/** Suggesting a conversation: a guided topic, or one's own, shared with the partner. */
export function SuggestConversation({ items, drafts, onItem }: SuggestProps) {
  const { keys } = usePracticeContext();
  const partner = usePairedPartner();
  const uid = useId();
  const key = DRAFT_KEYS.conversation;
  const restored = parseContent('conversation', drafts.restored?.get(key));
  const { value, change, clear, statusText } = useFormDraft<{ topic: string; guide: string }>(
    drafts,
    key,
    { topic: '', guide: '' },
    restored ? { topic: restored.topic, guide: restored.guide ?? '' } : null,
    (v) => v.topic.trim() !== '',
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [topicError, setTopicError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const name = partner.displayName;

  const suggest = async () => {
    const topic = value.topic.trim();
    if (!topic) {
      setTopicError('Choose a topic above, or write your own.');
      return;
    }
    setBusy(true);
    setError(null);
    setTopicError(null);
    try {
      const content: ConversationContent = { topic, ...(value.guide.trim() ? { guide: value.guide.trim() } : {}) };
      const item = await items.create('conversation', content, {});
      try {
        onItem(await items.share(item, partner));
      } catch (e) {
        await items.remove(item).catch(() => undefined);
        throw e;
      }
      clear();
      setStatus(`Suggested to ${name}. You can each prepare privately now.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card stack" data-testid="conversation-suggest">
      <div className="stack" role="group" aria-labelledby={`${uid}-t`}>
        <p className="field-label" id={`${uid}-t`}>
          Start from a topic
        </p>
        <div className="actions actions-tight topic-picks">
          {GUIDED_TOPICS.map((t) => (
            <Button key={t.topic} small variant="secondary" aria-pressed={value.topic === t.topic} onClick={() => change({ topic: t.topic, guide: t.guide ?? '' })}>
              {t.topic}
            </Button>
          ))}
        </div>
      </div>
      <TextField label="Topic" value={value.topic} maxLength={TOPIC_MAX} error={topicError} onChange={(e) => change({ topic: e.target.value })} hint="Or write your own, in a few words." />
      <TextAreaField label="A line to guide you both (optional)" rows={2} maxLength={PREP_MAX} value={value.guide} onChange={(e) => change({ guide: e.target.value })} />
      <p className="draft-status" role="status" aria-live="polite">
        {statusText}
      </p>
      <div className="actions">
        <Button busy={busy} busyLabel="Suggesting…" disabled={keys !== 'ok'} onClick={() => void suggest()}>
          Suggest to {name}
        </Button>
      </div>
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </div>
  );
}

function PrepView({ prep, who }: { prep: PrepContent; who: string }) {
  return (
    <dl className="prep-view">
      {PREP_PARTS.filter((p) => prep[p.key].trim()).map((p) => (
        <div key={p.key}>
          <dt>{p.label}</dt>
          <dd className="reflection-text">{prep[p.key]}</dd>
        </div>
      ))}
      {!prepHasWords(prep) ? <dd className="muted small">{who} left this empty.</dd> : null}
    </dl>
  );
}

interface CardProps {
  conversation: OpenItem;
  /** My preparation for it, if I made one (made only when sharing). */
  mine: OpenItem | null;
  /** The partner's, once the server released both. */
  theirs: OpenItem | null;
  items: ItemsClient;
  drafts: Drafts;
  onItem(item: OpenItem): void;
}

/** One conversation: its topic, my private preparation, and — once both shared — both side by side. */
export function ConversationCard({ conversation, mine, theirs, items, drafts, onItem }: CardProps) {
  const { keys, timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const uid = useId();
  const c = conversation.verified ? parseContent('conversation', conversation.content) : null;
  const name = partner.displayName;
  const stage = prepStage(mine, partner.id);
  const key = DRAFT_KEYS.prep(conversation.id);
  const restored = parseContent('conversation_prep', drafts.restored?.get(key));
  const { value, change, clear, statusText } = useFormDraft<PrepContent>(drafts, key, EMPTY_PREP, restored, prepHasWords);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // "Yours will be shown when …" is true only while the preparation waits.
  const [status, setStatus] = useStatusLine(`${stage}:${theirs ? 'theirs' : ''}`);

  if (!c) {
    return (
      <li className="card">
        <p className="muted small">We couldn't open or verify this conversation on this device, so it isn't shown.</p>
      </li>
    );
  }

  const share = async () => {
    if (!prepHasWords(value)) {
      setError('Write a little in at least one part first — even one line is enough.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // Made only now, so the partner (and the server) learn nothing while it is being written.
      const content: PrepContent = { feelings: value.feelings.trim(), concerns: value.concerns.trim(), needs: value.needs.trim(), iStatements: value.iStatements.trim() };
      const item = mine ?? (await items.create('conversation_prep', content, { conversationId: conversation.id }));
      onItem(item);
      const shared = await items.share(item, partner);
      onItem(shared);
      clear();
      setStatus(prepStage(shared, partner.id) === 'shown' ? `Shared. You can read ${name}'s now.` : `Shared. Yours will be shown when ${name} shares theirs too.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const myPrep = mine?.verified ? parseContent('conversation_prep', mine.content) ?? EMPTY_PREP : null;
  const theirPrep = theirs?.verified ? parseContent('conversation_prep', theirs.content) ?? EMPTY_PREP : null;

  return (
    <li className="card stack" data-testid="conversation" aria-labelledby={`${uid}-h`}>
      <div className="reflection-head">
        <h3 id={`${uid}-h`}>{c.topic}</h3>
        <span className={stage === 'shown' && theirPrep ? 'badge badge-shared' : 'badge'}>
          {stage === 'shown' && theirPrep ? 'Both shared' : stage === 'held' ? 'Waiting' : 'Preparing'}
        </span>
      </div>
      <p className="muted small">
        {conversation.mine ? 'You suggested it' : `${name} suggested it`} · <time dateTime={conversation.createdAt}>{localDateTime(conversation.createdAt, timeZone)}</time>
      </p>
      {c.guide ? <p>{c.guide}</p> : null}

      {stage === 'draft' ? (
        <div className="stack">
          <p className="muted small">Only you can see what you write here. {name} won't know whether you've prepared until you both share.</p>
          {PREP_PARTS.map((p) => (
            <TextAreaField key={p.key} label={p.label} hint={p.hint} rows={3} maxLength={PREP_MAX} value={value[p.key]} onChange={(e) => change({ [p.key]: e.target.value })} />
          ))}
          <p className="draft-status" role="status" aria-live="polite">
            {statusText}
          </p>
          <div className="actions">
            <Button busy={busy} busyLabel="Sharing…" disabled={keys !== 'ok'} onClick={() => void share()}>
              Share when we're both ready
            </Button>
          </div>
          <p className="muted small">Yours is kept back until {name} shares theirs too; then you both see both at once.</p>
        </div>
      ) : null}

      {stage === 'held' ? (
        <div className="stack">
          <p className="notice" data-testid="prep-waiting">
            Waiting — yours will be shown when {name} shares theirs too.
          </p>
          {myPrep ? (
            <details className="history">
              <summary>What you shared</summary>
              <div className="history-body">
                <PrepView prep={myPrep} who="You" />
              </div>
            </details>
          ) : null}
        </div>
      ) : null}

      {stage === 'shown' ? (
        <div className="prompt-answers" data-testid="prep-both">
          <section className="prompt-side" aria-labelledby={`${uid}-you`}>
            <h4 id={`${uid}-you`}>You</h4>
            {myPrep ? <PrepView prep={myPrep} who="You" /> : <p className="muted small">This couldn't be opened on this device.</p>}
          </section>
          <section className="prompt-side" aria-labelledby={`${uid}-them`}>
            <h4 id={`${uid}-them`}>{name}</h4>
            {theirPrep ? <PrepView prep={theirPrep} who={name} /> : <p className="muted small">Opening {name}'s…</p>}
          </section>
        </div>
      ) : null}
      {stage === 'shown' && theirPrep ? <p className="muted small">Read each other's first, then talk when you both have time. Listening to understand, not to answer, is the point.</p> : null}
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </li>
  );
}
