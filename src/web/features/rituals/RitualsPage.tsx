import { Link } from 'react-router';
import { Fold } from '../../components/Fold.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { EmptyState } from '../../components/EmptyState.js';
import { KeyChangedBanner } from '../../components/KeyChangedBanner.js';
import { NewPlanSection } from '../scheduled/NewPlanSection.js';
import { JumpNav, PageSection, useScheduledPage } from '../scheduled/page.js';
import { Activities } from './Activities.js';
import { CalendarDownload } from './CalendarDownload.js';
import { CalendarSubscription } from './CalendarSubscription.js';
import { RITUALS } from './practice.js';
import { DRAFT_PREFIX, logsOf, planViews, ritualViews } from './model.js';
import { RitualCard } from './RitualCard.js';
import './rituals.css';

const KINDS = ['ritual', 'ritual_log', 'acknowledgment', 'activity_plan', 'response'] as const;

/** Practice 6: rituals with a schedule, "we did it" for each time, activities to plan, and a calendar file. */
export function RitualsPage() {
  const page = useScheduledPage(KINDS, DRAFT_PREFIX, {
    title: '6. Rituals and time together',
    lead: 'Small things you do together, again and again, give trust somewhere to grow. Make one, and note the times you share it.',
    loadingLabel: 'Opening your rituals…',
  });
  const { partner, data, drafts, keys, card } = page;
  if (!data || !drafts.restored) return page.loading;

  // Mine, and what the partner shared: the readers rule already keeps anything else away.
  const readable = (i: OpenItem) => i.mine || (!!partner && i.authorId === partner.id);
  const rituals = ritualViews(data.ritual.filter(readable));
  const plans = planViews(data.activity_plan.filter(readable), data.response.filter(readable));

  return (
    <div className="stack-lg">
      {page.head}
      {/* Sharing here is by buttons, not a dialog: the pause is said once, at the top. */}
      {partner && keys === 'changed' ? <KeyChangedBanner name={partner.displayName} /> : null}

      <JumpNav
        links={[
          { id: 'rituals-heading', label: 'Your rituals' },
          { id: 'new-ritual-heading', label: 'Make a ritual' },
          { id: 'activities-heading', label: 'Activities' },
          { id: 'calendar-heading', label: 'Calendar' },
        ]}
      />

      {!partner ? (
        <p className="notice">
          Rituals are for the two of you. You can start one now; when your partner joins, you can share it. <Link to="/couple">Invite your partner</Link>
        </p>
      ) : null}

      <PageSection id="rituals-heading" title="Your rituals">
        {rituals.length === 0 ? (
          <EmptyState title="No rituals yet" level={3}>
            <p>A ritual is a small, regular time that belongs to both of you — a morning coffee, an evening walk, a weekly check-in.</p>
            <p>A first step: choose one that takes ten minutes, and add it below.</p>
          </EmptyState>
        ) : (
          <>
            <p className="muted small">Either of you can say “we did it”, with a line about how it was. The other can confirm. Nothing is counted.</p>
            <ul className="plain-list stack">
              {rituals.map((r) => (
                <RitualCard
                  key={r.item.id}
                  ritual={r}
                  logs={logsOf(r.item.id, data.ritual_log.filter(readable))}
                  acks={data.acknowledgment.filter(readable)}
                  {...card}
                />
              ))}
            </ul>
          </>
        )}
      </PageSection>

      <NewPlanSection {...card} practice={RITUALS} none={rituals.length === 0} />

      <PageSection id="activities-heading" title="Activities">
        <p className="why">
          <span className="why-label">Why this helps:</span> doing something new together, side by side, brings back the feeling of being a
          team.
        </p>
        <Activities {...card} plans={plans} responses={data.response.filter(readable)} onRemoved={page.drop} />
      </PageSection>

      <PageSection id="calendar-heading" title="Calendar">
        <Fold summary="Add them to your calendar">
          <CalendarDownload rituals={rituals} plans={plans} />
          <CalendarSubscription />
        </Fold>
      </PageSection>

      <p>
        <Link to="/practices">All practices</Link>
      </p>
    </div>
  );
}
