import { useId, useState, type FormEvent } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { CHECKIN_NOTE_MAX, checkinContent, MEASURE_WORDS, MEASURES, SCORE_MAX, SCORE_MIN, type Measure } from '../../../core/healing/index.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import type { Drafts } from '../../lib/use-drafts.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../../lib/draft-status.js';
import { DRAFT_KEYS, type CheckinDraft, type CheckinView } from './model.js';
import { CountedTextArea } from '../../components/CountedTextArea.js';
import { Fold } from '../../components/Fold.js';

interface CheckinFormProps {
  items: ItemsClient;
  drafts: Drafts;
  /** The person's local date. */
  today: string;
  /** Today's check-in, when there is one: saving again updates it (one a day). */
  existing: CheckinView | undefined;
  /** Where the form starts (a kept draft, today's check-in, or the last scores). */
  initial: CheckinDraft;
  /** True when `initial` came from a kept draft. */
  restored: boolean;
  onItem(item: OpenItem): void;
}

/** One 0–10 slider with its question, both ends in words, and the number said as "6 of 10". */
function ScoreSlider({ measure, value, onChange }: { measure: Measure; value: number; onChange(v: number): void }) {
  const uid = useId();
  const w = MEASURE_WORDS[measure];
  return (
    <div className="field heal-slider">
      <label className="field-label" htmlFor={`${uid}-r`}>
        {w.question}
      </label>
      <div className="heal-slider-row">
        <input
          id={`${uid}-r`}
          type="range"
          className="heal-range"
          min={SCORE_MIN}
          max={SCORE_MAX}
          step={1}
          value={value}
          aria-describedby={`${uid}-ends`}
          aria-valuetext={`${value} of ${SCORE_MAX}`}
          data-measure={measure}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <output className="heal-value" htmlFor={`${uid}-r`} aria-hidden="true">
          {value}
        </output>
      </div>
      <p className="heal-ends field-hint" id={`${uid}-ends`}>
        <span>
          {SCORE_MIN} — {w.low}
        </span>
        <span>
          {SCORE_MAX} — {w.high}
        </span>
      </p>
    </div>
  );
}

/** Today's check-in: four sliders and a note, kept as a draft as it changes; a second save the same day updates the first. */
export function CheckinForm({ items, drafts, today, existing, initial, restored, onItem }: CheckinFormProps) {
  const uid = useId();
  const key = DRAFT_KEYS.checkin(today);
  const [draft, setDraft] = useState<CheckinDraft>(initial);
  const status = useDraftStatus(drafts, key, restored ? 'restored' : 'none');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');

  const change = (patch: Partial<CheckinDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setDone('');
    status.setActive(true);
    drafts.sync.change(key, next);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const content = checkinContent(today, draft, draft.note);
      const item = existing ? await items.update(existing.item, content) : await items.create('checkin', content, {});
      onItem(item);
      status.setActive(false);
      status.setShown('none');
      await drafts.sync.discard(key);
      setDone(existing ? "Today's check-in is updated. Only you can see it." : 'Checked in for today. Only you can see it.');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack heal-checkin" onSubmit={(e) => void save(e)} aria-labelledby="checkin-heading" data-testid="checkin-form">
      <div className="reflection-head">
        <h2 id="checkin-heading" className="anchor-target" tabIndex={-1}>
          Today's check-in
        </h2>
        <span className="badge">Only you see this</span>
      </div>
      <p className="muted">
        {existing ? 'You checked in today. You can change it — it stays one check-in for the day.' : 'A minute, just for you. There are no right answers.'}
      </p>
      {MEASURES.map((m) => (
        <ScoreSlider key={m} measure={m} value={draft[m]} onChange={(v) => change({ [m]: v })} />
      ))}
      <Fold summary="Add a note for yourself" open={initial.note.trim() !== ''} testId="checkin-note-fold">
        <CountedTextArea
          label={
            <>
              A note for yourself <span className="muted">(optional)</span>
            </>
          }
          rows={3}
          max={CHECKIN_NOTE_MAX}
          value={draft.note}
          note="Notes are never shared, not even in a shared trend."
          describedById={`${uid}-s`}
          onChange={(note) => change({ note })}
        />
      </Fold>
      {/* Outside the fold: the sliders keep a draft too, and say so. */}
      <p className="draft-status" id={`${uid}-s`} role="status" aria-live="polite">
        {DRAFT_STATUS_TEXT[status.shown]}
      </p>
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Saving…">
          {existing ? "Update today's check-in" : 'Save my check-in'}
        </Button>
      </div>
      <ErrorAlert message={error} />
      <LiveStatus>{done}</LiveStatus>
    </form>
  );
}
