import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { bundledInstrument, type Instrument } from '../../../core/questionnaires/index.js';
import type { ItemsClient } from '../../../shared/client/index.js';
import { useMe } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { PageTitle } from '../../components/Heading.js';
import { PageLoading } from '../../components/PageLoading.js';
import { ErrorAlert } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { useDrafts, type Drafts } from '../../lib/use-drafts.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../../lib/draft-status.js';
import { useItems } from '../../lib/use-items.js';
import { DRAFT_KEYS } from './model.js';
import { asQuestionnaireDraft, makeResult, scalePoints, type QuestionnaireDraft } from './results.js';
import './healing.css';

/** Taking one questionnaire: one statement at a time, every point labelled, skippable, kept as a draft to come back to. */
export function QuestionnairePage() {
  const { instrumentId } = useParams();
  const instrument = instrumentId ? bundledInstrument(instrumentId) : undefined;
  if (!instrument) {
    return (
      <div className="stack-lg">
        <PageTitle>Questionnaire not found</PageTitle>
        <p>
          This questionnaire isn't one Mend knows. <Link to="/practices/healing#checks-heading">See the monthly checks</Link>
        </p>
      </div>
    );
  }
  return <TakeQuestionnaire key={instrument.id} instrument={instrument} />;
}

function TakeQuestionnaire({ instrument }: { instrument: Instrument }) {
  const me = useMe();
  const items = useItems(me.couple?.partner ?? null);
  const key = DRAFT_KEYS.questionnaire(instrument.id);
  const drafts = useDrafts(items, me.user.id, { keys: [key] });
  const head = (
    <PageTitle lead={instrument.whyWeAsk} focusOnMount>
      {instrument.title}
    </PageTitle>
  );
  if (!drafts.restored) return <PageLoading head={head} error={null} reload={() => Promise.resolve()} loadingLabel="Opening the questionnaire…" keptNote />;
  const restored = asQuestionnaireDraft(instrument, drafts.restored.get(key));
  return <Steps instrument={instrument} items={items} drafts={drafts} draftKey={key} restored={restored} head={head} />;
}

interface StepsProps {
  instrument: Instrument;
  items: ItemsClient;
  drafts: Drafts;
  draftKey: string;
  restored: QuestionnaireDraft | null;
  head: ReactNode;
}

function Steps({ instrument, items, drafts, draftKey, restored, head }: StepsProps) {
  const uid = useId();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<QuestionnaireDraft>(restored ?? { answers: {}, step: 0 });
  const status = useDraftStatus(drafts, draftKey, restored ? 'restored' : 'none');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const legendRef = useRef<HTMLLegendElement>(null);
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const total = instrument.items.length;
  const step = Math.min(draft.step, total);
  const current = instrument.items[step];
  const answered = instrument.items.filter((i) => draft.answers[i.id] !== undefined).length;
  const points = scalePoints(instrument);

  // A new step: focus moves to the question so a screen reader says it (not on first load).
  useEffect(() => {
    if (moved.current) (legendRef.current ?? reviewRef.current)?.focus();
  }, [step]);

  const keep = (next: QuestionnaireDraft) => {
    setDraft(next);
    status.setActive(true);
    drafts.sync.change(draftKey, next);
  };
  const go = (to: number) => {
    moved.current = true;
    keep({ ...draft, step: Math.max(0, Math.min(total, to)) });
  };

  const finish = async () => {
    setBusy(true);
    setError(null);
    try {
      const item = await items.create('questionnaire_result', makeResult(instrument, draft.answers, new Date()), {});
      status.setActive(false);
      await drafts.sync.discard(draftKey);
      void navigate(`/practices/healing/results/${item.id}`, { state: { notice: 'Saved, just for you.' } });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <div className="stack-lg">
      {head}
      {instrument.intro ? <p>{instrument.intro}</p> : null}
      {restored && restored.step > 0 && !moved.current ? <p className="notice">Welcome back. Your answers so far are kept; you can pick up where you left off.</p> : null}

      <div className="stack">
        <p className="small" id={`${uid}-progress`}>
          {current ? `Statement ${step + 1} of ${total}` : 'All done'} · {answered} answered
        </p>
        <progress className="heal-progress" max={total} value={step} aria-labelledby={`${uid}-progress`} />
      </div>

      {current ? (
        <div className="card stack" data-testid="question">
          <fieldset className="choices heal-question">
            <legend ref={legendRef} tabIndex={-1} className="heal-statement">
              {current.text}
            </legend>
            <div className="heal-scale-list">
              {points.map((p) => (
                <label key={p.value} className="choice heal-point-choice">
                  <input
                    type="radio"
                    name={`${uid}-${current.id}`}
                    value={p.value}
                    checked={draft.answers[current.id] === p.value}
                    onChange={() => keep({ ...draft, answers: { ...draft.answers, [current.id]: p.value } })}
                  />
                  <span>
                    <span className="heal-point-num">{p.value}</span> {p.label}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="actions actions-tight">
            {/* Skipping is allowed, never the suggested way on: only "Next" after an answer is the main button. */}
            <Button variant={draft.answers[current.id] === undefined ? 'secondary' : 'primary'} onClick={() => go(step + 1)}>
              {draft.answers[current.id] === undefined ? 'Skip this one' : 'Next'}
            </Button>
            {step > 0 ? (
              <Button variant="secondary" onClick={() => go(step - 1)}>
                Back
              </Button>
            ) : null}
          </div>
          <p className="muted small">You can skip any statement. You can stop at any time — your answers are kept for when you come back.</p>
        </div>
      ) : (
        <div className="card stack" data-testid="review">
          <h2 ref={reviewRef} tabIndex={-1}>
            Ready to see your result?
          </h2>
          <p>
            You answered {answered} of {total}. Your answers and scores are worked out on this device and saved encrypted — only you can see them.
          </p>
          <div className="actions actions-tight">
            <Button busy={busy} busyLabel="Saving…" onClick={() => void finish()}>
              See my result
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => go(total - 1)}>
              Back
            </Button>
          </div>
          <ErrorAlert message={error} />
        </div>
      )}
      <p className="draft-status" role="status" aria-live="polite">
        {DRAFT_STATUS_TEXT[status.shown]}
      </p>
      <p>
        <Link to="/practices/healing#checks-heading">Stop for now</Link>
      </p>
    </div>
  );
}
