import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState.js';
import { PageTitle } from '../../components/Heading.js';
import { PRACTICES, practiceBySlug } from './practices.js';
import './practices.css';

export function PracticesPage() {
  return (
    <div className="stack-lg">
      <PageTitle lead="Ten ways trust is rebuilt, each with its own place. Take them in any order, at your own pace.">Practices</PageTitle>
      <ul className="plain-list practice-list">
        {PRACTICES.map((p) => (
          <li key={p.slug}>
            <Link to={`/practices/${p.slug}`} className="practice-link">
              <span className="nav-num" aria-hidden="true">
                {p.number}
              </span>
              <span className="practice-text">
                <span className="row-title">{p.name}</span>
                <span className="muted small">{p.purpose}</span>
                {p.ready ? null : <span className="badge">Coming soon</span>}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PracticePage() {
  const { slug } = useParams();
  const practice = practiceBySlug(slug);
  if (!practice) {
    return (
      <div className="stack-lg">
        <PageTitle>We couldn't find that practice</PageTitle>
        <p>
          <Link to="/practices">See all ten practices</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="stack-lg">
      <PageTitle lead={practice.purpose}>
        {practice.number}. {practice.name}
      </PageTitle>
      <p>
        <span className="badge">Coming soon</span>
      </p>
      <EmptyState title="This practice is on its way">
        <p>We're building this part of Mend now. When it's ready, it will be here — nothing for you to do yet.</p>
        <p>
          <strong>A first step you can take today:</strong> {practice.firstStep}
        </p>
      </EmptyState>
      <p>
        <Link to="/practices">All practices</Link>
      </p>
    </div>
  );
}
