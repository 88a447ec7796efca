import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { useClient } from '../../app/client.js';
import { useMe } from '../../app/session.js';
import { PageTitle } from '../../components/Heading.js';
import { KeyChangedBanner } from '../../components/KeyChangedBanner.js';
import { decisionAsked } from '../../../core/today/index.js';
import { greetingFor, hourIn } from '../../lib/time.js';
import { InviteSection } from '../couples/InviteSection.js';
import { StartCoupleCard } from '../couples/StartCoupleCard.js';
import { EndedCoupleNotice } from '../couples/EndedCouple.js';
import { needsComparing } from '../couples/compared.js';
import '../agreements/agreements.css';
import { SafetyCheckOffer } from '../safety/SafetyCheckOffer.js';
import { TodayMomentsCard } from '../moments/TodayMomentsCard.js';
import { DecisionCard } from './DecisionCard.js';
import { NextSteps } from './NextSteps.js';
import { PartnerMomentCard } from './PartnerMomentCard.js';
import { SpaceCard } from './SpaceCard.js';
import { usePracticeContext, usePracticeNow } from '../../lib/practice-context.js';

/** Today: the couple and today's prompt, space if asked for, a next small step for where you stand, and the monthly question. */
export function TodayPage() {
  const me = useMe();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const { partner, keys, timeZone: tz } = usePracticeContext();
  const now = usePracticeNow();
  const couple = me.couple;
  const client = useClient();
  // The code changes with either key, so the question comes back if a key changes.
  const code = useMemo(() => {
    try {
      return partner ? client.safetyCodeWith(partner) : null;
    } catch {
      return null;
    }
  }, [client, partner]);
  const askToCompare = partner !== null && needsComparing(me.user.id, partner.id, code);

  return (
    <div className="stack-lg">
      <PageTitle>
        {greetingFor(hourIn(now, tz))}, {me.user.displayName}
      </PageTitle>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}

      {partner && keys === 'changed' ? <KeyChangedBanner name={partner.displayName} /> : null}

      {partner ? <PartnerMomentCard /> : null}

      {!couple && me.endedCouple ? <EndedCoupleNotice endedAt={me.endedCouple.endedAt} /> : null}
      {!couple ? <StartCoupleCard /> : null}
      {couple && !partner ? <InviteSection couple={couple} /> : null}
      {partner ? (
        // data-partner-keys: what the pin check found (tests wait for it rather than for time).
        <section className="card card-accent" aria-labelledby="pair-heading" data-partner-keys={keys}>
          <h2 id="pair-heading" className="partner-name" data-testid="partner-name">
            You and {partner.displayName}
          </h2>
          <p>Everything you write stays private until you choose to share it with {partner.displayName}.</p>
          <p data-testid="today-prompt">
            <Link to="/practices/closeness">Today's prompt</Link>: one question for you both, answered privately, then read together.
          </p>
          {askToCompare ? (
            <p data-testid="compare-codes">
              <Link to="/couple#safety-code">Compare your safety codes with {partner.displayName}</Link> — a quick check, once,
              that no one is in the middle.
            </p>
          ) : null}
        </section>
      ) : null}

      {partner ? <SpaceCard /> : null}

      <SafetyCheckOffer />

      <NextSteps />

      <TodayMomentsCard />

      {partner && decisionAsked(couple?.pairedAt ?? partner.joinedAt, now) ? <DecisionCard /> : null}

      <section aria-labelledby="practices-heading">
        <h2 id="practices-heading">The ten practices</h2>
        <p className="muted">
          Trust comes back through many small acts. <Link to="/practices">See all ten practices</Link> — in any order, at your own pace.
        </p>
      </section>
    </div>
  );
}
