import { useState } from 'react';
import { Link } from 'react-router';
import { decisionNextSteps } from '../../../core/today/index.js';
import { DECISION_ANSWERS, type DecisionAnswer } from '../../../shared/api/together.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { useTogether, useTogetherClient } from './useTogether.js';

const LABELS: Record<DecisionAnswer, string> = { yes: 'Yes', not_sure: 'Not sure', no: 'No' };

/**
 * The periodic, private "Do you want to keep working on this?". Only the person's own answer is
 * shown to them, with gentle next steps for it, and a shared "both yes" to both — never anything
 * about the partner's answer.
 */
export function DecisionCard() {
  const together = useTogetherClient();
  const { data, setData, error, missing } = useTogether(() => together.decision());
  const [busy, setBusy] = useState<DecisionAnswer | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  if (missing || (!data && !error)) return null;

  const answer = async (a: DecisionAnswer) => {
    setBusy(a);
    setSaveError(null);
    try {
      setData(await together.answerDecision(a));
      setStatus('Saved. Only you can see your answer.');
    } catch (e) {
      setSaveError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card stack" aria-labelledby="decision-heading" data-testid="decision-card">
      <h2 id="decision-heading">Do you want to keep working on this?</h2>
      {data?.bothYes ? (
        <p className="agreement-accepted" data-testid="decision-both-yes">
          You both said yes this month.
        </p>
      ) : null}
      <p className="muted small">
        Asked once a month. Only you see your answer. If you both say yes, you'll both see that — nothing else is ever shown.
      </p>
      {data ? (
        <div className="actions actions-tight decision-answers" role="group" aria-label="Your answer this month">
          {DECISION_ANSWERS.map((a) => (
            <Button key={a} small variant="secondary" aria-pressed={data.myAnswer === a} busy={busy === a} busyLabel="Saving…" disabled={busy !== null} onClick={() => void answer(a)}>
              {LABELS[a]}
            </Button>
          ))}
        </div>
      ) : null}
      {data?.myAnswer ? <AfterAnswer answer={data.myAnswer} /> : null}
      <ErrorAlert message={saveError ?? (error ? errorMessage(error) : null)} />
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}

/** Private next steps for the person's own answer: keep going, find out, or part with care. */
function AfterAnswer({ answer }: { answer: DecisionAnswer }) {
  const next = decisionNextSteps(answer);
  return (
    <div className="stack" data-testid="decision-next">
      <p>{next.lead}</p>
      <ul className="plain-list stack">
        {next.steps.map((s) => (
          <li key={s.id} data-testid={`decision-step-${s.id}`}>
            <p>
              <Link to={s.href}>{s.text}</Link>
            </p>
            <p className="muted small">{s.why}</p>
          </li>
        ))}
      </ul>
      <p className="muted small">{next.closing}</p>
    </div>
  );
}
