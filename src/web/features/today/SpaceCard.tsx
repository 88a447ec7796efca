import { useId, useState } from 'react';
import { describeUntil, pickDate, SPACE_PICKS, spaceDateBounds, spaceUntil } from '../../../core/today/index.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/Field.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { useTogether, useTogetherClient } from './useTogether.js';

/**
 * "I need some space": pauses the prompts for both, and tells the partner kindly, with nothing
 * but until when. When the partner asked, it says so and that nothing is needed.
 */
export function SpaceCard({ partnerName, timeZone }: { partnerName: string; timeZone: string }) {
  const uid = useId();
  const together = useTogetherClient();
  const { data, setData, error, missing } = useTogether(() => together.space());
  const now = new Date();
  const [choice, setChoice] = useState<string>(SPACE_PICKS[0].id);
  const [date, setDate] = useState(() => pickDate(SPACE_PICKS[0].days, now, timeZone));
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  if (missing || (!data && !error)) return null;
  const bounds = spaceDateBounds(now, timeZone);

  const run = async (what: 'ask' | 'end') => {
    setSaveError(null);
    setDateError(null);
    let until: Date | null = null;
    if (what === 'ask') {
      until = spaceUntil(date, new Date(), timeZone);
      if (!until) {
        setDateError('Choose a day from tomorrow to two weeks from now.');
        return;
      }
    }
    setBusy(true);
    try {
      const next = what === 'ask' && until ? await together.askForSpace(until) : await together.endSpace();
      setData(next);
      setStatus(what === 'ask' ? `Done. Prompts are paused, and ${partnerName} can see until when.` : 'Your space has ended. Prompts will come back.');
    } catch (e) {
      setSaveError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const theirs = data?.partner ?? null;
  const mine = data?.mine ?? null;
  return (
    <section className="card stack" aria-labelledby={`${uid}-h`} data-testid="space-card">
      <h2 id={`${uid}-h`}>{theirs && !mine ? `${partnerName} asked for some space` : 'Some space'}</h2>
      {theirs ? (
        <p data-testid="partner-space">
          {partnerName} asked for some space until {describeUntil(theirs.until, now, timeZone)}. Prompts are paused. Nothing is needed from you.
        </p>
      ) : null}
      {mine ? (
        <>
          <p data-testid="my-space">
            You asked for some space until {describeUntil(mine.until, now, timeZone)}. Prompts are paused for both of you; {partnerName} sees only
            until when.
          </p>
          <div className="actions actions-tight">
            <Button small variant="secondary" busy={busy} busyLabel="Ending…" onClick={() => void run('end')}>
              End my space now
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className="muted">
            If you need a pause, you can ask for some space. Prompts pause for both of you; {partnerName} will see that you asked for some space until
            the day you choose, and nothing else.
          </p>
          <fieldset className="choices">
            <legend>For how long</legend>
            <div className="choice-list">
              {SPACE_PICKS.map((p) => (
                <label key={p.id} className="choice">
                  <input
                    type="radio"
                    name={`${uid}-for`}
                    checked={choice === p.id}
                    onChange={() => {
                      setChoice(p.id);
                      setDate(pickDate(p.days, new Date(), timeZone));
                    }}
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
          <div className="actions">
            <Button variant="secondary" busy={busy} busyLabel="Asking…" onClick={() => void run('ask')}>
              Ask for some space
            </Button>
          </div>
        </>
      )}
      <ErrorAlert message={saveError ?? (error ? errorMessage(error) : null)} />
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
