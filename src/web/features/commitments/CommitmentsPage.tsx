import { Link } from 'react-router';
import { Fold } from '../../components/Fold.js';
import { consistencyByWeek, sumWeeks } from '../../../core/scheduled/index.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Appreciations } from '../appreciations/Thanks.js';
import { ConsistencyChart } from '../scheduled/ConsistencyChart.js';
import { newestFirst, parentOf, planOf } from '../scheduled/model.js';
import { NewPlanSection } from '../scheduled/NewPlanSection.js';
import { JumpNav, PageSection, useScheduledPage } from '../scheduled/page.js';
import { PROMISES } from './practice.js';
import { DRAFT_PREFIX, markRecords, marksOf } from './model.js';
import { OwnPromise, type MarkReplies } from './OwnPromise.js';
import { PartnerPromise } from './PartnerPromise.js';
import './commitments.css';

const KINDS = ['commitment', 'commitment_mark', 'acknowledgment', 'appreciation'] as const;

/** Practice 4: small promises with a time attached, marked kept or missed, noticed and thanked. */
export function CommitmentsPage() {
  const page = useScheduledPage(KINDS, DRAFT_PREFIX, {
    title: '4. Promises kept over time',
    lead: 'Trust comes back through small promises kept over time. Make one, and mark how it went.',
    loadingLabel: 'Opening your promises…',
  });
  const { partner, data, drafts, now, timeZone: tz, card, name } = page;
  if (!data || !drafts.restored) return page.loading;

  const fromPartner = (i: OpenItem) => !!partner && !i.mine && i.authorId === partner.id;
  const withPlan = (list: OpenItem[]) => list.flatMap((c) => {
    const plan = planOf(c);
    return plan ? [{ c, plan }] : [];
  });
  const mine = withPlan(newestFirst(data.commitment.filter((c) => c.mine)));
  const theirs = withPlan(newestFirst(data.commitment.filter(fromPartner)));
  const byParent = (list: OpenItem[], mineOnly: boolean) => (id: string) => list.filter((i) => parentOf(i) === id && (mineOnly ? i.mine : fromPartner(i)));
  const repliesTo = (mineOnly: boolean) => (markId: string): MarkReplies => ({
    acks: byParent(data.acknowledgment, mineOnly)(markId),
    thanks: byParent(data.appreciation, mineOnly)(markId),
  });
  const overall = sumWeeks(
    mine.map(({ c, plan }) => consistencyByWeek(plan.segments, markRecords(marksOf(c, data.commitment_mark)), now, tz)),
    now,
    tz,
  );
  const markIds = new Set(data.commitment_mark.filter(fromPartner).map((m) => m.id));
  const keptUnnoticed = theirs.some(({ c }) =>
    marksOf(c, data.commitment_mark).some((v) => v.content.status === 'kept' && !data.acknowledgment.some((a) => a.mine && parentOf(a) === v.item.id) && markIds.has(v.item.id)),
  );

  return (
    <div className="stack-lg">
      {page.head}

      {keptUnnoticed ? (
        <p className="notice">
          {name} marked a promise kept. <a href="#theirs-heading">See it</a> — noticing it is one tap.
        </p>
      ) : null}

      <JumpNav
        links={[
          ...(partner ? [{ id: 'theirs-heading', label: <>{name}'s promises</> }] : []),
          { id: 'mine-heading', label: 'Your promises' },
          { id: 'new-heading', label: 'Make a promise' },
          { id: 'thanks-heading', label: 'Thank-yous' },
        ]}
      />

      {!partner ? (
        <p className="notice">
          You can make promises to yourself now. When your partner joins, you can share them. <Link to="/couple">Invite your partner</Link>
        </p>
      ) : null}

      {partner ? (
        <PageSection id="theirs-heading" title={<>{name}'s promises</>}>
          {theirs.length === 0 ? (
            <EmptyState title={`Nothing from ${name} yet`} level={3}>
              <p>When {name} shares a promise, it will appear here with how it's going. There's nothing you need to do.</p>
            </EmptyState>
          ) : (
            <>
              <p className="muted">Only {name} marks these. Noticing a kept one, in one tap, helps most.</p>
              <ul className="plain-list stack">
                {theirs.map(({ c, plan }) => (
                  <PartnerPromise
                    key={c.id}
                    commitment={c}
                    plan={plan}
                    views={marksOf(c, data.commitment_mark)}
                    mine={repliesTo(true)}
                    {...card}
                  />
                ))}
              </ul>
            </>
          )}
        </PageSection>
      ) : null}

      <PageSection id="mine-heading" title="Your promises">
        {mine.length === 0 ? (
          <EmptyState title="No promises yet" level={3}>
            <p>Small promises with a time attached let consistency become something you can both see.</p>
            <p>A first step: choose one small promise you can keep this week, and write it below.</p>
          </EmptyState>
        ) : (
          <>
            <ul className="plain-list stack">
              {mine.map(({ c, plan }) => (
                <OwnPromise
                  key={c.id}
                  commitment={c}
                  plan={plan}
                  markItems={data.commitment_mark.filter((m) => m.mine && parentOf(m) === c.id)}
                  views={marksOf(c, data.commitment_mark)}
                  replies={repliesTo(false)}
                  {...card}
                  onRemoved={page.drop}
                />
              ))}
            </ul>
            <Fold summary="All promises, week by week" testId="overall-fold">
              <div className="card" data-testid="overall-chart">
                <ConsistencyChart weeks={overall} caption="All your promises, the last 12 weeks" />
              </div>
              <p className="muted small">Only you mark your own promises. A time nobody marked is just that — not marked.</p>
            </Fold>
          </>
        )}
      </PageSection>

      <NewPlanSection {...card} practice={PROMISES} none={mine.length === 0} />


      <PageSection id="thanks-heading" title="Thank-yous">
        {partner ? (
          <Appreciations {...card} list={data.appreciation} />
        ) : (
          <p className="muted">When your partner joins, you can thank each other for specific things here.</p>
        )}
      </PageSection>

      <p>
        <Link to="/practices">All practices</Link>
      </p>
    </div>
  );
}
