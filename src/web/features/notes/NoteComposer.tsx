import { parseContent } from '../../../shared/kinds.js';
import { useEffect, useId, useRef, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/Field.js';
import { ErrorAlert } from '../../components/Status.js';
import { errorCode, errorMessage } from '../../lib/errors.js';
import type { Drafts } from '../../lib/use-drafts.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../../lib/draft-status.js';
import { SendDialog } from '../../components/ShareDialogs.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import { deliverAtOf, NOTE_MAX_CHARS, type NoteDraft } from './content.js';
import { describeUntil } from '../../../core/today/index.js';
import { clockAt, dateBounds, defaultPick, deliveryTime, describeWhen, quickPicks, type DeliveryCheck } from './schedule.js';
import { formatTime } from '../../lib/format.js';
import { usePracticeContext } from '../../lib/practice-context.js';

/** The time zone's name as people read it ("America/New York"). */
export const zoneName = (tz: string) => tz.replace(/_/g, ' ');

interface WhenProps {
  draft: NoteDraft;
  now: Date;
  /** Offer "Now" too (a new note), or only a time (changing a scheduled one). */
  allowNow: boolean;
  check: DeliveryCheck | null;
  /** Show the check's problem under its field (after a first try). */
  showErrors: boolean;
  onChange(patch: Partial<NoteDraft>): void;
}

/** "When should it arrive?": now, a quick pick, or a day and time on the sender's own clock. */
function WhenPicker({ draft, now, allowNow, check, showErrors, onChange }: WhenProps) {
  const { timeZone } = usePracticeContext();
  const uid = useId();
  const picks = quickPicks(now, timeZone);
  const bounds = dateBounds(now, timeZone);
  const later = !allowNow || draft.when === 'later';
  const problem = showErrors && check && !check.ok ? check : null;

  const chooseLater = () => {
    const start = draft.date && draft.time ? {} : defaultPick(now, timeZone);
    onChange({ when: 'later', ...start });
  };

  return (
    <div className="stack">
      {allowNow ? (
        <fieldset className="choices">
          <legend>When should it arrive?</legend>
          <div className="choice-list">
            <label className="choice">
              <input type="radio" name={`${uid}-when`} checked={draft.when === 'now'} onChange={() => onChange({ when: 'now' })} />
              <span>Now</span>
            </label>
            <label className="choice">
              <input type="radio" name={`${uid}-when`} checked={draft.when === 'later'} onChange={chooseLater} />
              <span>At a time you choose</span>
            </label>
          </div>
        </fieldset>
      ) : null}
      {later ? (
        <div className="stack note-when" role="group" aria-labelledby={`${uid}-later`}>
          <p className="field-label" id={`${uid}-later`}>
            {allowNow ? 'Arrives at' : 'When it arrives'}
          </p>
          <div className="actions actions-tight note-picks">
            {picks.map((p) => (
              <Button
                key={p.id}
                variant="secondary"
                small
                aria-pressed={draft.date === p.date && draft.time === p.time}
                onClick={() => onChange({ when: 'later', date: p.date, time: p.time })}
              >
                {p.label}
              </Button>
            ))}
          </div>
          <div className="time-pair">
            <TextField
              label="Day"
              type="date"
              value={draft.date}
              min={bounds.min}
              max={bounds.max}
              onChange={(e) => onChange({ date: e.target.value })}
              error={problem?.field === 'date' ? problem.message : null}
            />
            <TextField
              label="Time"
              type="time"
              value={draft.time}
              onChange={(e) => onChange({ time: e.target.value })}
              error={problem?.field === 'time' ? problem.message : null}
            />
          </div>
          <p className="muted small" data-testid="note-arrives">
            {check?.ok
              ? `It will arrive ${describeWhen(check.deliverAt, now, timeZone)} (your time, ${zoneName(timeZone)}).${
                  check.moved ? ` The clocks change that night, so ${formatTime(draft.time)} doesn't exist; it moves to ${formatTime(check.localTime)}.` : ''
                }`
              : `Times are on your clock (${zoneName(timeZone)}).`}
          </p>
        </div>
      ) : null}
    </div>
  );
}

interface ComposerProps {
  items: ItemsClient;
  drafts: Drafts;
  now: Date;
  draftKey: string;
  /** What the editor starts with: a restored draft, or nothing. */
  initial: NoteDraft;
  /** Words from an edit that came too late (that note had already arrived), to send as a new note. */
  carried: Carried | null;
  /** The carried words are in the editor now (and its draft): forget them, so they aren't added twice. */
  onCarriedTaken(): void;
  onItem(item: OpenItem): void;
  /** Until when the partner asked for some space, if they did: a note due before then waits for it to end. */
  partnerSpaceUntil?: string | null;
}

/** An edit's words that could not be applied, and the edit drafts that held them (forgotten once taken up here). */
export interface Carried {
  draft: NoteDraft;
  fromKeys: string[];
  /** Changes for every new carry, so the same words are not taken twice. */
  seq: number;
}

const EMPTY: NoteDraft = { text: '', when: 'now', date: '', time: '' };

/** Keeps a draft of what is being written (every change), or forgets it once it is empty. */
function useNoteDraft(drafts: Drafts, draftKey: string, initial: NoteDraft, restored: boolean) {
  const [draft, setDraft] = useState<NoteDraft>(initial);
  const status = useDraftStatus(drafts, draftKey, restored && initial.text.trim() ? 'restored' : 'none');
  status.setActive(draft.text.trim() !== '');
  const change = (patch: Partial<NoteDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (next.text.trim()) drafts.sync.change(draftKey, next);
    else {
      void drafts.sync.discard(draftKey);
      status.setShown('none');
    }
  };
  const clear = (to: NoteDraft = EMPTY) => {
    void drafts.sync.discard(draftKey);
    setDraft(to);
    status.setShown('none');
  };
  return { draft, change, clear, status };
}

/** Writing a new note: the words, when it should arrive, a preview, then sent (or scheduled). */
export function NoteComposer({ items, drafts, now, draftKey, initial, carried, onCarriedTaken, onItem, partnerSpaceUntil = null }: ComposerProps) {
  const { partner, keys, timeZone } = usePracticeContext();
  const uid = useId();
  const { draft, change, clear, status } = useNoteDraft(drafts, draftKey, initial, true);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [tried, setTried] = useState(false);
  const [dialog, setDialog] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  // After sending, focus goes to what happened (the dialog's opener is disabled by then, so the
  // browser would otherwise drop focus to the page body).
  const doneRef = useRef<HTMLParagraphElement>(null);
  const [focusDone, setFocusDone] = useState(0);
  useEffect(() => {
    if (focusDone > 0) doneRef.current?.focus();
  }, [focusDone]);
  // Made but not yet shared (the share failed): retry the share rather than make a second note.
  const unsent = useRef<OpenItem | null>(null);
  const name = partner?.displayName ?? '';
  const check = draft.when === 'later' ? deliveryTime(draft.date, draft.time, timeZone, now) : null;
  const text = draft.text.trim();

  // Take up carried words once: added to what is here, kept as this draft, then the old drafts go.
  // Each carry (its seq) is taken once; the rest is read as it is now.
  const takenSeq = useRef<number | null>(null);
  useEffect(() => {
    if (!carried || takenSeq.current === carried.seq) return;
    takenSeq.current = carried.seq;
    const c = carried.draft;
    onCarriedTaken();
    if (!c.text.trim()) {
      for (const key of carried.fromKeys) void drafts.sync.discard(key);
      return;
    }
    const joined = draft.text.trim() ? `${draft.text.trimEnd()}\n\n${c.text}` : c.text;
    const stillAhead = c.when === 'later' && deliveryTime(c.date, c.time, timeZone, new Date()).ok;
    change({ text: joined.slice(0, NOTE_MAX_CHARS), ...(stillAhead ? { when: 'later', date: c.date, time: c.time } : {}) });
    for (const key of carried.fromKeys) void drafts.sync.discard(key);
    setDone(`Your changes came after that note had reached ${name}, so they weren't sent. They're here, ready to send as a new note.`);
    textRef.current?.focus();
  }, [carried, change, draft.text, drafts.sync, name, onCarriedTaken, timeZone]);

  const open = () => {
    setError(null);
    setDone('');
    setTried(true);
    if (check && !check.ok) return;
    setDialog(true);
  };

  // The server holds a note that would arrive during the partner's space until the space ends.
  const waitsForSpace = (deliverAt: string | null, at: Date): boolean =>
    partnerSpaceUntil !== null && Date.parse(partnerSpaceUntil) > at.getTime() && (deliverAt === null || Date.parse(deliverAt) < Date.parse(partnerSpaceUntil));

  const send = async () => {
    if (!partner) return;
    // The dialog may have stayed open past the chosen time: check again with the clock now.
    const at = draft.when === 'later' ? deliveryTime(draft.date, draft.time, timeZone, new Date()) : null;
    if (at && !at.ok) {
      setDialog(false);
      return;
    }
    const deliverAt = at?.ok ? at.deliverAt : null;
    setBusy(true);
    setError(null);
    try {
      const prev = unsent.current;
      const same = prev !== null && parseContent('note', prev.content)?.text === text && deliverAtOf(prev) === deliverAt;
      if (prev && !same) await items.remove(prev).catch(() => undefined);
      const note = same && prev ? prev : await items.create('note', { text }, { deliverAt });
      unsent.current = note;
      const shared = await items.share(note, partner);
      unsent.current = null;
      onItem(shared);
      clear();
      setTried(false);
      setDialog(false);
      setDone(
        waitsForSpace(deliverAt, new Date())
          ? `Saved. It will reach ${name} when their space ends, ${describeUntil(partnerSpaceUntil!, new Date(), timeZone)}.`
          : deliverAt
            ? `Scheduled. It will arrive ${describeWhen(deliverAt, new Date(), timeZone)} (your time).`
            : `Sent to ${name}.`,
      );
      setFocusDone((n) => n + 1);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const later = check?.ok ? check : null;
  return (
    <div className="card stack" data-testid="note-composer">
      <div className="field">
        <label className="field-label" htmlFor={`${uid}-text`}>
          {partner ? `Your note to ${name}` : 'Your note'}
        </label>
        <p className="field-hint" id={`${uid}-hint`}>
          Something specific you noticed, a thank-you, or a few words for the morning. A draft is kept as you type; only you can read it.
        </p>
        <textarea
          ref={textRef}
          id={`${uid}-text`}
          className="textarea"
          rows={4}
          value={draft.text}
          maxLength={NOTE_MAX_CHARS}
          aria-describedby={`${uid}-hint ${uid}-count ${uid}-s`}
          onChange={(e) => change({ text: e.target.value })}
        />
        <p className="field-hint" id={`${uid}-count`}>
          {draft.text.length} of {NOTE_MAX_CHARS} characters
        </p>
        <p className="draft-status" id={`${uid}-s`} role="status" aria-live="polite">
          {DRAFT_STATUS_TEXT[status.shown]}
        </p>
      </div>
      <WhenPicker draft={draft} now={now} allowNow check={check} showErrors={tried} onChange={change} />
      {partner && keys === 'changed' ? <KeysChangedNote name={name} /> : null}
      {partner ? (
        <div className="actions">
          <Button disabled={!text || keys !== 'ok' || busy} onClick={open}>
            {draft.when === 'later' ? `Schedule for ${name}…` : `Send to ${name}…`}
          </Button>
        </div>
      ) : (
        <p className="muted small">When your partner joins, you can send it. Your draft is kept until then.</p>
      )}
      {!dialog ? <ErrorAlert message={error} /> : null}
      <p ref={doneRef} tabIndex={-1} role="status" aria-live="polite" className="muted small" data-testid="note-done">
        {done}
      </p>
      {partner ? (
        <SendDialog
          open={dialog}
          title={later ? `Schedule this note for ${name}?` : `Send this note to ${name}?`}
          name={name}
          who={
            waitsForSpace(later ? later.deliverAt : null, now)
              ? `${name} asked for some space until ${describeUntil(partnerSpaceUntil!, now, timeZone)}. Your note will wait, and reach ${name} when their space ends. Nobody else reads it — not Mend.`
              : later
                ? `${name} will read this ${describeWhen(later.deliverAt, now, timeZone)} (your time) — not before. Until then you can change it or cancel it.`
                : `${name} will read this now. Nobody else — not Mend.`
          }
          preview={text}
          confirm={later ? 'Schedule' : 'Send'}
          busyLabel={later ? 'Scheduling…' : 'Sending…'}
          busy={busy}
          error={error}
          onConfirm={() => void send()}
          onClose={() => setDialog(false)}
        />
      ) : null}
    </div>
  );
}

interface EditorProps {
  note: OpenItem;
  items: ItemsClient;
  drafts: Drafts;
  now: Date;
  draftKey: string;
  /** A restored draft of this edit, if any. */
  restored: NoteDraft | null;
  onItem(item: OpenItem): void;
  /** The note reached the partner meanwhile (409 already_delivered): its new words go to a new note. */
  onTooLate(draft: NoteDraft, draftKey: string): void;
  onClose(): void;
}

/** Changing a scheduled note's words or time, until it is delivered. */
export function NoteEditor({ note, items, drafts, now, draftKey, restored, onItem, onTooLate, onClose }: EditorProps) {
  const { timeZone } = usePracticeContext();
  const uid = useId();
  const at = deliverAtOf(note);
  const start: NoteDraft = restored ?? {
    text: parseContent('note', note.content)?.text ?? '',
    when: 'later',
    ...(at ? clockAt(new Date(at), timeZone) : defaultPick(now, timeZone)),
  };
  const { draft, change, clear, status } = useNoteDraft(drafts, draftKey, { ...start, when: 'later' }, restored !== null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const check = deliveryTime(draft.date, draft.time, timeZone, now);
  const text = draft.text.trim();

  const save = async () => {
    setTried(true);
    setError(null);
    const fresh = deliveryTime(draft.date, draft.time, timeZone, new Date());
    if (!fresh.ok || !text) return;
    setBusy(true);
    try {
      onItem(await items.update(note, { text }, { deliverAt: fresh.deliverAt }));
      clear();
      onClose();
    } catch (e) {
      const code = errorCode(e);
      // Changed elsewhere in the meantime: perhaps sent at once from another device.
      const latest = code === 'version_conflict' ? await items.get(note.id).catch(() => null) : null;
      const arrived = latest !== null && (deliverAtOf(latest) === null || Date.parse(deliverAtOf(latest) ?? '') <= Date.now());
      if (code === 'already_delivered' || arrived) {
        onTooLate(draft, draftKey);
        onClose();
      } else if (latest) {
        onItem(latest);
        setError('This note was changed on another device. Your words here are kept; save again to use them.');
      } else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack note-editor" data-testid="note-editor">
      <div className="field">
        <label className="field-label" htmlFor={`${uid}-text`}>
          Your note
        </label>
        <textarea
          id={`${uid}-text`}
          className="textarea"
          rows={4}
          value={draft.text}
          maxLength={NOTE_MAX_CHARS}
          aria-invalid={tried && !text ? true : undefined}
          aria-describedby={`${uid}-s${tried && !text ? ` ${uid}-e` : ''}`}
          onChange={(e) => change({ text: e.target.value })}
        />
        {tried && !text ? (
          <p className="field-error" id={`${uid}-e`}>
            A note needs a few words. To stop it altogether, use “Cancel note”.
          </p>
        ) : null}
        <p className="draft-status" id={`${uid}-s`} role="status" aria-live="polite">
          {DRAFT_STATUS_TEXT[status.shown]}
        </p>
      </div>
      <WhenPicker draft={draft} now={now} allowNow={false} check={check} showErrors={tried} onChange={change} />
      <div className="actions actions-tight">
        <Button small busy={busy} busyLabel="Saving…" onClick={() => void save()}>
          Save changes
        </Button>
        <Button
          small
          variant="secondary"
          disabled={busy}
          onClick={() => {
            clear();
            onClose();
          }}
        >
          Keep it as it was
        </Button>
      </div>
      <ErrorAlert message={error} />
    </div>
  );
}
