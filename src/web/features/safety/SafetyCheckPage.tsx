import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  assessSafety,
  SAFETY_ANSWER_LABELS,
  SAFETY_CHECK_WHY,
  SAFETY_QUESTIONS,
  SAFETY_REASON_WORDS,
  safetyCheckContent,
  type SafetyAnswers,
  type SafetyAssessment,
  type SafetyCountry,
} from '../../../core/safety/index.js';
import type { OpenItem } from '../../../shared/client/index.js';
import type { SafetyCheckTaken } from '../../../shared/safety/index.js';
import { Button } from '../../components/Button.js';
import { PageTitle } from '../../components/Heading.js';
import { ErrorAlert } from '../../components/Status.js';
import { useItems } from '../../lib/use-items.js';
import { CountryResources } from './CountryResources.js';
import { QuietHoldCard } from './QuietHoldCard.js';
import './safety.css';
import { usePracticeContext } from '../../lib/practice-context.js';

interface Result {
  assessment: SafetyAssessment;
  item: OpenItem<'safety_check'> | null;
  content: SafetyCheckTaken;
}

/**
 * The private safety check (docs/SAFETY.md): a few questions, then what may help. The answers
 * are saved as a private-only item, encrypted to this person alone; the result shows even if
 * saving fails, because the help matters more than the record.
 */
export function SafetyCheckPage() {
  const { partner } = usePracticeContext();
  const items = useItems(partner);
  const uid = useId();
  const [answers, setAnswers] = useState<SafetyAnswers>({});
  const [missing, setMissing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const first = SAFETY_QUESTIONS.find((q) => !answers[q.id]);
    if (first) {
      setMissing("Please choose an answer for each question. \u201cI'd rather not say\u201d is always fine.");
      formRef.current?.querySelector<HTMLInputElement>(`input[name="${uid}-${first.id}"]`)?.focus();
      return;
    }
    setMissing(null);
    setBusy(true);
    const content = safetyCheckContent(new Date(), answers);
    let item: OpenItem<'safety_check'> | null = null;
    try {
      item = await items.create('safety_check', content, {});
    } catch {
      setSaveFailed(true);
    }
    setResult({ assessment: assessSafety(answers), item, content });
    setBusy(false);
    window.scrollTo(0, 0);
  };

  const chooseCountry = (country: SafetyCountry) => {
    if (!result?.item) return;
    const next = { ...result.content, country };
    // Remembered with this check only; a failure changes nothing the person sees.
    items.update(result.item, next).then(
      (item) => setResult({ ...result, item, content: next }),
      () => undefined,
    );
  };

  if (result) return <SafetyResult result={result} saveFailed={saveFailed} partnerName={partner?.displayName ?? null} onChoose={chooseCountry} />;

  return (
    <div className="stack-lg">
      <PageTitle lead="A few questions, just for you. Only you will ever see your answers.">Your private safety check</PageTitle>
      {partner ? <QuietHoldCard partnerName={partner.displayName} onlyWhenHeld /> : null}
      <p className="why">{SAFETY_CHECK_WHY}</p>
      <form ref={formRef} className="stack-lg" onSubmit={(e) => void submit(e)} noValidate data-testid="safety-check-form">
        {SAFETY_QUESTIONS.map((q, n) => (
          <fieldset key={q.id} className="choices card safety-question" data-question={q.id}>
            <legend>
              <span className="visually-hidden">Question {n + 1} of {SAFETY_QUESTIONS.length}: </span>
              {q.text}
            </legend>
            <div className="choice-list">
              {q.answers.map((a) => (
                <label key={a} className="choice">
                  <input type="radio" name={`${uid}-${q.id}`} value={a} checked={answers[q.id] === a} onChange={() => setAnswers({ ...answers, [q.id]: a })} />
                  <span>{SAFETY_ANSWER_LABELS[a]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <ErrorAlert message={missing} />
        <p className="muted small">
          {partner ? `${partner.displayName} never sees this check, its answers or whether you took it. ` : ''}If you need to leave quickly, use Quick exit at the top.
        </p>
        <div className="actions">
          <Button type="submit" busy={busy} busyLabel="Saving privately…">
            See what may help
          </Button>
        </div>
      </form>
    </div>
  );
}

/** The individual path: what a person can do in Mend alone, privately. */
function MendForOne({ partnerName }: { partnerName: string | null }) {
  const uid = useId();
  return (
    <section className="card stack" aria-labelledby={`${uid}-h`} data-testid="mend-for-one">
      <h2 id={`${uid}-h`}>Mend for one</h2>
      <p>
        You can keep using Mend just for yourself. These stay private to you{partnerName ? ` — ${partnerName} never sees them unless you share` : ''}:
      </p>
      <ul className="stack">
        <li>
          <Link to="/practices/understand">Your own reflections</Link> — put what happened and how it felt into words.
        </li>
        <li>
          <Link to="/practices/healing">Daily check-ins</Link> — a minute to notice how you are.
        </li>
        <li>
          <Link to="/practices/closeness/journal">Your journal</Link> — write whatever you need to.
        </li>
      </ul>
    </section>
  );
}

function SafetyResult({ result, saveFailed, partnerName, onChoose }: {
  result: Result;
  saveFailed: boolean;
    partnerName: string | null;
  onChoose(c: SafetyCountry): void;
}) {
  const { timeZone } = usePracticeContext();
  const { assessment } = result;
  const saved = saveFailed ? (
    <p className="notice" role="status">
      This check couldn&rsquo;t be saved, but nothing is lost that matters: here is what may help.
    </p>
  ) : null;

  if (assessment.level === 'none') {
    return (
      <div className="stack-lg" data-testid="safety-result" data-level="none">
        <PageTitle focusOnMount lead="Nothing you answered points to danger right now.">Thank you for taking the check</PageTitle>
        {saved}
        <p>If things change, you can take this check again at any time from the Safety page. It stays just as private.</p>
        {assessment.declined.length > 0 ? (
          <p>
            You chose not to answer some questions. That&rsquo;s all right. If you ever want to talk to someone, the <Link to="/safety">Safety page</Link> lists confidential helplines.
          </p>
        ) : null}
        <p>
          <Link to="/today">Back to Today</Link>
        </p>
      </div>
    );
  }

  const urgent = assessment.level === 'urgent';
  return (
    <div className="stack-lg" data-testid="safety-result" data-level={assessment.level}>
      <PageTitle
        focusOnMount
        lead={
          urgent
            ? 'Some of what you said suggests you may not be safe. You deserve to be safe, and help is there — confidential and free.'
            : 'What you described can make working on the relationship together unsafe. It isn\u2019t your fault, and you don\u2019t have to sort it out alone.'
        }
      >
        Your safety comes first
      </PageTitle>
      {saved}
      <div className={urgent ? 'card warning' : 'card'}>
        <CountryResources timeZone={timeZone} chosen={result.content.country} onChoose={onChoose} emergencyFirst={urgent} />
      </div>
      <details className="safety-reasons">
        <summary>What you told Mend</summary>
        <ul>
          {assessment.reasons.map((r) => (
            <li key={r}>{SAFETY_REASON_WORDS[r]}</li>
          ))}
        </ul>
        <p className="muted small">Mend is not an emergency service and this is not a diagnosis. A helpline can listen and help you think about what to do next.</p>
      </details>
      <MendForOne partnerName={partnerName} />
      {partnerName ? <QuietHoldCard partnerName={partnerName} /> : null}
      <p>
        <Link to="/today">Back to Today</Link> · <Link to="/safety">Safety and support</Link>
      </p>
    </div>
  );
}
