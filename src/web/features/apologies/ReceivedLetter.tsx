import { parseContent } from '../../../shared/kinds.js';
import { parseWith } from '../../../shared/items/parse.js';
import { heardContentSchema } from '../../../shared/apologies/content.js';
import { useEffect, useId, useRef, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { LiveStatus } from '../../components/Status.js';
import { ReplyList } from '../../components/ReplyList.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import { DRAFT_KEYS, HEARD_MAX_CHARS, LETTER_PARTS, type HeardContent } from './content.js';
import { SendDialog } from '../../components/ShareDialogs.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../../lib/draft-status.js';
import { type Drafts } from '../../lib/use-drafts.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

interface ReceivedLetterProps {
  letter: OpenItem;
  items: ItemsClient;
  drafts: Drafts;
  /** What this person already wrote back ("what I heard"). */
  heard: OpenItem[];
  /** The letter writer's answers, by response id. */
  answers: Map<string, OpenItem[]>;
  onItem(item: OpenItem): void;
  onChanged(): void;
}

/** The partner's impact letter, as text, and the invitation to say back what was heard. */
export function ReceivedLetter({ letter, items, drafts, heard, answers, onItem, onChanged }: ReceivedLetterProps) {
  const { timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const name = partner.displayName;
  const content = letter.verified ? parseContent('impact_letter', letter.content) : null;
  return (
    <div className="card letter letter-received" data-testid="impact-letter-received">
      <div className="reflection-head">
        <h3>{name}'s letter</h3>
        <span className="muted small">
          <time dateTime={letter.updatedAt}>{localDateTime(letter.updatedAt, timeZone)}</time>
        </span>
      </div>
      {content ? (
        <>
          {LETTER_PARTS.filter((p) => content[p.key].trim()).map((p) => (
            <div key={p.key} className="letter-part">
              <p className="row-title">{p.title}</p>
              <div className="reflection-text">{content[p.key]}</div>
            </div>
          ))}
          <WhatIHeard letter={letter} items={items} drafts={drafts} heard={heard} answers={answers} onItem={onItem} onChanged={onChanged} />
        </>
      ) : (
        <p className="warning" role="note">
          We couldn't verify this came from {name}, so it isn't shown as theirs. If it keeps happening, compare your safety codes on the
          couple page.
        </p>
      )}
    </div>
  );
}

function WhatIHeard({ letter, items, drafts, heard, answers, onItem, onChanged }: ReceivedLetterProps) {
  const { keys, timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const uid = useId();
  const name = partner.displayName;
  const key = DRAFT_KEYS.heard(letter.id);
  const restored = parseWith(heardContentSchema, drafts.restored?.get(key));
  const [open, setOpen] = useState(restored !== null && restored.text.trim() !== '');
  const [text, setText] = useState(restored?.text ?? '');
  const status = useDraftStatus(drafts, key, restored?.text.trim() ? 'restored' : 'none');
  const [dialog, setDialog] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const unsent = useRef<OpenItem | null>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  status.setActive(text.trim() !== '');

  useEffect(() => {
    if (open) areaRef.current?.focus();
    // Only when the form opens.
  }, [open]);

  const send = async () => {
    setBusy(true);
    setError(null);
    const content: HeardContent = { text: text.trim() };
    try {
      const prev = unsent.current ? parseWith(heardContentSchema, unsent.current.content) : null;
      const reuse = unsent.current && prev?.text === content.text ? unsent.current : null;
      if (unsent.current && !reuse) await items.remove(unsent.current).catch(() => undefined);
      const r = reuse ?? (await items.create('response', content, { parentId: letter.id }));
      unsent.current = r;
      const shared = await items.share(r, partner);
      unsent.current = null;
      onItem(shared);
      void drafts.sync.discard(key);
      setText('');
      setOpen(false);
      setDialog(false);
      status.setShown('none');
      setNote(`Shared with ${name}.`);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const mine = heard.filter((h) => h.mine);

  return (
    <section className="heard" aria-labelledby={`${uid}-h`}>
      <h4 id={`${uid}-h`}>What I heard</h4>
      {mine.map((h) => {
        const c = parseWith(heardContentSchema, h.content);
        const got = answers.get(h.id)?.filter((a) => !a.mine) ?? [];
        return (
          <div key={h.id} className="heard-sent">
            <p className="muted small">
              You wrote back <time dateTime={h.createdAt}>{localDateTime(h.createdAt, timeZone)}</time>
              {h.sharedWith?.includes(partner.id) ? '' : ' — not shared yet'}
            </p>
            <div className="reflection-text">{c?.text ?? ''}</div>
            {got.length > 0 ? (
              <ReplyList replies={got} who={name} label={`What ${name} said back`} />
            ) : (
              <p className="muted small">{name} can let you know whether you heard them, when they're ready.</p>
            )}
          </div>
        );
      })}
      {mine.length === 0 ? (
        <p className="why">
          <span className="why-label">Before anything else:</span> say back what you heard, in your own words. Feeling heard comes
          before an apology can land. It's not about agreeing or explaining.
        </p>
      ) : null}
      {keys === 'changed' ? <KeysChangedNote name={name} /> : null}
      {open ? (
        <div className="stack">
          <div className="field">
            <label className="field-label" htmlFor={`${uid}-t`}>
              What I heard, in my own words
            </label>
            <p className="field-hint" id={`${uid}-hint`}>
              Try “I heard that…”. Stay with what {name} wrote; save your side for another time.
            </p>
            <textarea
              ref={areaRef}
              id={`${uid}-t`}
              className="textarea letter-input"
              value={text}
              rows={5}
              maxLength={HEARD_MAX_CHARS}
              aria-describedby={`${uid}-hint ${uid}-s`}
              onChange={(e) => {
                setText(e.target.value);
                if (e.target.value.trim()) drafts.sync.change(key, { text: e.target.value } satisfies HeardContent);
                else {
                  void drafts.sync.discard(key);
                  status.setShown('none');
                }
              }}
            />
            <p className="draft-status" id={`${uid}-s`} role="status" aria-live="polite">
              {DRAFT_STATUS_TEXT[status.shown]}
            </p>
          </div>
          <div className="actions">
            <Button
              onClick={() => {
                setError(null);
                setDialog(true);
              }}
              disabled={!text.trim() || keys !== 'ok'}
            >
              Share what I heard…
            </Button>
            <Button variant="quiet" onClick={() => setOpen(false)}>
              Later
            </Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <Button variant={mine.length ? 'secondary' : 'primary'} onClick={() => setOpen(true)}>
            {mine.length ? 'Write more of what I heard' : 'Write what I heard'}
          </Button>
        </div>
      )}
      <LiveStatus className="visually-hidden">{note}</LiveStatus>
      <SendDialog
        open={dialog}
        title={`Share what you heard with ${name}?`}
        name={name}
        who={`${name} will read this. Nobody else — not Mend.`}
        preview={text.trim()}
        confirm="Share"
        busyLabel="Sharing…"
        busy={busy}
        error={error}
        onConfirm={() => void send()}
        onClose={() => setDialog(false)}
      />
    </section>
  );
}
