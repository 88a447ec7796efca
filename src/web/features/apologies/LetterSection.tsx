import { useId, useMemo, useState } from 'react';
import { parseContent } from '../../../shared/kinds.js';
import { parseWith } from '../../../shared/items/parse.js';
import { heardContentSchema } from '../../../shared/apologies/content.js';
import { Link } from 'react-router';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { EditableActions } from '../../components/EditableActions.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { ReplyForm } from '../../components/ReplyForm.js';
import { ReplyList } from '../../components/ReplyList.js';
import { useEditable, type EditableItemKind } from '../../lib/use-editable.js';
import { localDateTime } from '../../lib/time.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import {
  DRAFT_KEYS,
  HEARD_NOT_QUITE,
  HEARD_YES,
  LETTER_MAX_CHARS,
  LETTER_PARTS,
  letterEmpty,
  sameLetter,
  type LetterContent,
} from './content.js';
import { SendDialog, StopSharingDialog } from '../../components/ShareDialogs.js';
import { DRAFT_STATUS_TEXT } from '../../lib/draft-status.js';
import { type Drafts } from '../../lib/use-drafts.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

interface LetterDraft extends LetterContent {
  baseVersion: number;
}

function asLetterDraft(body: unknown): LetterDraft | null {
  const l = parseContent('impact_letter', body);
  const v = body && typeof body === 'object' ? (body as { baseVersion?: unknown }).baseVersion : undefined;
  return l ? { ...l, baseVersion: typeof v === 'number' ? v : 0 } : null;
}

const EMPTY: LetterContent = { happened: '', hurt: '', need: '' };

interface LetterSectionProps {
  item: OpenItem | null;
  items: ItemsClient;
  drafts: Drafts;
  /** The partner's "what I heard" responses to this letter. */
  heard: OpenItem[];
  /** Answers under each response (by response id). */
  answers: Map<string, OpenItem[]>;
  onItem(item: OpenItem): void;
  onChanged(): void;
}

