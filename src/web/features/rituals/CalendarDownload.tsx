import { useId, useState } from 'react';
import { buildCalendar, NEUTRAL_TITLE } from '../../../core/calendar/index.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { saveFile } from '../../lib/save-file.js';
import { calendarInputs, type PlanView, type RitualView } from './model.js';

/** The file name: nothing in a downloads folder says what it is about. */
const FILE_NAME = 'calendar.ics';

/** "Download calendar (.ics)": rituals and planned activities, made here, with real or neutral titles. */
export function CalendarDownload({ rituals, plans }: { rituals: RitualView[]; plans: PlanView[] }) {
  const uid = useId();
  const [showTitles, setShowTitles] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = calendarInputs(rituals, plans);
  const count = input.rituals.length + input.activities.length;

  const download = () => {
    setError(null);
    try {
      saveFile(buildCalendar(input.rituals, input.activities, { showTitles, now: new Date() }), FILE_NAME, 'text/calendar;charset=utf-8');
      setStatus(`Downloaded ${FILE_NAME}. Open it, or import it in your calendar app.`);
    } catch {
      setError("The calendar couldn't be made just now. Try again?");
    }
  };

  return (
    <div className="card stack">
      <p>
        Put your rituals and planned activities in the calendar you already use. The file is made on this device, so your words never
        pass through Mend's server.
      </p>
      <fieldset className="choices">
        <legend>Titles in the calendar</legend>
        <div className="choice-list">
          <label className="choice">
            <input type="radio" name={`${uid}-t`} checked={!showTitles} onChange={() => setShowTitles(false)} />
            <span>Neutral titles (“{NEUTRAL_TITLE}”)</span>
          </label>
          <label className="choice">
            <input type="radio" name={`${uid}-t`} checked={showTitles} onChange={() => setShowTitles(true)} />
            <span>Show titles</span>
          </label>
        </div>
      </fieldset>
      <p className="muted small">
        {showTitles
          ? 'Anyone who can see your calendar will see these titles.'
          : `Each entry says only “${NEUTRAL_TITLE}”, so a shared or work calendar reveals nothing.`}{' '}
        It's a copy of today's plans: after a change, download it again.
      </p>
      <div className="actions">
        <Button variant="secondary" disabled={count === 0} onClick={download}>
          Download calendar (.ics)
        </Button>
      </div>
      {count === 0 ? <p className="muted small">Make a ritual or plan an activity first; then it can go in your calendar.</p> : null}
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </div>
  );
}
