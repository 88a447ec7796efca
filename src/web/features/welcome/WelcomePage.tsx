import { Link, useLocation } from 'react-router';
import { SignedOutOnly } from '../../app/layouts.js';

export function WelcomePage() {
  // Set by signing out, so the person sees that it worked.
  const notice = (useLocation().state as { notice?: unknown } | null)?.notice;
  return (
    <SignedOutOnly>
      <div className="stack-lg">
        {typeof notice === 'string' ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <div className="page-head">
          <h1>A private place to rebuild trust, together</h1>
          <p className="lead">
            Mend is a shared space for two partners rebuilding trust after it broke — and, if you both want, for the
            couples therapist you invite.
          </p>
        </div>

        <div className="actions">
          <Link to="/signup" className="btn btn-primary">
            Create your account
          </Link>
          <Link to="/signin" className="btn btn-secondary">
            Sign in
          </Link>
        </div>

        <section className="card" aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">Before you start: how your privacy works</h2>
          <ul>
            <li>
              <strong>Everything you write is end-to-end encrypted.</strong> Only you, and the people you choose to share
              it with, can read it. Mend's servers can't.
            </li>
            <li>Everything starts private to you. Sharing with your partner is a choice you make each time, and you can undo it.</li>
            <li>
              <strong>If you forget your password and lose your recovery key, what you wrote can't be recovered</strong> —
              not even by us. You'll get a recovery key when you sign up.
            </li>
            <li>We ask only for an email, the name your partner knows you by, and your time zone.</li>
          </ul>
        </section>

        <section className="card warning" aria-labelledby="safety-heading">
          <h2 id="safety-heading">Is this safe for you?</h2>
          <p>
            A shared couples app isn't advised where there is violence, threats, or one partner controlling the other. If
            you feel afraid of your partner, working on the relationship together may not be safe right now.
          </p>
          <p>
            <Link to="/safety">Read about safety and where to get help</Link>
          </p>
        </section>

        <section aria-labelledby="how-heading">
          <h2 id="how-heading">How Mend helps</h2>
          <p>
            Trust comes back through many small, visible acts: an honest account, a real apology, promises kept, time
            together, patience with setbacks. Mend gives each of them a place, at a pace that works for both of you. You can
            start alone and invite your partner later.
          </p>
          <p className="muted">Mend is not therapy and not an emergency service.</p>
        </section>
      </div>
    </SignedOutOnly>
  );
}
