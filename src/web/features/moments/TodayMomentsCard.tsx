import { Link } from 'react-router';

/** A small, quiet way into /moments (a partner's hard moment has its own card at the top of Today). */
export function TodayMomentsCard() {
  return (
    <section className="card moments-card" aria-labelledby="moments-heading">
      <h2 id="moments-heading">A hard moment?</h2>
      <p>
        If something brings it back, <Link to="/moments">note it privately and take a calming step</Link>.
      </p>
    </section>
  );
}
