import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useClient } from '../../app/client.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { PageTitle } from '../../components/Heading.js';
import { ErrorAlert, Loading } from '../../components/Status.js';
import { errorCode, errorMessage } from '../../lib/errors.js';
import { clearPendingInvite, isInviteToken, pendingInvite, savePendingInvite, tokenFromHash } from '../../lib/pending-invite.js';
import { localDateTime } from '../../lib/time.js';

type Preview =
  | { state: 'loading' }
  | { state: 'ok'; inviterName: string; expiresAt: string }
  | { state: 'bad'; message: string; code: string | null };

const MISSING = "This link is missing its invite code. Open the link your partner sent again, exactly as it arrived.";

/** Where invite links land: /join#<token>. The token stays in the fragment, never in a query. */
/** What leaving does, shown before anyone joins (SECURITY.md DATA-05). */
const LEAVING_RULE = "If either of you leaves, access to each other's writing ends at once, for both of you; you each keep what you wrote.";

export function JoinPage() {
  const client = useClient();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  // The token comes from the fragment, or from this tab after sign-in / sign-up.
  const [token, setToken] = useState(() => tokenFromHash(location.hash) ?? pendingInvite());
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  const [joining, setJoining] = useState(false);
  const [joinError, setJoinError] = useState<string | null>(null);

  // Keep the token for this tab only, and take it out of the address bar and history.
  // A second link opened while this page is showing replaces the first.
  useEffect(() => {
    const fromHash = tokenFromHash(location.hash);
    if (fromHash) {
      setToken(fromHash);
      savePendingInvite(fromHash);
      void navigate({ pathname: '/join', hash: '' }, { replace: true });
    } else if (token) {
      savePendingInvite(token);
    }
  }, [location.hash, navigate, token]);

  useEffect(() => {
    setPreview({ state: 'loading' });
    setJoinError(null);
    if (!token || !isInviteToken(token)) {
      setPreview({ state: 'bad', message: token ? errorMessage({ status: 404, code: 'invite_invalid', message: '' }) : MISSING, code: 'invite_invalid' });
      return;
    }
    let cancelled = false;
    client
      .previewInvite(token)
      .then((p) => !cancelled && setPreview({ state: 'ok', inviterName: p.inviterName, expiresAt: p.expiresAt }))
      .catch((err: unknown) => {
        if (cancelled) return;
        const code = errorCode(err);
        if (code && code.startsWith('invite_')) clearPendingInvite();
        setPreview({ state: 'bad', message: code === 'validation_failed' ? errorMessage({ status: 404, code: 'invite_invalid', message: '' }) : errorMessage(err), code });
      });
    return () => {
      cancelled = true;
    };
  }, [client, token]);

  const join = async () => {
    if (!token) return;
    setJoining(true);
    setJoinError(null);
    try {
      await client.join(token);
      clearPendingInvite();
      await session.refresh();
      void navigate('/couple', { replace: true });
    } catch (err) {
      const code = errorCode(err);
      if (code && code !== 'network' && code !== 'internal') clearPendingInvite();
      setJoinError(errorMessage(err));
      setJoining(false);
    }
  };

  if (preview.state === 'loading' || session.status === 'loading') {
    return (
      <div className="stack-lg">
        <PageTitle>Your invite</PageTitle>
        <Loading label="Opening your invite…" />
      </div>
    );
  }

  if (preview.state === 'bad') {
    return (
      <div className="stack-lg">
        <PageTitle>This invite can't be used</PageTitle>
        <p className="notice" role="status">
          {preview.message}
        </p>
        <p>
          {session.status === 'ready' ? <Link to="/today">Go to Today</Link> : <Link to="/">Learn what Mend is</Link>}
        </p>
      </div>
    );
  }

  const name = preview.inviterName;
  const expires = localDateTime(preview.expiresAt, session.me?.user.timeZone);

  return (
    <div className="stack-lg">
      <PageTitle lead={`Mend is a private space for the two of you to rebuild trust, at your own pace. This link works until ${expires}.`}>
        {name} invited you to Mend
      </PageTitle>

      {session.status === 'ready' ? (
        <section className="card card-accent" aria-labelledby="join-heading">
          <h2 id="join-heading">Join {name}</h2>
          <p>
            Joining connects your account with {name}'s. Everything you write stays private to you until you choose to share
            it. You can leave at any time, without anyone's approval.
          </p>
          <p>{LEAVING_RULE}</p>
          <ErrorAlert message={joinError} />
          <div className="actions">
            <Button onClick={() => void join()} busy={joining} busyLabel="Joining…">
              Join {name}
            </Button>
            <Link to="/today" className="btn btn-secondary" onClick={clearPendingInvite}>
              Not now
            </Link>
          </div>
        </section>
      ) : session.status === 'locked' ? (
        <section className="card" aria-labelledby="unlock-heading">
          <h2 id="unlock-heading">Unlock Mend first</h2>
          <p>You're signed in, but Mend is locked on this device. Unlock it, then come back to this page to join {name}.</p>
          <div className="actions">
            <Link to="/unlock" state={{ from: '/join' }} className="btn btn-primary">
              Unlock
            </Link>
          </div>
        </section>
      ) : (
        <section className="card" aria-labelledby="account-heading">
          <h2 id="account-heading">To join, you need your own account</h2>
          <p>
            Your account is yours alone. What you write is end-to-end encrypted and private to you until you choose to share
            it — with {name} or anyone else.
          </p>
          <p>{LEAVING_RULE}</p>
          <div className="actions">
            <Link to="/signup" className="btn btn-primary">
              Create your account
            </Link>
            <Link to="/signin" className="btn btn-secondary">
              Sign in
            </Link>
          </div>
          <p className="muted small">You'll join {name} as soon as you're signed in.</p>
        </section>
      )}

      <section className="card warning" aria-labelledby="join-safety">
        <h2 id="join-safety">Is this safe for you?</h2>
        <p>
          A shared couples app isn't advised where there is violence, threats or control. If you feel pressured to join, you
          don't have to. <Link to="/safety">Read about safety and where to get help</Link>
        </p>
      </section>
    </div>
  );
}
