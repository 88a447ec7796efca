import { useEffect, useState, type FormEvent } from 'react';
import { useClient } from '../../app/client.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { PasswordField } from '../../components/Field.js';
import { PageTitle } from '../../components/Heading.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { LIMITS } from '../../../shared/limits.js';
import { MAX_PASSCODE_TRIES } from '../../lib/app-lock.js';
import { asApiError, errorMessage } from '../../lib/errors.js';

const WRONG = "That passcode isn't right. Please try again.";
const WRONG_PASSWORD = "That password isn't right. Check it and try again.";

function waitText(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return s === 1 ? 'Please wait a second before trying again.' : `Please wait ${s} seconds before trying again.`;
}

/**
 * What a locked Mend shows (SESS-09): no content, no names, no counts — only a request for the
 * passcode. It renders in place of the page, so unlocking returns to exactly where the person was.
 * After too many wrong passcodes only the account password opens Mend (and the passcode is set aside).
 */
export function LockScreen() {
  const { lock, signOut } = useSession();
  const [passcode, setPasscode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const waiting = lock.state.retryAt > now ? lock.state.retryAt - now : 0;
  const busy = lock.state.phase === 'checking';

  // Count down while a wrong passcode makes the person wait.
  useEffect(() => {
    if (lock.state.retryAt <= Date.now()) return;
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, [lock.state.retryAt]);

  if (lock.state.phase === 'password') return <PasswordUnlock />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!passcode) {
      setError('Please enter your passcode.');
      return;
    }
    if (lock.state.retryAt > Date.now()) {
      setNow(Date.now());
      setError(waitText(lock.state.retryAt - Date.now()));
      return;
    }
    setError(null);
    setGeneral(null);
    try {
      const result = await lock.unlock(passcode);
      if (result === 'ok') return;
      setPasscode('');
      setNow(Date.now());
      if (result === 'wrong') setError(WRONG);
      else if (result === 'wait') setError(waitText(lock.state.retryAt - Date.now()));
    } catch (err) {
      setGeneral(errorMessage(err));
    }
  };

  const left = MAX_PASSCODE_TRIES - lock.state.failures;
  return (
    <div className="center-block" data-testid="lock-screen">
      <div className="stack-lg">
        <PageTitle lead="Mend locked itself to keep your words private. Enter your passcode to carry on where you left off.">Mend is locked</PageTitle>
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <ErrorAlert message={general} />
          <PasswordField
            label="Passcode"
            name="passcode"
            autoComplete="off"
            autoFocus
            maxLength={LIMITS.passwordMax}
            value={passcode}
            onChange={(e) => setPasscode(e.target.value)}
            error={error}
            hint={lock.state.failures >= 3 && left > 0 ? `${left} more ${left === 1 ? 'try' : 'tries'} before you'll need your password.` : undefined}
            required
          />
          <div className="actions">
            <Button type="submit" busy={busy} busyLabel="Unlocking…">
              Unlock
            </Button>
          </div>
          <LiveStatus>{busy ? 'Unlocking… this takes a moment.' : waiting > 0 ? waitText(waiting) : ''}</LiveStatus>
        </form>
        <p>
          Not you, or done for now?{' '}
          <button type="button" className="btn btn-quiet" onClick={() => void signOut()}>
            Sign out
          </button>
        </p>
      </div>
    </div>
  );
}

/** After too many wrong passcodes: the account password opens Mend, and a new passcode can be set in Settings. */
function PasswordUnlock() {
  const client = useClient();
  const session = useSession();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
      // The password derives the keys afresh; adopt sets the old passcode aside.
      const me = await client.unlock(password);
      await session.adopt(me);
    } catch (err) {
      setBusy(false);
      const api = asApiError(err);
      if (!api && err instanceof TypeError) setGeneral(errorMessage(err));
      else if (!api || api.code === 'signin_failed' || api.code === 'reauth_failed') setError(WRONG_PASSWORD);
      else setGeneral(errorMessage(err));
    }
  };

  return (
    <div className="center-block" data-testid="lock-screen">
      <div className="stack-lg">
        <PageTitle lead="That was too many tries with the passcode, so it's been set aside. Sign in with your account password instead; you can choose a new passcode in Settings afterwards.">
          Mend is locked
        </PageTitle>
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <ErrorAlert message={general} />
          <input type="email" name="email" autoComplete="username" value={session.me?.user.email ?? ''} readOnly hidden />
          <PasswordField
            label="Your password"
            name="password"
            autoComplete="current-password"
            autoFocus
            maxLength={LIMITS.passwordMax}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={error}
            required
          />
          <div className="actions">
            <Button type="submit" busy={busy} busyLabel="Signing in…">
              Sign in with your password
            </Button>
          </div>
          <LiveStatus>{busy ? 'Unlocking your keys… this takes a moment.' : ''}</LiveStatus>
        </form>
      </div>
    </div>
  );
}
