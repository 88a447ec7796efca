import { Link } from 'react-router';
import { Fold } from '../../components/Fold.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageTitle } from '../../components/Heading.js';
import { KeyChangedBanner } from '../../components/KeyChangedBanner.js';
import { PageLoading } from '../../components/PageLoading.js';
import { NewPlanForm, startingForm } from '../scheduled/NewPlanForm.js';
import { Activities } from './Activities.js';
import { createRitual } from './actions.js';
import { CalendarDownload } from './CalendarDownload.js';
import { CalendarSubscription } from './CalendarSubscription.js';
import { checkRitualForm, RITUAL_FORM_WORDS } from './form.js';
import { DRAFT_KEYS, DRAFT_PREFIX, logsOf, planViews, ritualViews } from './model.js';
import { RitualCard } from './RitualCard.js';
import { usePractice } from '../../lib/use-practice.js';
import { useNow } from '../../lib/use-now.js';

const KINDS = ['ritual', 'ritual_log', 'acknowledgment', 'activity_plan', 'response'] as const;


/** Practice 6: rituals with a schedule, "we did it" for each time, activities to plan, and a calendar file. */
export function RitualsPage() {
  const { me, partner, items, data, error, reload, replace, drop, drafts, keys } = usePractice(KINDS, { prefix: DRAFT_PREFIX });
  const tz = me.user.timeZone;
  const now = useNow();

  const head = (
    <PageTitle lead="Small things you do together, again and again, give trust somewhere to grow. Make one, and note the times you share it.">
      6. Rituals and time together
    </PageTitle>
  );

  if (!data || !drafts.restored) {
    return <PageLoading head={head} error={!data ? error : null} reload={reload} loadingLabel="Opening your rituals…" keptNote />;
  }

  const name = partner?.displayName ?? '';
  // Mine, and what the partner shared: the readers rule already keeps anything else away.
  const readable = (i: OpenItem) => i.mine || (!!partner && i.authorId === partner.id);
  const rituals = ritualViews(data.ritual.filter(readable));
  const plans = planViews(data.activity_plan.filter(readable), data.response.filter(readable));
  const start = startingForm(drafts.restored.get(DRAFT_KEYS.create), now, tz);

  return (
    <div className="stack-lg">
      {head}
      {/* Sharing here is by buttons, not a dialog: the pause is said once, at the top. */}
      {partner && keys === 'changed' ? <KeyChangedBanner name={partner.displayName} /> : null}

      <nav aria-label="On this page" className="jump-nav">
        <ul className="plain-list jump-list">
          <li>
            <a href="#rituals-heading">Your rituals</a>
          </li>
          <li>
            <a href="#new-ritual-heading">Make a ritual</a>
          </li>
          <li>
            <a href="#activities-heading">Activities</a>
          </li>
          <li>
            <a href="#calendar-heading">Calendar</a>
          </li>
        </ul>
      </nav>

      {!partner ? (
        <p className="notice">
          Rituals are for the two of you. You can start one now; when your partner joins, you can share it. <Link to="/couple">Invite your partner</Link>
        </p>
      ) : null}

      <section aria-labelledby="rituals-heading" className="stack">
        <h2 id="rituals-heading" className="anchor-target" tabIndex={-1}>
          Your rituals
        </h2>
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
                  partner={partner}
                  keys={keys}
                  items={items}
                  drafts={drafts}
                  timeZone={tz}
                  now={now}
                  onItem={replace}
                />
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="new-ritual-heading" className="stack">
        <h2 id="new-ritual-heading" className="anchor-target" tabIndex={-1}>
          Make a ritual
        </h2>
        <p className="why">
          <span className="why-label">Why this helps:</span> rituals are predictable moments of connection. Knowing the time is coming
          — and that you'll both be there — rebuilds a sense of safety.
        </p>
        <Fold summary="Make a new ritual" open={start.drafted || rituals.length === 0} testId="new-ritual-fold">
          <NewPlanForm
            words={RITUAL_FORM_WORDS}
            check={checkRitualForm}
            initial={start.initial}
            drafts={drafts}
            draftKey={DRAFT_KEYS.create}
            timeZone={tz}
            partner={partner}
            keys={keys}
            submitLabel={partner ? `Share with ${name}` : 'Save this ritual'}
            create={(content, plan, share) => createRitual(items, content, plan, partner, share)}
            onItem={replace}
            kindWord="ritual"
            savedPrivately="Saved, just for you for now."
          />
        </Fold>
      </section>

      <section aria-labelledby="activities-heading" className="stack">
        <h2 id="activities-heading" className="anchor-target" tabIndex={-1}>
          Activities
        </h2>
        <p className="why">
          <span className="why-label">Why this helps:</span> doing something new together, side by side, brings back the feeling of being a
          team.
        </p>
        <Activities plans={plans} responses={data.response.filter(readable)} partner={partner} keys={keys} items={items} drafts={drafts} timeZone={tz} now={now} onItem={replace} onRemoved={drop} />
      </section>

      <section aria-labelledby="calendar-heading" className="stack">
        <h2 id="calendar-heading" className="anchor-target" tabIndex={-1}>
          Calendar
        </h2>
        <Fold summary="Add them to your calendar">
          <CalendarDownload rituals={rituals} plans={plans} />
          <CalendarSubscription />
        </Fold>
      </section>

      <p>
        <Link to="/practices">All practices</Link>
      </p>
    </div>
  );
}
