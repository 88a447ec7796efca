import { Link } from 'react-router';
import { useItems } from '../../lib/use-items.js';
import { useKinds } from '../../lib/use-kinds.js';
import { localDateTime } from '../../lib/time.js';
import { momentWaiting } from './partner-moment.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

const KINDS = ['hard_moment', 'response'] as const;

/** At the top of Today: the partner let this person know they're having a hard moment, in their words. */
export function PartnerMomentCard() {
  const { timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const items = useItems(partner);
  const { data } = useKinds(items, KINDS, partner.id);
  if (!data) return null;
  const moment = momentWaiting(
    data.hard_moment.filter((h) => !h.mine),
    data.response.filter((r) => r.mine).map((r) => ({ parentId: r.state?.parentId ?? null })),
    partner.id,
    new Date(),
  );
  if (!moment) return null;
  const name = partner.displayName;
  const text = moment.content?.text ?? '';
  return (
    <section className="card card-accent stack" aria-labelledby="partner-moment-heading" data-testid="partner-hard-moment">
      <h2 id="partner-moment-heading">{name} is having a hard moment</h2>
      {text ? <p className="ack-note">“{text}”</p> : null}
      <p className="muted small">
        {name} let you know <time dateTime={moment.createdAt}>{localDateTime(moment.createdAt, timeZone)}</time>.
      </p>
      <p>
        Reassurance helps more than explanation right now. <Link to="/moments">Reply to {name}</Link>
      </p>
    </section>
  );
}
