import { parseContent } from '../../../shared/kinds.js';
import { parseWith } from '../../../shared/items/parse.js';
import { heardContentSchema } from '../../../shared/apologies/content.js';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { PartnerView } from '../../../shared/api/index.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { ReplyForm } from '../../components/ReplyForm.js';
import { ReplyList } from '../../components/ReplyList.js';
import { errorCode, errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import { KeysChangedNote } from '../reflections/ShareDialogs.js';
import type { PartnerKeys } from '../../lib/use-partner-keys.js';
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
import { SendDialog, StopLetterDialog } from './Dialogs.js';
import { DRAFT_STATUS_TEXT, useDraftStatus, type Drafts } from './useApology.js';

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
  partner: PartnerView | null;
  keys: PartnerKeys;
  /** The partner's "what I heard" responses to this letter. */
  heard: OpenItem[];
  /** Answers under each response (by response id). */
  answers: Map<string, OpenItem[]>;
  timeZone?: string | undefined;
  onItem(item: OpenItem): void;
  onChanged(): void;
}

/** The impact letter one writes: three guided parts, drafts kept, saved privately, shared by choice. */
export function LetterSection({ item, items, drafts, partner, keys, heard, answers, timeZone, onItem, onChanged }: LetterSectionProps) {
  const uid = useId();
  const key = DRAFT_KEYS.letter;
  const saved = item ? parseContent('impact_letter', item.content) : null;
  const [initial] = useState(() => {
    const d = asLetterDraft(drafts.restored?.get(key));
    return d && !sameLetter(d, saved) ? d : null;
  });
  const [letter, setLetter] = useState<LetterContent>(initial ?? saved ?? EMPTY);
  const [baseVersion, setBaseVersion] = useState(initial?.baseVersion ?? item?.version ?? 0);
  const status = useDraftStatus(drafts, key, initial ? 'restored' : saved ? 'saved' : 'none');
  const [busy, setBusy] = useState<'save' | 'share' | 'stop' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'share' | 'stop' | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const dirty = !sameLetter(letter, saved);
  status.setActive(dirty);

  useEffect(() => {
    if (drafts.restored?.has(key) && !initial) void drafts.sync.discard(key);
    // Once, on mount: a draft that says the same as the saved letter is spent.
  }, []);

  // A newer saved version arrived (another device): follow it when nothing here is unsaved.
  const seen = useRef(item?.version ?? 0);
  useEffect(() => {
    if (!item || item.version === seen.current) return;
    seen.current = item.version;
    if (!dirty) {
      const next = parseContent('impact_letter', item.content);
      if (next) setLetter(next);
      setBaseVersion(item.version);
    }
    // Only when the item changes.
  }, [item]);

  const edit = (part: keyof LetterContent, value: string) => {
    const next = { ...letter, [part]: value };
    setLetter(next);
    setError(null);
    if (sameLetter(next, saved)) {
      void drafts.sync.discard(key);
      status.setShown(saved ? 'saved' : 'none');
    } else {
      drafts.sync.change(key, { ...next, baseVersion } satisfies LetterDraft);
    }
  };

  const save = async () => {
    setBusy('save');
    setError(null);
    setNote('');
    drafts.sync.change(key, { ...letter, baseVersion } satisfies LetterDraft);
    void drafts.sync.flush(key);
    try {
      let base = item;
      if (base && base.version !== baseVersion) base = await items.get(base.id);
      let next: OpenItem;
      try {
        next = base ? await items.update(base, letter) : await items.create('impact_letter', letter, {});
      } catch (e) {
        if (errorCode(e) !== 'version_conflict' || !base) throw e;
        // Saved somewhere else meanwhile: these words are newer here, so they become the next version.
        next = await items.update(await items.get(base.id), letter);
      }
      seen.current = next.version;
      onItem(next);
      setBaseVersion(next.version);
      status.setShown('saved');
      void drafts.sync.discard(key);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const name = partner?.displayName ?? '';
  const shared = !!(partner && item?.sharedWith?.includes(partner.id));

  const share = async () => {
    if (!item || !partner) return;
    setBusy('share');
    setDialogError(null);
    try {
      const next = await items.share(item, partner);
      seen.current = next.version;
      onItem(next);
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
      if (baseVersion === next.version - 1) setBaseVersion(next.version);
      seen.current = next.version;
      onItem(next);
      setDialog(null);
      setNote('Only you can read your letter now.');
    } catch (e) {
      setDialogError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

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
        {DRAFT_STATUS_TEXT[status.shown]}
      </p>
      <ErrorAlert message={error} />
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
            disabled={busy !== null || keys === 'changed'}
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
      {partner && item && !shared && keys === 'changed' ? <KeysChangedNote name={name} /> : null}
      {!partner ? (
        <p className="muted small">
          When your partner joins, you can share it. <Link to="/couple">Invite your partner</Link>
        </p>
      ) : null}
      {shared ? <p className="muted small">{name} can read the saved version. Changes you save reach them too.</p> : null}
      <LiveStatus className="visually-hidden">{note}</LiveStatus>

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
              partner={partner}
              items={items}
              keys={keys}
              answers={answers.get(r.id) ?? []}
              timeZone={timeZone}
              onSent={onChanged}
            />
          ))
        : null}

      {partner && item ? (
        <>
          <SendDialog
            open={dialog === 'share'}
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
            keys={keys}
            busy={busy === 'share'}
            error={dialogError}
            onConfirm={() => void share()}
            onClose={() => setDialog(null)}
          />
          <StopLetterDialog open={dialog === 'stop'} name={name} busy={busy === 'stop'} error={dialogError} onStop={() => void stop()} onClose={() => setDialog(null)} />
        </>
      ) : null}
    </div>
  );
}

/** What the partner heard in one's letter, and a chance to say whether it landed. */
function HeardFromPartner({
  response,
  partner,
  items,
  keys,
  answers,
  timeZone,
  onSent,
}: {
  response: OpenItem;
  partner: PartnerView;
  items: ItemsClient;
  keys: PartnerKeys;
  answers: OpenItem[];
  timeZone?: string | undefined;
  onSent(): void;
}) {
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
          <ReplyList replies={mine} who="You" label="What you said back" timeZone={timeZone} />
          {mine.length === 0 || again ? (
            <ReplyForm
              parent={response}
              partner={partner}
              items={items}
              keys={keys}
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
