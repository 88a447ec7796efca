import { useId, useMemo } from 'react';
import { parseContent } from '../../../shared/kinds.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { EditableActions } from '../../components/EditableActions.js';
import { Fold } from '../../components/Fold.js';
import { CopyButton } from '../../components/CopyButton.js';
import { ReplyList } from '../../components/ReplyList.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { DRAFT_STATUS_TEXT } from '../../lib/draft-status.js';
import { useEditable, type EditableItemKind } from '../../lib/use-editable.js';
import { localDateTime } from '../../lib/time.js';
import { StopSharingDialog } from '../../components/ShareDialogs.js';
import { ShareDialog } from './ShareDialogs.js';
import {
  bySection,
  CATEGORIES,
  categoryLabel,
  contentOf,
  differs,
  draftKey,
  SECTION_MAX_CHARS,
  type Category,
  type ReflectionDraft,
  type SectionInfo,
} from './sections.js';
import type { Drafts } from '../../lib/use-drafts.js';
import { VersionHistory } from './VersionHistory.js';
import { usePracticeContext } from '../../lib/practice-context.js';

/** The reflection's draft line: a failed write also says what to do. */
const STATUS_TEXT = { ...DRAFT_STATUS_TEXT, failed: "Couldn't keep a draft just now. Your words are still here — try Save when you can." };

/** What the editor of one section holds. */
interface SectionWords {
  text: string;
  category: Category | null;
}

interface OwnSectionProps {
  info: SectionInfo;
  item: OpenItem | null;
  draft: ReflectionDraft | null;
  items: ItemsClient;
  drafts: Drafts;
  /** Acknowledgments the partner sent for this section. */
  received: OpenItem[];
  onItem(item: OpenItem): void;
}

/** One section of one's own reflection: write, keep as a draft, save, share, look back. */
export function OwnSection({ info, item, draft, items, drafts, received, onItem }: OwnSectionProps) {
  const { partner, timeZone } = usePracticeContext();
  const { section, title } = info;
  const uid = useId();
  const ids = { heading: `${uid}-h`, text: `${uid}-t`, why: `${uid}-why`, status: `${uid}-s` };
  const kind = useMemo<EditableItemKind<SectionWords>>(
    () => ({
      itemKind: 'reflection',
      empty: { text: '', category: null },
      same: (a, b) => !differs(a.text, a.category, b ? contentOf(b.text, b.category) : null),
      read: (content) => {
        const r = parseContent('reflection', content);
        return r ? { text: r.text, category: r.category ?? null } : null;
      },
      toContent: (v) => contentOf(v.text, v.category),
      create: async (v) => {
        // Another tab or device may have started this section meanwhile: never make a second one silently.
        const existing = bySection((await items.list('reflection')).filter((i) => i.mine)).get(section);
        return existing ? { existing: existing.id } : items.create('reflection', contentOf(v.text, v.category), { section });
      },
      onConflict: 'ask',
    }),
    [items, section],
  );
  const editable = useEditable({
    kind,
    item,
    items,
    drafts,
    draftKey: draftKey(section),
    restored: draft ? { value: { text: draft.text, category: draft.category }, baseVersion: draft.baseVersion } : null,
    partner,
    notes: { shared: `Shared with ${partner?.displayName ?? ''}.`, stopped: `Only you can read “${title}” now.` },
    onItem,
  });
  const { state, dirty } = editable;
  const { text, category } = state.value;
  const { busy, conflict, error } = state;
  const saved = item ? parseContent('reflection', item.content) : null;
  const unreadable = item !== null && saved === null;
  const edit = (nextText: string, nextCategory: Category | null) => editable.edit({ text: nextText, category: nextCategory });
  const save = editable.save;
  const keepSaved = editable.keepTheirs;
  const addSavedToMine = () => {
    const theirs = conflict?.content ?? null;
    if (!theirs) return;
    edit(text.trim() ? `${text.trimEnd()}\n\n${theirs.text}` : theirs.text, category ?? theirs.category ?? null);
  };

  const name = partner?.displayName ?? '';
  const shared = !!(partner && item?.sharedWith?.includes(partner.id));

  const theirs = conflict ? conflict.content : null;
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
        {STATUS_TEXT[state.shown]}
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
                Saved <time dateTime={conflict.item.updatedAt}>{localDateTime(conflict.item.updatedAt, timeZone)}</time>
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
        <EditableActions {...editable.actions} canSave={canSave} name={name} />
      ) : null}
      {shared ? <p className="muted small">{name} can read the saved version. Changes you save reach them too.</p> : null}
      <LiveStatus className="visually-hidden">{editable.note}</LiveStatus>

      {partner ? <ReplyList replies={received} who={name} label={`What ${name} sent back`} /> : null}

      {item && item.version > 1 ? <VersionHistory items={items} item={item} /> : null}

      {partner ? (
        <>
          <ShareDialog {...editable.shareDialog} name={name} titles={[title]} preview={saved?.text} unsaved={dirty} />
          <StopSharingDialog
            {...editable.stopDialog}
            title={`Stop sharing “${title}” with ${name}?`}
            from={`From now on, ${name} won't be able to open this section. It goes back to being only yours.`}
            limit={`What ${name} has already read can't be unread.`}
          />
        </>
      ) : null}
    </section>
  );
}
