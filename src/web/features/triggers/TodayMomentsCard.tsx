import { Link } from 'react-router';
import type { PartnerView } from '../../../shared/api/index.js';
import { useItems } from '../../lib/use-items.js';
import { parentOf } from '../questions/content.js';
import { useKinds } from '../../lib/use-kinds.js';

const KINDS = ['hard_moment', 'response'] as const;

/** A small, quiet way into /moments; says so when the partner reached out and has no reply yet. */
export function TodayMomentsCard({ partner }: { partner: PartnerView | null }) {
  const items = useItems(partner);
  const { data } = useKinds(items, KINDS, partner?.id ?? null);
  const waiting =
    partner && data
      ? data.hard_moment.filter((m) => !m.mine && m.authorId === partner.id && !data.response.some((r) => r.mine && parentOf(r) === m.id)).length
      : 0;
  return (
    <section className="card moments-card" aria-labelledby="moments-heading">
      <h2 id="moments-heading">A hard moment?</h2>
      {waiting > 0 && partner ? (
        <p>
          {partner.displayName} let you know they're having a hard moment. <Link to="/moments">See their message</Link>
        </p>
      ) : (
        <p>
          If something brings it back, <Link to="/moments">note it privately and take a calming step</Link>.
        </p>
      )}
    </section>
  );
}
