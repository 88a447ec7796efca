import { parseContent } from '../../../shared/kinds.js';
import { useId, useRef, useState, type RefObject } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/Field.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorCode, errorMessage } from '../../lib/errors.js';
import type { Drafts } from '../../lib/use-drafts.js';
import { DRAFT_STATUS_TEXT, type DraftShown } from '../../lib/draft-status.js';
import { checkEntry, DRAFT_KEYS, draftOf, ENTRY_MAX, entryDiffers, hasWords, TITLE_MAX, type EntryDraft } from './content.js';
import { useFormDraft } from '../../lib/use-form-draft.js';

type Field = 'title' | 'text' | 'writtenOn';

interface FieldsProps {
  draft: EntryDraft;
  today: string;
  errors: Partial<Record<Field, string>>;
  shown: DraftShown;
  textLabel: string;
  textHint?: string;
  textRef?: RefObject<HTMLTextAreaElement | null>;
  onChange(patch: Partial<EntryDraft>): void;
}

/** The three parts of an entry: an optional title, the day it is about, and the words. */
function EntryFields({ draft, today, errors, shown, textLabel, textHint, textRef, onChange }: FieldsProps) {
  const uid = useId();
  const describedBy = [textHint ? `${uid}-hint` : '', `${uid}-count`, `${uid}-s`, errors.text ? `${uid}-e` : ''].filter(Boolean).join(' ');
  return (
    <>
      <div className="journal-meta">
        <TextField
          label={
            <>
              Title <span className="muted">(optional)</span>
            </>
          }
          value={draft.title}
          maxLength={TITLE_MAX}
          error={errors.title}
          onChange={(e) => onChange({ title: e.target.value })}
        />
        <TextField label="Day" type="date" value={draft.writtenOn} max={today} error={errors.writtenOn} onChange={(e) => onChange({ writtenOn: e.target.value })} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${uid}-text`}>
          {textLabel}
        </label>
        {textHint ? (
          <p className="field-hint" id={`${uid}-hint`}>
            {textHint}
          </p>
        ) : null}
        <textarea
          ref={textRef}
          id={`${uid}-text`}
          className="textarea journal-input"
          rows={6}
          value={draft.text}
          maxLength={ENTRY_MAX}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange({ text: e.target.value })}
        />
        <p className="field-hint" id={`${uid}-count`}>
          {draft.text.length.toLocaleString('en')} of {ENTRY_MAX.toLocaleString('en')} characters
        </p>
        {errors.text ? (
          <p className="field-error" id={`${uid}-e`}>
            {errors.text}
          </p>
        ) : null}
        <p className="draft-status" id={`${uid}-s`} role="status" aria-live="polite">
          {DRAFT_STATUS_TEXT[shown]}
        </p>
      </div>
    </>
  );
}

interface NewEntryProps {
  items: ItemsClient;
  drafts: Drafts;
  today: string;
  /** What the composer starts with: a restored draft (or carried words), or nothing. */
  initial: EntryDraft;
  restored: boolean;
  /** Said once, above the words: why words are already here. */
  notice?: string | null;
  onItem(item: OpenItem): void;
}

/** Writing a new journal entry: kept as a draft as you type, saved just for you. */
export function NewEntry({ items, drafts, today, initial, restored, notice, onItem }: NewEntryProps) {
  const { value: draft, change, clear, shown } = useFormDraft(drafts, DRAFT_KEYS.new, initial, restored ? initial : null, hasWords);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  // An empty day means "today": it follows the clock until the person picks one.
  const withDay = { ...draft, writtenOn: draft.writtenOn || today };
  const check = checkEntry(withDay, today);
  const errors = tried && !check.ok ? check.errors : {};

  const save = async () => {
    setTried(true);
    setDone('');
    if (!check.ok) {
      if (check.errors.text) textRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    // Keep the words as a draft first: if saving fails, they are still kept.
    void drafts.sync.flush(DRAFT_KEYS.new);
    try {
      onItem(await items.create('journal_entry', check.content, {}));
      clear({ title: '', text: '', writtenOn: '' });
      setTried(false);
      setDone('Saved in your journal. Only you can read it.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card stack" data-testid="journal-composer">
      {notice ? <p className="notice">{notice}</p> : null}
      <EntryFields
        draft={withDay}
        today={today}
        errors={errors}
        shown={shown}
        textLabel="Your entry"
        textHint="Whatever is on your mind. A draft is kept as you type; only you can read it."
        textRef={textRef}
        onChange={change}
      />
      <div className="actions">
        <Button busy={busy} busyLabel="Saving…" onClick={() => void save()}>
          Save to your journal
        </Button>
      </div>
      <ErrorAlert message={error} />
      <LiveStatus>{done}</LiveStatus>
    </div>
  );
}

interface EditorProps {
  entry: OpenItem;
  items: ItemsClient;
  drafts: Drafts;
  today: string;
  /** A restored draft of this edit, if any. */
  restored: EntryDraft | null;
  onItem(item: OpenItem): void;
  onClose(saved: boolean): void;
}

/** Changing one's own entry; the version before is kept in its history, and a partner it is shared with reads the new words. */
export function EntryEditor({ entry, items, drafts, today, restored, onItem, onClose }: EditorProps) {
  const key = DRAFT_KEYS.edit(entry.id);
  const saved = parseContent('journal_entry', entry.content);
  const start = restored ?? (saved ? draftOf(saved) : { title: '', text: '', writtenOn: today });
  // Only a real change is worth a draft; the saved words are already kept.
  const { value: draft, change, clear, shown } = useFormDraft(drafts, key, start, restored, (d) => entryDiffers(d, saved));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const check = checkEntry(draft, today);
  const errors = tried && !check.ok ? check.errors : {};

  const save = async () => {
    setTried(true);
    if (!check.ok) return;
    if (!entryDiffers(draft, saved)) {
      clear(draft);
      onClose(false);
      return;
    }
    setBusy(true);
    setError(null);
    void drafts.sync.flush(key);
    try {
      onItem(await items.update(entry, check.content));
      clear(draft);
      onClose(true);
    } catch (e) {
      if (errorCode(e) === 'version_conflict') {
        // Saved from another device meanwhile: follow it, keep these words, and let the person choose.
        const latest = await items.get(entry.id).catch(() => null);
        if (latest) onItem(latest);
        setError('This entry was changed on another device. Your words here are kept; save again to use them — the other words stay in its earlier versions.');
      } else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack journal-editor" data-testid="entry-editor">
      <EntryFields draft={draft} today={today} errors={errors} shown={shown} textLabel="Your entry" onChange={change} />
      <div className="actions actions-tight">
        <Button small busy={busy} busyLabel="Saving…" onClick={() => void save()}>
          Save changes
        </Button>
        <Button
          small
          variant="secondary"
          disabled={busy}
          onClick={() => {
            clear(start);
            onClose(false);
          }}
        >
          Keep it as it was
        </Button>
      </div>
      <ErrorAlert message={error} />
    </div>
  );
}
