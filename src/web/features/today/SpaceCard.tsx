import { useEffect, useId, useRef, useState } from 'react';
import { describeUntil, pickDate, pickUntil, SPACE_MESSAGE_MAX, SPACE_PICKS, spaceDateBounds, spaceUntil } from '../../../core/today/index.js';
import { Button } from '../../components/Button.js';
import { TextAreaField, TextField } from '../../components/Field.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { useItems } from '../../lib/use-items.js';
import { useTogether, useTogetherClient } from './useTogether.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

/**
 * "I need some space": for a few hours or some days, Mend sends the asker no prompts or
 * reminders, and tells the partner kindly, with nothing but until when — plus, if the asker
 * writes one, a short message sent as an ordinary note. When the partner asked, it says so,
 * that nothing is needed, and that notes written now wait until the space ends.
 */
export function SpaceCard() {
  const { timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const uid = useId();
  const together = useTogetherClient();
  const items = useItems(partner);
  const { data, setData, error, missing } = useTogether(() => together.space());
  const now = new Date();
  const partnerName = partner.displayName;
  const [choice, setChoice] = useState<string>(SPACE_PICKS[0].id);
  const [date, setDate] = useState(() => pickDate(1, now, timeZone));
  const [message, setMessage] = useState('');
  // A message whose note did not go through after the space began: kept here to send again.
  const [unsent, setUnsent] = useState<string | null>(null);
  const [busy, setBusy] = useState<'ask' | 'end' | 'note' | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // The form stays folded until the person wants it: most days, nobody needs it.
  const [open, setOpen] = useState(false);
  const formRef = useRef<HTMLFieldSetElement>(null);
  const openerRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    // Focus follows the fold: into the form when it opens, back to its button when it closes.
    if (open) formRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    else if (wasOpen.current) openerRef.current?.querySelector('button')?.focus();
    wasOpen.current = open;
  }, [open]);
  if (missing || (!data && !error)) return null;
  const bounds = spaceDateBounds(now, timeZone);

  /** Sends the message as a note, delivered now; false (words kept) when it did not go through. */
  const sendNote = async (text: string): Promise<boolean> => {
    try {
      const note = await items.create('note', { text }, { deliverAt: null });
      try {
        await items.share(note, partner);
      } catch (e) {
        // A note the partner can't read helps nobody: take it back; the words stay here.
        await items.remove(note).catch(() => undefined);
        throw e;
      }
      setUnsent(null);
      return true;
    } catch (e) {
      setUnsent(text);
      setSaveError(`Your space has started, but the note didn't go through — your words are kept here. ${errorMessage(e)}`);
      return false;
    }
  };

  const ask = async () => {
    setSaveError(null);
    setDateError(null);
    const pick = SPACE_PICKS.find((p) => p.id === choice);
    const until = pick ? pickUntil(pick, new Date(), timeZone) : spaceUntil(date, new Date(), timeZone);
    if (!until) {
      setDateError('Choose a day from tomorrow to two weeks from now.');
      return;
    }
    setBusy('ask');
    try {
      setData(await together.askForSpace(until));
      const text = message.trim();
      const sent = text ? await sendNote(text) : true;
      if (sent) setMessage('');
      setOpen(false);
      setStatus(text && sent ? `Done. Mend won't send you prompts or reminders, and your message went to ${partnerName} as a note.` : `Done. Mend won't send you prompts or reminders, and ${partnerName} can see until when.`);
    } catch (e) {
      setSaveError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const end = async () => {
    setSaveError(null);
    setBusy('end');
    try {
      setData(await together.endSpace());
      setStatus('Your space has ended. Prompts will come back.');
    } catch (e) {
      setSaveError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const retryNote = async () => {
    if (!unsent) return;
    setSaveError(null);
    setBusy('note');
    if (await sendNote(unsent)) {
      setMessage('');
      setStatus(`Your message went to ${partnerName} as a note.`);
    }
    setBusy(null);
  };

  const theirs = data?.partner ?? null;
  const mine = data?.mine ?? null;
  return (
    <section className="card stack" aria-labelledby={`${uid}-h`} data-testid="space-card">
      <h2 id={`${uid}-h`}>{theirs && !mine ? `${partnerName} asked for some space` : 'Some space'}</h2>
      {theirs ? (
        <p data-testid="partner-space">
          {partnerName} asked for some space until {describeUntil(theirs.until, now, timeZone)}. Prompts are paused. Nothing is needed from you.
          Notes you write now will wait, and reach {partnerName} when the space ends.
        </p>
      ) : null}
      {mine ? (
        <>
          <p data-testid="my-space">
            You asked for some space until {describeUntil(mine.until, now, timeZone)}. Until then Mend sends you no prompts or reminders;{' '}
            {partnerName} sees only until when.
          </p>
          {unsent ? (
            <div className="stack">
              <p className="ack-note">“{unsent}”</p>
              <div className="actions actions-tight">
                <Button small busy={busy === 'note'} busyLabel="Sending…" disabled={busy !== null} onClick={() => void retryNote()}>
                  Send it as a note again
                </Button>
              </div>
            </div>
          ) : null}
          <div className="actions actions-tight">
            <Button small variant="secondary" busy={busy === 'end'} busyLabel="Ending…" disabled={busy !== null} onClick={() => void end()}>
              End my space now
            </Button>
          </div>
        </>
      ) : !open ? (
        <>
          <p className="muted">A pause for a few hours or days, whenever you need one.</p>
          <div className="actions actions-tight" ref={openerRef}>
            <Button small variant="secondary" aria-expanded={false} onClick={() => setOpen(true)}>
              I need some space…
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className="muted">
            If you need a pause — for a few hours or a few days — you can ask for some space. Mend sends you no prompts or reminders until then;{' '}
            {partnerName} will see that you asked for some space and until when, and nothing else.
          </p>
          <fieldset className="choices" ref={formRef}>
            <legend>For how long</legend>
            <div className="choice-list">
              {SPACE_PICKS.map((p) => (
                <label key={p.id} className="choice">
                  <input
                    type="radio"
                    name={`${uid}-for`}
                    checked={choice === p.id}
                    onChange={() => setChoice(p.id)}
                  />
                  <span>{p.label}</span>
                </label>
              ))}
              <label className="choice">
                <input type="radio" name={`${uid}-for`} checked={choice === 'date'} onChange={() => setChoice('date')} />
                <span>Until a day I choose</span>
              </label>
            </div>
          </fieldset>
          {choice === 'date' ? (
            <TextField label="Until the end of" type="date" value={date} min={bounds.min} max={bounds.max} error={dateError} onChange={(e) => setDate(e.target.value)} hint="Up to two weeks. You can end it sooner." />
          ) : null}
          <TextAreaField
            label="A short message (optional)"
            rows={2}
            value={message}
            maxLength={SPACE_MESSAGE_MAX}
            onChange={(e) => setMessage(e.target.value)}
            hint={`Sent to ${partnerName} as a note at the same moment — like “I’m all right, I just need a quiet evening.”`}
          />
          <div className="actions">
            <Button variant="secondary" busy={busy === 'ask'} busyLabel="Asking…" disabled={busy !== null} onClick={() => void ask()}>
              Ask for some space
            </Button>
            <Button variant="quiet" disabled={busy !== null} onClick={() => setOpen(false)}>
              Not now
            </Button>
          </div>
        </>
      )}
      <ErrorAlert message={saveError ?? (error ? errorMessage(error) : null)} />
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
