import { useState } from 'react';
import { DECISION_ANSWERS, type DecisionAnswer } from '../../../shared/api/together.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { useTogether, useTogetherClient } from './useTogether.js';

const LABELS: Record<DecisionAnswer, string> = { yes: 'Yes', not_sure: 'Not sure', no: 'No' };

/**
 * The periodic, private "Do you want to keep working on this?". Only the person's own answer is
 * shown to them, and a shared "both yes" to both — never anything about the partner's answer.
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
      {data?.myAnswer ? <p className="muted small">You can change your answer any time this month. Any answer is all right — deciding to part is not a failure.</p> : null}
      <ErrorAlert message={saveError ?? (error ? errorMessage(error) : null)} />
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
