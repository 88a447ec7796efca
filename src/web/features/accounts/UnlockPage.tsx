import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useClient } from '../../app/client.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { PasswordField } from '../../components/Field.js';
import { PageTitle } from '../../components/Heading.js';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Status.js';
import { LIMITS } from '../../../shared/limits.js';
import { asApiError, errorMessage } from '../../lib/errors.js';
import { safeFrom } from '../../lib/safe-from.js';
import { LockScreen } from './LockScreen.js';

const WRONG = "That password isn't right. Check it and try again.";

export function UnlockPage() {
  const client = useClient();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = safeFrom((location.state as { from?: string } | null)?.from);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signedOut') return <Navigate to="/signin" replace />;
  if (session.status === 'ready' && !busy) return <Navigate to={from} replace />;
  // With the app lock on, this device asks for the passcode.
  if (session.status === 'locked' && session.lock.on) return <LockScreen />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!password) {
      setError('Please enter your password.');
      return;
    }
    setError(null);
    setGeneral(null);
    setBusy(true);
    try {
      await client.unlock(password);
      const me = session.me ?? (await client.me());
      await session.adopt(me);
      void navigate(from, { replace: true });
    } catch (err) {
      setBusy(false);
      const api = asApiError(err);
      if (!api || api.code === 'signin_failed' || api.code === 'reauth_failed') {
        // A wrong password fails to decrypt the keys locally; no API code comes back.
        if (!api && err instanceof TypeError) setGeneral(errorMessage(err));
        else setError(WRONG);
      } else {
        setGeneral(errorMessage(err));
      }
    }
  };

  return (
    <div className="stack-lg">
      <PageTitle lead="Your writing is encrypted on this device. Enter your password to open it.">
        Unlock Mend
      </PageTitle>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorAlert message={general} />
        <input type="email" name="email" autoComplete="username" value={session.me?.user.email ?? ''} readOnly hidden />
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          maxLength={LIMITS.passwordMax}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error}
          required
        />
        <div className="actions">
          <Button type="submit" busy={busy} busyLabel="Unlocking…">
            Unlock
          </Button>
        </div>
        <LiveStatus>{busy ? 'Unlocking your keys… this takes a moment.' : ''}</LiveStatus>
      </form>
      <p>
        <Link to="/recover">Forgot your password? Use your recovery key</Link>
      </p>
      <p>
        Not you, or done for now?{' '}
        <button type="button" className="btn btn-quiet" onClick={() => void session.signOut()}>
          Sign out
        </button>
      </p>
    </div>
  );
}
