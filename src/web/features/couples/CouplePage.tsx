import { useState } from 'react';
import { useMe } from '../../app/session.js';
import { PageTitle } from '../../components/Heading.js';
import { LiveStatus } from '../../components/Status.js';
import { localDateTime } from '../../lib/time.js';
import { InviteSection } from './InviteSection.js';
import { LeaveSection } from './LeaveSection.js';
import { SafetyCodeSection } from './SafetyCodeSection.js';
import { StartCoupleCard } from './StartCoupleCard.js';
import { EndedCoupleNotice } from './EndedCouple.js';
import { usePracticeContext } from '../../lib/practice-context.js';

export function CouplePage() {
  const me = useMe();
  const couple = me.couple;
  const { partner } = usePracticeContext();
  const [left, setLeft] = useState('');
  // The moment both were first here: the same for both partners (older servers: the partner's join).
  const together = couple?.pairedAt ?? partner?.joinedAt ?? '';

  return (
    <div className="stack-lg">
      <PageTitle>Your couple</PageTitle>
      <LiveStatus>{left}</LiveStatus>

      {!couple && me.endedCouple ? <EndedCoupleNotice endedAt={me.endedCouple.endedAt} /> : null}
      {!couple ? <StartCoupleCard /> : null}

      {couple && !partner ? (
        <>
          <section aria-labelledby="solo-heading">
            <h2 id="solo-heading">Just you, for now</h2>
            <p className="muted">
              Your couple space is ready. When your partner joins with your link, you'll see them here straight away.
            </p>
          </section>
          <InviteSection couple={couple} />
        </>
      ) : null}

      {couple && partner ? (
        <>
          <section aria-labelledby="pair-heading">
            <h2 id="pair-heading" className="partner-name" data-testid="partner-name">
              You and {partner.displayName}
            </h2>
            <p className="muted">
              Together in Mend since <time dateTime={together}>{localDateTime(together, me.user.timeZone)}</time>.
              Everything each of you writes stays private until you choose to share it.
            </p>
          </section>
          <SafetyCodeSection />
        </>
      ) : null}

      {couple ? (
        <LeaveSection
          partnerName={partner?.displayName ?? null}
          onLeft={() => setLeft(partner ? `You've left the couple space with ${partner.displayName}.` : 'Your couple space is closed.')}
        />
      ) : null}
    </div>
  );
}
