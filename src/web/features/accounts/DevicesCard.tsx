import { useCallback, useEffect, useState } from 'react';
import type { SessionView } from '../../../shared/api/index.js';
import { useClient } from '../../app/client.js';
import { useMe } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime, relativeTime } from '../../lib/time.js';

/** "Your devices": every signed-in session, with sign-out for the others. */
export function DevicesCard() {
  const client = useClient();
  const me = useMe();
  const [sessions, setSessions] = useState<SessionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busyId, setBusyId] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setSessions(await client.sessions());
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [client]);

  useEffect(() => {
    void load();
  }, [load]);

  const revoke = async (s: SessionView) => {
    setBusyId(s.id);
    setStatus('');
    try {
      await client.revokeSession(s.id);
      setStatus(`Signed out of ${s.device || 'that device'}.`);
      await load();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusyId(null);
    }
  };

  const revokeOthers = async () => {
    setBusyId('others');
    setStatus('');
    try {
      await client.revokeOtherSessions();
      setStatus('Signed out of all your other devices.');
      await load();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusyId(null);
    }
  };

  const others = sessions?.filter((s) => !s.current) ?? [];

  return (
    <Card title="Your devices">
      <p className="muted">Where you're signed in. If you don't recognise one, sign it out and change your password.</p>
      <ErrorAlert message={error} />
      {sessions === null && !error ? <Loading label="Loading your devices…" /> : null}
      {sessions ? (
        <ul className="plain-list row-list">
          {sessions.map((s) => (
            <li key={s.id}>
              <div className="row-main">
                <p className="row-title">
                  {s.device || 'Unknown device'} {s.current ? <span className="badge">This device</span> : null}
                </p>
                <p className="muted small">
                  Last seen <time dateTime={s.lastSeenAt}>{relativeTime(s.lastSeenAt)}</time> · signed in{' '}
                  <time dateTime={s.createdAt}>{localDateTime(s.createdAt, me.user.timeZone)}</time>
                </p>
              </div>
              {!s.current ? (
                <Button
                  variant="secondary"
                  small
                  busy={busyId === s.id}
                  busyLabel="Signing out…"
                  disabled={busyId !== null}
                  onClick={() => void revoke(s)}
                  aria-label={`Sign out ${s.device || 'this device'}, last seen ${relativeTime(s.lastSeenAt)}`}
                >
                  Sign out
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {others.length > 0 ? (
        <div className="actions">
          <Button variant="secondary" busy={busyId === 'others'} busyLabel="Signing out…" disabled={busyId !== null} onClick={() => void revokeOthers()}>
            Sign out of all other devices
          </Button>
        </div>
      ) : sessions ? (
        <p className="muted small">You're not signed in anywhere else.</p>
      ) : null}
      <LiveStatus>{status}</LiveStatus>
    </Card>
  );
}
