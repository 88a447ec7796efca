import { parseContent } from '../../../shared/kinds.js';
import { parseWith } from '../../../shared/items/parse.js';
import { textContentSchema } from '../../../shared/questions/content.js';
import { useId, useRef, useState } from 'react';
import type { ItemKind } from '../../../shared/kinds.js';
import type { Stance } from '../../../core/today/index.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import { SendDialog } from '../../components/ShareDialogs.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import { ANSWER_MAX_CHARS, DRAFT_KEYS, topicLabel, type TextContent } from './content.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../../lib/draft-status.js';
import { type Drafts } from '../../lib/use-drafts.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

interface WriteProps {
  draftKey: string;
  kind: ItemKind;
  parentId?: string;
  label: string;
  hint: string;
  button: string;
  dialogTitle: string;
  items: ItemsClient;
  drafts: Drafts;
  onItem(item: OpenItem): void;
}

/** A longer text (an answer, or something volunteered): drafts kept, a preview, then shared. */
function WriteAndShare({ draftKey, kind, parentId, label, hint, button, dialogTitle, items, drafts, onItem }: WriteProps) {
  const { keys } = usePracticeContext();
  const partner = usePairedPartner();
  const uid = useId();
  const restored = parseWith(textContentSchema, drafts.restored?.get(draftKey));
  const [text, setText] = useState(restored?.text ?? '');
  const status = useDraftStatus(drafts, draftKey, restored?.text.trim() ? 'restored' : 'none');
  const [dialog, setDialog] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const unsent = useRef<OpenItem | null>(null);
  const name = partner.displayName;
  status.setActive(text.trim() !== '');

  const send = async () => {
    setBusy(true);
    setError(null);
    const content: TextContent = { text: text.trim() };
    try {
      const prev = unsent.current ? parseWith(textContentSchema, unsent.current.content) : null;
      const reuse = unsent.current && prev?.text === content.text ? unsent.current : null;
      if (unsent.current && !reuse) await items.remove(unsent.current).catch(() => undefined);
      const item = reuse ?? (await items.create(kind, content, parentId ? { parentId } : {}));
      unsent.current = item;
      const shared = await items.share(item, partner);
      unsent.current = null;
      onItem(shared);
      void drafts.sync.discard(draftKey);
      setText('');
      status.setShown('none');
      setDialog(false);
      setNote(`Shared with ${name}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <div className="field">
        <label className="field-label" htmlFor={`${uid}-t`}>
          {label}
        </label>
        <p className="field-hint" id={`${uid}-hint`}>
          {hint}
        </p>
        <textarea
          id={`${uid}-t`}
          className="textarea"
          rows={5}
          value={text}
          maxLength={ANSWER_MAX_CHARS}
          aria-describedby={`${uid}-hint ${uid}-s`}
          onChange={(e) => {
            setText(e.target.value);
            if (e.target.value.trim()) drafts.sync.change(draftKey, { text: e.target.value } satisfies TextContent);
            else {
              void drafts.sync.discard(draftKey);
              status.setShown('none');
            }
          }}
        />
        <p className="draft-status" id={`${uid}-s`} role="status" aria-live="polite">
          {DRAFT_STATUS_TEXT[status.shown]}
        </p>
      </div>
      {keys === 'changed' ? <KeysChangedNote name={name} /> : null}
      <div className="actions">
        <Button
          disabled={!text.trim() || keys !== 'ok'}
          onClick={() => {
            setError(null);
            setDialog(true);
          }}
        >
          {button}
        </Button>
      </div>
      <LiveStatus>{note}</LiveStatus>
      <SendDialog
        open={dialog}
        title={dialogTitle}
        name={name}
        who={`${name} will read this. Nobody else — not Mend. It stays with ${name}; it can't be copied into anything else in Mend.`}
        preview={text.trim()}
        confirm="Share"
        busyLabel="Sharing…"
        busy={busy}
        error={error}
        onConfirm={() => void send()}
        onClose={() => setDialog(false)}
      />
    </div>
  );
}

interface AskedProps {
  question: OpenItem;
  /** What I answered already. */
  mine: OpenItem[];
  items: ItemsClient;
  drafts: Drafts;
  paused: boolean;
  onItem(item: OpenItem): void;
}

/** A question the partner asked me, what I answered, and (unless paused) a place to answer. */
export function AskedQuestion({ question, mine, items, drafts, paused, onItem }: AskedProps) {
  const { timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const name = partner.displayName;
  const c = question.verified ? parseContent('question', question.content) : null;
  return (
    <li className="card qa-question" data-testid="asked-question">
      {c ? (
        <>
          <div className="reflection-head">
            <span className="muted small">{topicLabel(c.topic)}</span>
            <span className="muted small">
              <time dateTime={question.createdAt}>{localDateTime(question.createdAt, timeZone)}</time>
            </span>
          </div>
          <p className="qa-question-text">{c.text}</p>
          {mine.map((a) => (
            <div key={a.id} className="qa-answer">
              <p className="row-title">You answered</p>
              <div className="reflection-text">{parseWith(textContentSchema, a.content)?.text ?? ''}</div>
              <p className="muted small">
                <time dateTime={a.createdAt}>{localDateTime(a.createdAt, timeZone)}</time>
              </p>
            </div>
          ))}
          {paused ? null : (
            <WriteAndShare
              draftKey={DRAFT_KEYS.answer(question.id)}
              kind="response"
              parentId={question.id}
              label={mine.length ? 'Add to your answer' : 'Your answer'}
              hint="Partial answers tend to hurt more later. If there's something else they should know, you can say it here."
              button="Share my answer…"
              dialogTitle={`Share your answer with ${name}?`}
              items={items}
              drafts={drafts}
              onItem={onItem}
            />
          )}
        </>
      ) : (
        <p className="warning" role="note">
          We couldn't verify this came from {name}, so it isn't shown. If it keeps happening, compare your safety codes on the couple
          page.
        </p>
      )}
    </li>
  );
}

interface DisclosureProps {
  items: ItemsClient;
  drafts: Drafts;
  onItem(item: OpenItem): void;
  /** Where this person privately stands, if they said (it picks the words, nothing else). */
  stance?: Stance | null;
}

/** "Something else you should know": volunteered, unasked. */
export function DisclosureForm({ items, drafts, onItem, stance = null }: DisclosureProps) {
  const partner = usePairedPartner();
  const name = partner.displayName;
  // "Before they have to ask" speaks to the one who broke trust; anyone else gets a plain invitation.
  const broke = stance === 'broke_trust' || stance === 'both';
  return (
    <WriteAndShare
      draftKey={DRAFT_KEYS.disclosure}
      kind="disclosure"
      label="Something else you should know"
      hint={
        broke
          ? `Truth that comes out bit by bit re-opens the wound. Saying it yourself, before ${name} has to ask, is part of rebuilding trust.`
          : `If there's something ${name} should know, you can say it here, in your own words, whenever you're ready.`
      }
      button={`Share with ${name}…`}
      dialogTitle={`Share this with ${name}?`}
      items={items}
      drafts={drafts}
      onItem={onItem}
    />
  );
}

/** Things volunteered, as a plain list (text and date). */
export function DisclosureList({ list, who, name }: { list: OpenItem[]; who: 'me' | 'partner'; name: string }) {
  const { timeZone } = usePracticeContext();
  if (list.length === 0) return null;
  return (
    <ul className="plain-list stack" aria-label={who === 'me' ? 'What you shared' : `What ${name} shared`}>
      {list.map((d) => {
        const t = d.verified ? parseWith(textContentSchema, d.content) : null;
        return (
          <li key={d.id} className="card qa-disclosure">
            {t ? <div className="reflection-text">{t.text}</div> : <p className="muted small">We couldn't verify this came from {name}, so it isn't shown.</p>}
            <p className="muted small">
              {who === 'me' ? 'You shared this' : `From ${name}`} · <time dateTime={d.createdAt}>{localDateTime(d.createdAt, timeZone)}</time>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
