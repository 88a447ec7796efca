import { Link } from 'react-router';
import { PageTitle } from '../../components/Heading.js';

/** Where a deleted account lands: plain words about what is gone, and the way back to the start. */
export function GoodbyePage() {
  return (
    <div className="center-block">
      <div className="stack">
        <PageTitle>Your account is deleted</PageTitle>
        <p>Everything you wrote in Mend is gone from our servers and from this browser.</p>
        <p>We hope you're finding your way. If you ever want to come back, you can start afresh.</p>
        <p>If you saved an encrypted copy, you can still <Link to="/open-export">open it here</Link>.</p>
        <p>
          <Link to="/">Go to the start</Link>
        </p>
      </div>
    </div>
  );
}
