import { useEffect, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { SafetyHoldResponse } from '../../../shared/api/safety.js';
import { SafetyClient } from '../../../shared/client/index.js';
import { useClient } from '../../app/client.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';

/**
 * The quiet hold, offered after a check that signalled risk and shown on the check page while
 * it is on (`onlyWhenHeld`): what it does, honestly, and one button to turn it on or lift it. The partner is
 * named only so the person knows who sees nothing different.
 */
export function QuietHoldCard({ partnerName, onlyWhenHeld }: { partnerName: string; onlyWhenHeld?: boolean }) {
  const uid = useId();
  const client = useClient();
  const safety = useMemo(() => new SafetyClient(client), [client]);
  const [hold, setHold] = useState<SafetyHoldResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // Once shown as on, the card stays after lifting, so the person sees that it worked.
  const [shown, setShown] = useState(false);

  useEffect(() => {
    let live = true;
    safety.hold().then(
      (h) => {
        if (!live) return;
        setHold(h);
        if (h.held) setShown(true);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [safety]);

  const change = async (on: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const next = on ? await safety.startHold() : await safety.liftHold();
      setHold(next);
      setStatus(next.held ? 'The quiet hold is on.' : 'The quiet hold is lifted. Sharing works as before.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (onlyWhenHeld && !hold?.held && !shown) return null;
  return (
    <section className="card stack" aria-labelledby={`${uid}-h`} data-testid="quiet-hold">
      <h2 id={`${uid}-h`}>{hold?.held ? 'Your quiet hold is on' : 'A quiet hold, if you want one'}</h2>
      <ul className="stack">
        <li>Nothing new you write can be shared with {partnerName}. Everything you write stays with you.</li>
        <li>Mend sends you no reminders, notifications or emails, in case someone else sees your devices.</li>
        <li>{partnerName} sees nothing different — no message, no banner, no change in what they can already read.</li>
      </ul>
      <p className="muted small">
        It doesn&rsquo;t hide what {partnerName} can already read. You can lift it at any time, here or from the Safety page, and you can{' '}
        <Link to="/couple">leave the couple space</Link> whenever you choose — that needs no one&rsquo;s approval.
      </p>
      {hold ? (
        <div className="actions">
          {hold.held ? (
            <Button variant="secondary" busy={busy} busyLabel="Lifting…" onClick={() => void change(false)}>
              Lift the quiet hold
            </Button>
          ) : (
            <Button busy={busy} busyLabel="Turning it on…" onClick={() => void change(true)}>
              Turn on the quiet hold
            </Button>
          )}
        </div>
      ) : null}
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
