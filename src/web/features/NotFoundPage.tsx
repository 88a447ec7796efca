import { Link } from 'react-router';
import { useSession } from '../app/session.js';
import { PageTitle } from '../components/Heading.js';

export function NotFoundPage() {
  const { status } = useSession();
  return (
    <div className="stack-lg">
      <PageTitle>We couldn't find that page</PageTitle>
      <p>The link may be old, or mistyped.</p>
      <p>{status === 'ready' ? <Link to="/today">Go to Today</Link> : <Link to="/">Go to the start</Link>}</p>
    </div>
  );
}