/** The impact letter one writes: three guided parts, drafts kept, saved privately, shared by choice. */
export function LetterSection({ item, items, drafts, heard, answers, onItem, onChanged }: LetterSectionProps) {
  const { partner, keys } = usePracticeContext();
  const uid = useId();
  const kind = useMemo<EditableItemKind<LetterContent>>(
    () => ({
      itemKind: 'impact_letter',
      empty: EMPTY,
      same: sameLetter,
      read: (content) => parseContent('impact_letter', content),
      toContent: (l) => l,
      create: (l) => items.create('impact_letter', l, {}),
      // The letter has one writer: words saved elsewhere meanwhile are older than these.
      onConflict: 'overwrite',
    }),
    [items],
  );
  const [restored] = useState(() => {
    const d = asLetterDraft(drafts.restored?.get(DRAFT_KEYS.letter));
    return d ? { value: { happened: d.happened, hurt: d.hurt, need: d.need }, baseVersion: d.baseVersion } : null;
  });
  const editable = useEditable({
    kind,
    item,
    items,
    drafts,
    draftKey: DRAFT_KEYS.letter,
    restored,
    partner,
    notes: { shared: `Shared with ${partner?.displayName ?? ''}.`, stopped: 'Only you can read your letter now.' },
    onItem,
  });
  const { state, dirty } = editable;
  const { value: letter, error } = state;
  const saved = item ? parseContent('impact_letter', item.content) : null;
  const edit = (part: keyof LetterContent, value: string) => editable.edit({ ...letter, [part]: value });
  const name = partner?.displayName ?? '';
  const shared = !!(partner && item?.sharedWith?.includes(partner.id));

  const canSave = dirty && !(item === null && letterEmpty(letter));

  return (
    <div className="card letter" data-testid="impact-letter">
      <div className="reflection-head">
        <h3>Your letter</h3>
        {shared ? <span className="badge badge-shared">Shared with {name}</span> : <span className="badge">Only you can read this</span>}
      </div>
      {item && !saved ? (
        <p className="warning">The saved letter couldn't be opened on this device. Anything you save now becomes a new version.</p>
      ) : null}
      {LETTER_PARTS.map((p) => (
        <div className="field" key={p.key}>
          <label className="field-label" htmlFor={`${uid}-${p.key}`}>
            {p.title}
          </label>
          <p className="why" id={`${uid}-${p.key}-why`}>
            <span className="why-label">Why this helps:</span> {p.why}
          </p>
          <textarea
            id={`${uid}-${p.key}`}
            className="textarea letter-input"
            value={letter[p.key]}
            maxLength={LETTER_MAX_CHARS}
            rows={4}
            aria-describedby={`${uid}-${p.key}-why ${uid}-status`}
            onChange={(e) => edit(p.key, e.target.value)}
          />
        </div>
      ))}
      <p className="draft-status" id={`${uid}-status`} role="status" aria-live="polite">
        {DRAFT_STATUS_TEXT[state.shown]}
      </p>
      <ErrorAlert message={error} />
      <EditableActions {...editable.actions} canSave={canSave} name={name} shareWaits={keys === 'changed'} />
      {partner && item && !shared && keys === 'changed' ? <KeysChangedNote name={name} /> : null}
      {!partner ? (
        <p className="muted small">
          When your partner joins, you can share it. <Link to="/couple">Invite your partner</Link>
        </p>
      ) : null}
      {shared ? <p className="muted small">{name} can read the saved version. Changes you save reach them too.</p> : null}
      <LiveStatus className="visually-hidden">{editable.note}</LiveStatus>

      {partner && shared && heard.length === 0 ? (
        <p className="muted small">
          {name} is invited to write back what they heard, in their own words, before anything else. It will appear here.
        </p>
      ) : null}

      {partner
        ? heard.map((r) => (
            <HeardFromPartner
              key={r.id}
              response={r}
              items={items}
              answers={answers.get(r.id) ?? []}
              onSent={onChanged}
            />
          ))
        : null}

      {partner && item ? (
        <>
          <SendDialog
            {...editable.shareDialog}
            title={`Share your letter with ${name}?`}
            name={name}
            who={`${name} will be able to read your letter. Nobody else — not Mend.`}
            preview={
              saved ? (
                LETTER_PARTS.filter((p) => saved[p.key].trim()).map((p) => (
                  <span key={p.key} className="preview-part">
                    <strong>{p.title}</strong>
                    {'\n'}
                    {saved[p.key]}
                    {'\n'}
                  </span>
                ))
              ) : (
                '(empty)'
              )
            }
            note={
              <>
                {dirty ? <p className="notice">You have changes that aren't saved yet. {name} will see the saved version — save first if you'd like them to read your latest words.</p> : null}
                <p className="muted small">Changes you save later will reach {name} too. You can stop sharing at any time.</p>
              </>
            }
            confirm="Share"
            busyLabel="Sharing…"
          />
          <StopSharingDialog
            {...editable.stopDialog}
            title={`Stop sharing your letter with ${name}?`}
            from={`From now on, ${name} won't be able to open your letter. It goes back to being only yours.`}
            limit="What was read cannot be unread."
          />
        </>
      ) : null}
    </div>
  );
}

/** What the partner heard in one's letter, and a chance to say whether it landed. */
function HeardFromPartner({ response, items, answers, onSent }: {
  response: OpenItem;
    items: ItemsClient;
    answers: OpenItem[];
    onSent(): void;
}) {
  const { timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const name = partner.displayName;
  const c = response.verified ? parseWith(heardContentSchema, response.content) : null;
  const mine = answers.filter((a) => a.mine);
  const [again, setAgain] = useState(false);
  return (
    <section className="heard" data-testid="heard-received">
      <h4>What {name} heard</h4>
      {c ? (
        <>
          <p className="muted small">
            <time dateTime={response.updatedAt}>{localDateTime(response.updatedAt, timeZone)}</time>
          </p>
          <div className="reflection-text">{c.text}</div>
          <ReplyList replies={mine} who="You" label="What you said back" />
          {mine.length === 0 || again ? (
            <ReplyForm
              parent={response}
              items={items}
              phrases={[HEARD_YES, HEARD_NOT_QUITE]}
              title={`Did ${name} hear you?`}
              hint="If you'd like, let them know. There's no hurry."
              noteLabel="Add a note"
              replaceIfChanged
              onSent={() => {
                setAgain(false);
                onSent();
              }}
            />
          ) : (
            <Button variant="quiet" small onClick={() => setAgain(true)}>
              Say something else
            </Button>
          )}
        </>
      ) : (
        <p className="warning" role="note">
          We couldn't verify this came from {name}, so it isn't shown. If it keeps happening, compare your safety codes on the couple page.
        </p>
      )}
    </section>
  );
}
