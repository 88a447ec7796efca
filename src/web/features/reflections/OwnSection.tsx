import { parseContent } from '../../../shared/kinds.js';
import { useEffect, useId, useRef, useState } from 'react';
import type { PartnerView } from '../../../shared/api/index.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { Fold } from '../../components/Fold.js';
import { CopyButton } from '../../components/CopyButton.js';
import { ReplyList } from '../../components/ReplyList.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorCode, errorMessage } from '../../lib/errors.js';
import type { DraftSyncStatus } from '../../lib/drafts.js';
import { localDateTime } from '../../lib/time.js';
import { ShareDialog, StopSharingDialog } from './ShareDialogs.js';
import {
  bySection,
  CATEGORIES,
  categoryLabel,
  contentOf,
  differs,
  draftKey,
  SECTION_MAX_CHARS,
  type Category,
  type ReflectionContent,
  type ReflectionDraft,
  type SectionInfo,
} from './sections.js';
import type { Drafts } from '../../lib/use-drafts.js';
import type { PartnerKeys } from '../../lib/use-partner-keys.js';
import { VersionHistory } from './VersionHistory.js';

type Shown = 'none' | 'restored' | 'draft' | 'local' | 'saved' | 'failed';

const STATUS_TEXT: Record<Shown, string> = {
  none: '',
  restored: 'Draft restored',
  draft: 'Saved as a draft',
  local: "Saved on this device — will sync when you're back online",
  saved: 'Saved',
  failed: "Couldn't keep a draft just now. Your words are still here — try Save when you can.",
};

const fromSync: Record<Exclude<DraftSyncStatus, 'discarded'>, Shown> = { synced: 'draft', local: 'local', failed: 'failed' };

interface OwnSectionProps {
  info: SectionInfo;
  item: OpenItem | null;
  draft: ReflectionDraft | null;
  items: ItemsClient;
  drafts: Drafts;
  partner: PartnerView | null;
  keys: PartnerKeys;
  /** Acknowledgments the partner sent for this section. */
  received: OpenItem[];
  timeZone?: string;
  onItem(item: OpenItem): void;
}

