import { Link } from 'react-router';
import { localToday } from '../../../core/scheduled/index.js';
import { hasCheckins, timeline, TIMELINE_DAYS, averagePoints, MEASURES, type Measure, type DatedValue } from '../../../core/healing/index.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Fold } from '../../components/Fold.js';
import { bundledInstruments } from '../../../core/questionnaires/index.js';
import { PageTitle } from '../../components/Heading.js';
import { PageLoading } from '../../components/PageLoading.js';
import { CheckinForm } from './CheckinForm.js';
import { asCheckinDraft, asShareDraft, checkinOn, checkinStart, DRAFT_KEYS, DRAFT_PREFIX, ownCheckins, trendShares } from './model.js';
import { Questionnaires } from './Questionnaires.js';
import { ownResults, summaries } from './results.js';
import { PartnerResult } from './PartnerResult.js';
import { TimelineChart } from './TimelineChart.js';
import { ShareTrend, TrendShareCard } from './TrendShare.js';
import './healing.css';
import { usePractice } from '../../lib/use-practice.js';
import { useNow } from '../../lib/use-now.js';

const KINDS = ['checkin', 'trend_share', 'questionnaire_result', 'questionnaire_summary'] as const;


/** Practice 9: a private daily check-in, one's own healing timeline, a trend one may share, and monthly questionnaires. */
export function HealingPage() {
  const { me, partner, items, data, error, reload, replace, drop, drafts } = usePractice(KINDS, { prefix: DRAFT_PREFIX });
  const tz = me.user.timeZone;
  const now = useNow();
  const today = localToday(now, tz);

  const head = (
    <PageTitle lead="Healing takes its own time. A short private check-in each day, and a timeline where every day belongs.">
      9. Check-ins and time to heal
    </PageTitle>
  );

  if (!data || !drafts.restored) {
    return <PageLoading head={head} error={!data ? error : null} reload={reload} loadingLabel="Opening your check-ins…" keptNote />;
  }

  const name = partner?.displayName ?? '';
  const checkins = ownCheckins(data.checkin);
  const todays = checkinOn(checkins, today);
  const draft = asCheckinDraft(drafts.restored.get(DRAFT_KEYS.checkin(today)));
  const start = checkinStart(draft, todays?.content, checkins.at(-1)?.content);
  const scores = checkins.map((c) => c.content);
  const days = timeline(scores, today);
  const averages = Object.fromEntries(MEASURES.map((m) => [m, averagePoints(days, m)])) as Record<Measure, DatedValue[]>;
  const myShares = trendShares(data.trend_share, { mine: true });
  const theirShares = partner ? trendShares(data.trend_share, { authorId: partner.id }) : [];
  const results = ownResults(data.questionnaire_result);
  const theirResults = partner ? summaries(data.questionnaire_summary, { authorId: partner.id }) : [];

  return (
    <div className="stack-lg">
      {head}

      <nav aria-label="On this page" className="jump-nav">
        <ul className="plain-list jump-list">
          {partner ? (
            <li>
              <a href="#from-heading">From {name}</a>
            </li>
          ) : null}
          <li>
            <a href="#checkin-heading">Today's check-in</a>
          </li>
          <li>
            <a href="#timeline-heading">Your timeline</a>
          </li>
          <li>
            <a href="#checks-heading">Monthly checks</a>
          </li>
        </ul>
      </nav>

      {partner ? (
        <section aria-labelledby="from-heading" className="stack" data-testid="from-partner">
          <h2 id="from-heading" className="anchor-target" tabIndex={-1}>
            From {name}
          </h2>
          {theirShares.length === 0 && theirResults.length === 0 ? (
            <EmptyState title={`Nothing shared by ${name} yet`} level={3}>
              <p>
                {name}'s check-ins are private to them, as yours are to you. If {name} shares a trend or a result, it will appear here.
              </p>
            </EmptyState>
          ) : (
            <ul className="plain-list stack">
              {theirShares.map((s) => (
                <li key={s.item.id} className="card">
                  <TrendShareCard content={s.content} name={name} testId="partner-trend" />
                </li>
              ))}
              {theirResults.map((r) => (
                <li key={r.item.id} className="card">
                  <PartnerResult summary={r.content} name={name} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <CheckinForm
        key={today}
        items={items}
        drafts={drafts}
        today={today}
        existing={todays}
        initial={start}
        restored={draft !== null}
        onItem={replace}
      />

      <section aria-labelledby="timeline-heading" className="stack">
        <h2 id="timeline-heading" className="anchor-target" tabIndex={-1}>
          Your timeline
        </h2>
        <p className="why">
          <span className="why-label">Why this helps:</span> over weeks, the line shows movement one hard day hides. Harder stretches are part of
          the shape, not a verdict.
        </p>
        {hasCheckins(days) ? (
          <>
            <div className="card">
              <TimelineChart data={{ from: days[0]?.date ?? today, to: today, averages, days }} caption={`Your last ${TIMELINE_DAYS} days (0 to 10)`} testId="timeline" />
            </div>
            <p className="muted small">Each faint dot is one day's check-in; the line is the 7-day average. Only you see this.</p>
          </>
        ) : (
          <EmptyState title="Your timeline starts with a first check-in" level={3}>
            <p>Each check-in becomes a point here. A first step: the sliders above.</p>
          </EmptyState>
        )}
        {/* Sharing is a summary of this timeline, so it waits folded beside it. */}
        {partner ? (
          <Fold summary={`Share my trend with ${name}`} open={myShares.length > 0 || !!asShareDraft(drafts.restored.get(DRAFT_KEYS.share))?.words.trim()} testId="share-fold">
            <ShareTrend
              items={items}
              drafts={drafts}
              checkins={scores}
              today={today}
              myName={me.user.displayName}
              shared={myShares}
              restoredWords={asShareDraft(drafts.restored.get(DRAFT_KEYS.share))?.words ?? ''}
              onItem={replace}
              onRemoved={drop}
            />
          </Fold>
        ) : (
          <p className="notice">
            When your partner joins, you can choose to show them a summary of your trend — never your check-ins themselves. <Link to="/couple">Invite your partner</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="checks-heading" className="stack">
        <h2 id="checks-heading" className="anchor-target" tabIndex={-1}>
          Monthly checks
        </h2>
        <Fold summary="The three monthly checks" open={bundledInstruments().some((i) => drafts.restored?.has(DRAFT_KEYS.questionnaire(i.id)))} testId="checks-fold">
          <p className="why">
            <span className="why-label">Why this helps:</span> a few minutes once a month, answered the same way each time, shows change that's hard to
            see week to week. Private unless you choose to share a result.
          </p>
          <Questionnaires results={results} drafts={drafts.restored} now={now} />
        </Fold>
      </section>

      <p>
        <Link to="/practices">All practices</Link>
      </p>
    </div>
  );
}
