import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useClient } from '../../app/client.js';
import { SignedOutOnly, useHoldSignedOutRedirect } from '../../app/layouts.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { PasswordField } from '../../components/Field.js';
import { PageTitle } from '../../components/Heading.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { LIMITS } from '../../../shared/limits.js';
import { errorMessage, fieldErrors } from '../../lib/errors.js';
import { pendingInvite } from '../../lib/pending-invite.js';
import { safeFrom } from '../../lib/safe-from.js';
import { joinPendingInvite } from './after-signin.js';
import { EmailField } from './EmailField.js';

interface NavState {
  from?: string;
  notice?: string;
}

export function SigninPage() {
  return (
    <SignedOutOnly>
      <SigninForm />
    </SignedOutOnly>
  );
}

function SigninForm() {
  const client = useClient();
  const session = useSession();
  const holdRedirect = useHoldSignedOutRedirect();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as NavState;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const invited = pendingInvite() !== null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: Record<string, string | undefined> = {};
    if (!email.trim()) next.email = 'Please enter your email.';
    if (!password) next.password = 'Please enter your password.';
    setErrors(next);
    if (next.email || next.password) {
      setGeneral(null);
      return;
    }
    setGeneral(null);
    setBusy(true);
    try {
      const me = await client.signin({ email: email.trim(), password });
      const joined = await joinPendingInvite(client);
      holdRedirect();
      await session.adopt(joined.me ?? me);
      void navigate(joined.notice ? '/today' : safeFrom(state.from), {
        replace: true,
        state: joined.notice ? { notice: joined.notice } : undefined,
      });
    } catch (err) {
      setBusy(false);
      const fields = fieldErrors(err);
      setErrors({ email: fields.email, password: fields.password });
      setGeneral(errorMessage(err));
    }
  };

  return (
    <div className="stack-lg">
      <PageTitle lead={invited ? 'Sign in, then you will join your partner.' : undefined}>Sign in</PageTitle>
      {state.notice ? (
        <p className="notice" role="status">
          {state.notice}
        </p>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorAlert message={general} />
        <EmailField value={email} onChange={setEmail} error={errors.email} autoComplete="username" />
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          value={password}
          maxLength={LIMITS.passwordMax}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
          required
        />
        <div className="actions">
          <Button type="submit" busy={busy} busyLabel="Unlocking your keys…">
            Sign in
          </Button>
        </div>
        <LiveStatus>{busy ? 'Unlocking your keys… this takes a moment.' : ''}</LiveStatus>
      </form>
      <p>
        <Link to="/recover">Forgot your password? Use your recovery key</Link>
      </p>
      <p>
        New to Mend? <Link to="/signup">Create your account</Link>
      </p>
    </div>
  );
}