/** One section of one's own reflection: write, keep as a draft, save, share, look back. */
export function OwnSection({ info, item, draft, items, drafts, partner, keys, received, timeZone, onItem }: OwnSectionProps) {
  const { section, title } = info;
  const key = draftKey(section);
  const uid = useId();
  const ids = { heading: `${uid}-h`, text: `${uid}-t`, why: `${uid}-why`, status: `${uid}-s` };
  const saved = item ? parseContent('reflection', item.content) : null;
  const unreadable = item !== null && saved === null;

  const [initial] = useState(() => (draft && differs(draft.text, draft.category, saved) ? draft : null));
  const [text, setText] = useState(initial?.text ?? saved?.text ?? '');
  const [category, setCategory] = useState<Category | null>(initial ? initial.category : (saved?.category ?? null));
  const [baseVersion, setBaseVersion] = useState(initial ? initial.baseVersion : (item?.version ?? 0));
  const [shown, setShown] = useState<Shown>(initial ? 'restored' : saved ? 'saved' : 'none');
  const [conflict, setConflict] = useState<OpenItem | null>(null);
  const [busy, setBusy] = useState<'save' | 'share' | 'stop' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'share' | 'stop' | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [note, setNote] = useState('');

  const dirty = differs(text, category, saved);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  // What the editor holds right now (it may change while a save is on its way).
  const editorRef = useRef({ text, category });
  editorRef.current = { text, category };

  // A draft found on load that says the same as the saved section is spent.
  useEffect(() => {
    if (draft && !initial) void drafts.sync.discard(key);
    // Once, on mount.
  }, []);

  // How each draft write ended up. News about an older draft is ignored once the editor matches what's saved.
  useEffect(
    () =>
      drafts.subscribe(key, (s) => {
        if (s === 'discarded' || !dirtyRef.current) return;
        setShown(fromSync[s]);
      }),
    [drafts, key],
  );

  // A newer version arrived from elsewhere: follow it if nothing here is unsaved; otherwise Save will show both.
  const seen = useRef<{ version: number; content: ReflectionContent | null }>({ version: item?.version ?? 0, content: saved });
  useEffect(() => {
    if (!item || item.version === seen.current.version) return;
    const before = seen.current;
    seen.current = { version: item.version, content: parseContent('reflection', item.content) };
    if (conflict) return;
    const next = seen.current.content;
    if (next && !differs(text, category, before.content) && baseVersion === before.version) {
      setText(next.text);
      setCategory(next.category ?? null);
      setBaseVersion(item.version);
      setShown('saved');
    } else if (!dirty && baseVersion === before.version) {
      setBaseVersion(item.version);
    }
    // Only when the item itself changes.
  }, [item]);

  const adopt = (next: OpenItem) => {
    seen.current = { version: next.version, content: parseContent('reflection', next.content) };
    onItem(next);
  };

  const edit = (nextText: string, nextCategory: Category | null) => {
    setText(nextText);
    setCategory(nextCategory);
    setError(null);
    if (!conflict && !differs(nextText, nextCategory, saved)) {
      void drafts.sync.discard(key);
      setShown(saved ? 'saved' : 'none');
    } else {
      drafts.sync.change(key, { text: nextText, category: nextCategory, baseVersion } satisfies ReflectionDraft);
    }
  };

  const showConflict = async (id: string) => {
    const current = await items.get(id);
    adopt(current);
    const theirs = parseContent('reflection', current.content);
    if (theirs && !differs(text, category, theirs)) {
      // Both say the same: nothing to choose between.
      setBaseVersion(current.version);
      setConflict(null);
      setShown('saved');
      void drafts.sync.discard(key);
      return;
    }
    setConflict(current);
  };

  const afterSave = (next: OpenItem) => {
    adopt(next);
    setBaseVersion(next.version);
    setConflict(null);
    const now = editorRef.current;
    if (differs(now.text, now.category, parseContent('reflection', next.content))) {
      // Typed on while saving: those words stay a draft, on top of the new version.
      drafts.sync.change(key, { text: now.text, category: now.category, baseVersion: next.version } satisfies ReflectionDraft);
      return;
    }
    setShown('saved');
    void drafts.sync.discard(key);
  };

  const save = async () => {
    const content = contentOf(text, category);
    setBusy('save');
    setError(null);
    setNote('');
    // Keep the words as a draft first: if saving fails, they are still kept.
    if (dirty) drafts.sync.change(key, { text, category, baseVersion } satisfies ReflectionDraft);
    void drafts.sync.flush(key);
    const target = conflict ?? item;
    try {
      if (conflict) {
        afterSave(await items.update(conflict, content));
      } else if (item) {
        if (baseVersion !== item.version) await showConflict(item.id);
        else afterSave(await items.update(item, content));
      } else {
        // Another tab or device may have started this section meanwhile: never make a second one silently.
        const existing = bySection((await items.list('reflection')).filter((i) => i.mine)).get(section);
        if (existing) await showConflict(existing.id);
        else afterSave(await items.create('reflection', content, { section }));
      }
    } catch (e) {
      if (errorCode(e) === 'version_conflict' && target) {
        try {
          await showConflict(target.id);
        } catch (e2) {
          setError(errorMessage(e2));
        }
      } else {
        setError(errorMessage(e));
      }
    } finally {
      setBusy(null);
    }
  };

  const keepSaved = () => {
    if (!conflict) return;
    const theirs = parseContent('reflection', conflict.content);
    setText(theirs?.text ?? '');
    setCategory(theirs?.category ?? null);
    setBaseVersion(conflict.version);
    setConflict(null);
    setShown('saved');
    void drafts.sync.discard(key);
  };

  const addSavedToMine = () => {
    const theirs = conflict ? parseContent('reflection', conflict.content) : null;
    if (!theirs) return;
    edit(text.trim() ? `${text.trimEnd()}\n\n${theirs.text}` : theirs.text, category ?? theirs.category ?? null);
  };

  const name = partner?.displayName ?? '';
  const shared = !!(partner && item?.sharedWith?.includes(partner.id));

  const share = async () => {
    if (!item || !partner) return;
    setBusy('share');
    setDialogError(null);
    try {
      adopt(await items.share(item, partner));
      setDialog(null);
      setNote(`Shared with ${name}.`);
    } catch (e) {
      setDialogError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const stop = async () => {
    if (!item || !partner) return;
    setBusy('stop');
    setDialogError(null);
    try {
      const next = await items.unshare(item, partner.id);
      // Stopping makes a new version with the same words: follow it.
      if (baseVersion === next.version - 1) setBaseVersion(next.version);
      adopt(next);
      setDialog(null);
      setNote(`Only you can read “${title}” now.`);
    } catch (e) {
      setDialogError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const theirs = conflict ? parseContent('reflection', conflict.content) : null;
  const canSave = conflict !== null || (dirty && !(item === null && text.trim() === ''));

  return (
    <section className="card reflection" data-testid={`reflection-section-${section}`}>
      <div className="reflection-head">
        <h3 id={ids.heading}>
          <label htmlFor={ids.text}>{title}</label>
        </h3>
        {shared ? <span className="badge badge-shared">Shared with {name}</span> : <span className="badge">Only you can read this</span>}
      </div>
      {info.framing ? <p className="framing">{info.framing}</p> : null}
      <p className="why" id={ids.why}>
        <span className="why-label">Why we ask:</span> {info.why}
      </p>

      {section === 'what_happened' ? (
        // Offered open at the start; once words are written without a choice, it waits folded.
        <Fold summary="Which comes closest? (optional)" open={category !== null || !text.trim()} testId="category-fold">
          <fieldset className="choices">
            <legend>
              Which comes closest? <span className="muted">(optional)</span>
            </legend>
            <div className="choice-list">
              {CATEGORIES.map((c) => (
                <label key={c.value} className="choice">
                  <input
                    type="radio"
                    name={`${uid}-category`}
                    value={c.value}
                    checked={category === c.value}
                    onChange={() => edit(text, c.value)}
                  />
                  <span>{c.label}</span>
                </label>
              ))}
            </div>
            {category ? (
              <Button variant="quiet" small onClick={() => edit(text, null)}>
                Clear the choice
              </Button>
            ) : null}
          </fieldset>
        </Fold>
      ) : null}

      {unreadable ? (
        <p className="warning">The saved version of this section couldn't be opened on this device. Anything you save now becomes a new version; the earlier one stays in its history.</p>
      ) : null}

      <textarea
        id={ids.text}
        className="textarea reflection-input"
        value={text}
        maxLength={SECTION_MAX_CHARS}
        rows={5}
        aria-describedby={`${ids.why} ${ids.status}`}
        onChange={(e) => edit(e.target.value, category)}
      />
      <p className="draft-status" id={ids.status} data-testid={`draft-status-${section}`} role="status" aria-live="polite">
        {STATUS_TEXT[shown]}
      </p>

      {conflict ? (
        <div className="conflict" role="group" aria-labelledby={`${uid}-conflict`}>
          <h4 id={`${uid}-conflict`}>This section was changed somewhere else</h4>
          <p>
            While you were writing, a different version was saved — perhaps in another tab or on another device. Nothing has been
            overwritten. Choose which to keep, or bring them together.
          </p>
          <div className="conflict-grid">
            <div className="conflict-side">
              <p className="row-title">Your version</p>
              {category ? <p className="muted small">Closest to: {categoryLabel(category)}</p> : null}
              <div className="reflection-text">{text || '(empty)'}</div>
              {text ? <CopyButton text={text} label="Copy your version" small /> : null}
            </div>
            <div className="conflict-side">
              <p className="row-title">The saved version</p>
              <p className="muted small">
                Saved <time dateTime={conflict.updatedAt}>{localDateTime(conflict.updatedAt, timeZone)}</time>
                {theirs?.category ? ` · Closest to: ${categoryLabel(theirs.category)}` : ''}
              </p>
              <div className="reflection-text">{theirs ? theirs.text || '(empty)' : "This version couldn't be opened."}</div>
            </div>
          </div>
          <div className="actions">
            <Button onClick={() => void save()} busy={busy === 'save'} busyLabel="Saving…">
              Keep your version
            </Button>
            <Button variant="secondary" onClick={keepSaved} disabled={busy !== null || !theirs}>
              Keep the saved version
            </Button>
            <Button variant="quiet" onClick={addSavedToMine} disabled={busy !== null || !theirs}>
              Add the saved text to yours
            </Button>
          </div>
          <p className="muted small">
            Keeping yours puts the saved version in “Earlier versions”. Keeping the saved version sets your words aside — copy
            them first if you'd like to keep them somewhere.
          </p>
        </div>
      ) : null}

      <ErrorAlert message={error} />

      {!conflict ? (
        <div className="actions">
          {item || dirty ? (
            <Button onClick={() => void save()} busy={busy === 'save'} busyLabel="Saving…" disabled={!canSave || (busy !== null && busy !== 'save')}>
              Save
            </Button>
          ) : null}
          {partner && item && !shared ? (
            <Button
              variant="secondary"
              onClick={() => {
                setDialogError(null);
                setDialog('share');
              }}
              disabled={busy !== null}
            >
              Share with {name}…
            </Button>
          ) : null}
          {partner && item && shared ? (
            <Button
              variant="secondary"
              onClick={() => {
                setDialogError(null);
                setDialog('stop');
              }}
              disabled={busy !== null}
            >
              Stop sharing
            </Button>
          ) : null}
        </div>
      ) : null}
      {shared ? <p className="muted small">{name} can read the saved version. Changes you save reach them too.</p> : null}
      <LiveStatus className="visually-hidden">{note}</LiveStatus>

      {partner ? <ReplyList replies={received} who={name} label={`What ${name} sent back`} timeZone={timeZone} /> : null}

      {item && item.version > 1 ? <VersionHistory items={items} item={item} timeZone={timeZone} /> : null}

      {partner ? (
        <>
          <ShareDialog
            open={dialog === 'share'}
            name={name}
            titles={[title]}
            preview={saved?.text}
            keys={keys}
            unsaved={dirty}
            busy={busy === 'share'}
            error={dialogError}
            onShare={() => void share()}
            onClose={() => setDialog(null)}
          />
          <StopSharingDialog
            open={dialog === 'stop'}
            name={name}
            title={title}
            busy={busy === 'stop'}
            error={dialogError}
            onStop={() => void stop()}
            onClose={() => setDialog(null)}
          />
        </>
      ) : null}
    </section>
  );
}
