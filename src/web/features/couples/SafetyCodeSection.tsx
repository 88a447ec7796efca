import { useEffect, useMemo, useState } from 'react';
import { acceptPartnerKeys, checkPartnerKeys } from '../../../shared/client/index.js';
import { useClient } from '../../app/client.js';
import { useMe } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { pinStoreFor } from '../../lib/key-pins.js';
import { comparedCode, markCompared } from './compared.js';
import { usePairedPartner } from '../../lib/practice-context.js';

type PinState = 'checking' | 'new' | 'same' | 'changed' | 'error';

/** The safety code both partners compare, and a clear warning if the partner's keys changed. */
export function SafetyCodeSection() {
  const partner = usePairedPartner();
  const client = useClient();
  const me = useMe();
  const store = useMemo(() => pinStoreFor(client), [client]);
  const [pin, setPin] = useState<PinState>('checking');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [compared, setCompared] = useState<string | null>(() => comparedCode(me.user.id, partner.id));

  const code = useMemo(() => {
    try {
      return client.safetyCodeWith(partner);
    } catch {
      return null;
    }
  }, [client, partner]);

  useEffect(() => {
    let cancelled = false;
    setPin('checking');
    void (async () => {
      try {
        const result = await checkPartnerKeys(store, partner);
        // 'new' means first sight: checkPartnerKeys pinned these keys (trust on first use).
        if (!cancelled) setPin(result);
      } catch {
        if (!cancelled) setPin('error');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [store, partner]);

  const name = partner.displayName;
  const matchesCompared = code !== null && compared === code;

  const accept = async () => {
    if (!code) return;
    setBusy(true);
    setStatus('');
    try {
      await acceptPartnerKeys(store, partner);
      markCompared(me.user.id, partner.id, code);
      setCompared(code);
      setPin('same');
      setStatus(`Thank you. You and ${name} compared codes.`);
    } catch (err) {
      setStatus(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="safety-code-heading" id="safety-code">
      <h2 id="safety-code-heading" tabIndex={-1}>
        Your safety code with {name}
      </h2>

      {pin === 'changed' ? (
        <div className="warning stack" role="alert" data-testid="key-changed-warning">
          <p>
            <strong>{name}'s security key has changed.</strong> This can happen for ordinary reasons, but it could also mean
            someone is in the middle. Please compare codes again before sharing anything new.
          </p>
        </div>
      ) : null}

      <p>
        Compare this code with {name}, in person or on a call. If both screens show the same code, no one is in the middle.
      </p>

      {code ? (
        <p className="safety-code" data-testid="safety-code">
          {code}
        </p>
      ) : (
        <p className="alert">Unlock Mend to see the safety code.</p>
      )}

      {matchesCompared && pin !== 'changed' ? (
        <p className="notice">You compared this code with {name}. It stays the same unless one of your keys changes.</p>
      ) : (
        <>
          <p className="muted small">If the codes are different, don't share anything new for now, and talk with {name} about it.</p>
          <div className="actions">
            <Button onClick={() => void accept()} busy={busy} busyLabel="Saving…" disabled={!code || pin === 'checking'}>
              We compared — it matches
            </Button>
          </div>
        </>
      )}
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
