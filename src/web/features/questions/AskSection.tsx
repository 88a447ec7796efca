import { parseContent } from '../../../shared/kinds.js';
import { parseWith } from '../../../shared/items/parse.js';
import { textContentSchema } from '../../../shared/questions/content.js';
import { useId, useRef, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { useStatusLine } from '../../lib/use-status-line.js';
import { localDateTime } from '../../lib/time.js';
import { SendDialog } from '../../components/ShareDialogs.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import { DRAFT_KEYS, QUESTION_MAX_CHARS, TOPICS, topicLabel, type QuestionContent, type TopicId } from './content.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../../lib/draft-status.js';
import { type Drafts } from '../../lib/use-drafts.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { usePracticeContext } from '../../lib/practice-context.js';

interface ComposerProps {
  items: ItemsClient;
  drafts: Drafts;
  onItem(item: OpenItem): void;
  /** Where one of my questions stands now (asked or not, how many answers), as a short string. */
  questionState(id: string): string;
}

/** Writing a question: a topic, the words, then keep it private or ask. */
export function QuestionComposer({ items, drafts, onItem, questionState }: ComposerProps) {
  const { partner, keys } = usePracticeContext();
  const uid = useId();
  const key = DRAFT_KEYS.question;
  const restored = parseContent('question', drafts.restored?.get(key));
  const [topic, setTopic] = useState<TopicId>(restored?.topic ?? 'timeline');
  const [text, setText] = useState(restored?.text ?? '');
  const status = useDraftStatus(drafts, key, restored?.text.trim() ? 'restored' : 'none');
  const [dialog, setDialog] = useState(false);
  const [busy, setBusy] = useState<'save' | 'ask' | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The line after asking (or keeping) speaks of that question: it goes once the question moves on.
  const [last, setLast] = useState<string | null>(null);
  const [note, setNote] = useStatusLine(last ? `${last}:${questionState(last)}` : '');
  const unsent = useRef<OpenItem | null>(null);
  const name = partner?.displayName ?? '';
  status.setActive(text.trim() !== '');

  const change = (next: QuestionContent) => {
    if (next.text.trim()) drafts.sync.change(key, next);
    else {
      void drafts.sync.discard(key);
      status.setShown('none');
    }
  };

  const done = (item: OpenItem, message: string) => {
    onItem(item);
    void drafts.sync.discard(key);
    setText('');
    status.setShown('none');
    setLast(item.id);
    setNote(message);
  };

  const keep = async () => {
    setBusy('save');
    setError(null);
    try {
      const q = await items.create('question', { topic, text: text.trim() }, {});
      done(q, 'Kept privately. You can ask it whenever you are ready.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const ask = async () => {
    if (!partner) return;
    setBusy('ask');
    setError(null);
    const content: QuestionContent = { topic, text: text.trim() };
    try {
      const prev = unsent.current ? parseContent('question', unsent.current.content) : null;
      const reuse = unsent.current && prev?.text === content.text && prev.topic === content.topic ? unsent.current : null;
      if (unsent.current && !reuse) await items.remove(unsent.current).catch(() => undefined);
      const q = reuse ?? (await items.create('question', content, {}));
      unsent.current = q;
      const shared = await items.share(q, partner);
      unsent.current = null;
      setDialog(false);
      done(shared, `Asked. ${name} can answer when they're ready.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="card stack">
      <fieldset className="qa-topics">
        <legend className="field-label">Topic</legend>
        <div className="choice-list">
          {TOPICS.map((t) => (
            <label key={t.id} className="choice">
              <input
                type="radio"
                name={`${uid}-topic`}
                value={t.id}
                checked={topic === t.id}
                onChange={() => {
                  setTopic(t.id);
                  change({ topic: t.id, text });
                }}
              />
              <span>{t.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="field-label" htmlFor={`${uid}-q`}>
          What you'd like to know
        </label>
        <p className="field-hint" id={`${uid}-hint`}>
          Ask what you need to know, as plainly as you like. A draft is kept as you type; only you can read it.
        </p>
        <textarea
          id={`${uid}-q`}
          className="textarea"
          rows={4}
          value={text}
          maxLength={QUESTION_MAX_CHARS}
          aria-describedby={`${uid}-hint ${uid}-s`}
          onChange={(e) => {
            setText(e.target.value);
            change({ topic, text: e.target.value });
          }}
        />
        <p className="draft-status" id={`${uid}-s`} role="status" aria-live="polite">
          {DRAFT_STATUS_TEXT[status.shown]}
        </p>
      </div>
      {partner && keys === 'changed' ? <KeysChangedNote name={name} /> : null}
      <div className="actions">
        {partner ? (
          <Button
            disabled={!text.trim() || keys !== 'ok' || busy !== null}
            onClick={() => {
              setError(null);
              setDialog(true);
            }}
          >
            Ask {name}…
          </Button>
        ) : null}
        <Button variant="secondary" disabled={!text.trim() || busy !== null} busy={busy === 'save'} busyLabel="Saving…" onClick={() => void keep()}>
          Save for later
        </Button>
      </div>
      {!dialog ? <ErrorAlert message={error} /> : null}
      <LiveStatus>{note}</LiveStatus>
      {partner ? (
        <SendDialog
          open={dialog}
          title={`Ask ${name}?`}
          name={name}
          who={`${name} will read this question. Nobody else — not Mend.`}
          preview={
            <>
              <span className="muted small">{topicLabel(topic)}</span>
              {'\n'}
              {text.trim()}
            </>
          }
          confirm="Ask"
          busyLabel="Asking…"
          busy={busy === 'ask'}
          error={error}
          onConfirm={() => void ask()}
          onClose={() => setDialog(false)}
        />
      ) : null}
    </div>
  );
}

interface OwnQuestionProps {
  question: OpenItem;
  answers: OpenItem[];
  items: ItemsClient;
  onItem(item: OpenItem): void;
  onRemoved(id: string): void;
}

/** One of my questions, asked or kept private, with the answers under it. */
export function OwnQuestion({ question, answers, items, onItem, onRemoved }: OwnQuestionProps) {
  const { partner, keys, timeZone } = usePracticeContext();
  const c = parseContent('question', question.content);
  const name = partner?.displayName ?? '';
  const asked = partner ? (question.sharedWith?.includes(partner.id) ?? false) : false;
  const [dialog, setDialog] = useState<'ask' | 'delete' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const ask = async () => {
    if (!partner) return;
    setBusy(true);
    setError(null);
    try {
      onItem(await items.share(question, partner));
      setDialog(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await items.remove(question);
      setDialog(null);
      onRemoved(question.id);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (!c) return null;
  return (
    <li className="card qa-question" data-testid={`question-${question.id}`}>
      <div className="reflection-head">
        <span className="muted small">{topicLabel(c.topic)}</span>
        <span className={asked ? 'badge badge-shared' : 'badge'}>{asked ? `Asked` : 'Kept private'}</span>
      </div>
      <p className="qa-question-text">{c.text}</p>
      <p className="muted small">
        <time dateTime={question.createdAt}>{localDateTime(question.createdAt, timeZone)}</time>
      </p>
      {asked ? (
        answers.length > 0 ? (
          <ul className="plain-list qa-answers" aria-label={`${name}'s answers`}>
            {answers.map((a) => {
              const t = a.verified ? parseWith(textContentSchema, a.content) : null;
              return (
                <li key={a.id} className="qa-answer">
                  {t ? (
                    <>
                      <p className="row-title">{name} answered</p>
                      <div className="reflection-text">{t.text}</div>
                      <p className="muted small">
                        <time dateTime={a.createdAt}>{localDateTime(a.createdAt, timeZone)}</time>
                      </p>
                    </>
                  ) : (
                    <p className="muted small">We couldn't verify this came from {name}, so it isn't shown.</p>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted small">No answer yet. {name} can answer when they're ready.</p>
        )
      ) : (
        <div className="actions actions-tight">
          {partner ? (
            <Button small disabled={keys !== 'ok'} onClick={() => setDialog('ask')}>
              Ask {name}…
            </Button>
          ) : null}
          <Button small variant="quiet" onClick={() => setDialog('delete')}>
            Delete
          </Button>
        </div>
      )}
      {partner ? (
        <SendDialog
          open={dialog === 'ask'}
          title={`Ask ${name}?`}
          name={name}
          who={`${name} will read this question. Nobody else — not Mend.`}
          preview={c.text}
          confirm="Ask"
          busyLabel="Asking…"
          busy={busy}
          error={error}
          onConfirm={() => void ask()}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <ConfirmDialog
        open={dialog === 'delete'}
        onClose={() => setDialog(null)}
        title="Delete this question?"
        confirmLabel="Delete"
        busyLabel="Deleting…"
        cancelLabel="Keep it"
        danger
        busy={busy}
        error={error}
        onConfirm={() => void remove()}
      >
        <p>It was only ever yours. Once deleted, it's gone.</p>
      </ConfirmDialog>
    </li>
  );
}
