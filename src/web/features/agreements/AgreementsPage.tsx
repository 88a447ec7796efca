import { parseContent } from '../../../shared/kinds.js';
import { useState } from 'react';
import { Link } from 'react-router';
import { agreementStanding, } from '../../../core/agreements/index.js';
import { todayIn } from '../../../core/today/index.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Fold } from '../../components/Fold.js';
import { PageTitle } from '../../components/Heading.js';
import { KeyChangedBanner } from '../../components/KeyChangedBanner.js';
import { PageLoading } from '../../components/PageLoading.js';
import { LiveStatus } from '../../components/Status.js';
import { useStatusLine } from '../../lib/use-status-line.js';
import { errorMessage } from '../../lib/errors.js';
import { AgreementCard, AgreementForm, asAgreementDraft, contentFrom } from './Agreements.js';
import { ConversationCard, SuggestConversation } from './Conversations.js';
import { DRAFT_KEYS, DRAFT_PREFIX, newestFirst, responseRecords, stateRef } from './model.js';
import './agreements.css';
import { usePractice } from '../../lib/use-practice.js';

const KINDS = ['agreement', 'agreement_response', 'conversation', 'conversation_prep'] as const;
const EMPTY_FORM = { title: '', text: '', kind: 'boundary', reviewOn: '', changeNote: '' } as const;

/** Practice 3: agreements you both accept, and conversations you each prepare privately and share together. */
export function AgreementsPage() {
  const { me, partner, items, data, error, reload, replace, drafts, keys } = usePractice(KINDS, { prefix: DRAFT_PREFIX });
  const tz = me.user.timeZone;
  const today = todayIn(new Date(), tz);
  // "Proposed to … It counts once … accepts it" speaks of that agreement: it goes once it changes or is answered.
  const [madeId, setMadeId] = useState<string | null>(null);
  const madeItem = madeId ? data?.agreement.find((a) => a.id === madeId) : undefined;
  const answers = madeId ? (data?.agreement_response.filter((r) => stateRef(r, 'parentId') === madeId).length ?? 0) : 0;
  const [made, setMade] = useStatusLine(madeId ? (madeItem ? `${madeItem.version}:${madeItem.sharedWith?.length ?? 0}:${answers}` : 'gone') : '');
  const [formKey, setFormKey] = useState(0);

  const head = (
    <PageTitle lead="Agreements you both accept, written down and looked at again — and conversations you each prepare privately, then share together.">
      3. Agreements and clear talk
    </PageTitle>
  );

  if (!data || !drafts.restored) {
    return <PageLoading head={head} error={!data ? error : null} reload={reload} loadingLabel="Opening your agreements…" keptNote />;
  }

  const name = partner?.displayName ?? '';
  const readable = (i: OpenItem) => i.mine || (!!partner && i.authorId === partner.id);
  const agreements = newestFirst(data.agreement.filter(readable));
  const retiredOf = (a: OpenItem) => parseContent('agreement', a.content)?.status === 'retired';
  const current = agreements.filter((a) => !retiredOf(a));
  const retired = agreements.filter(retiredOf);
  // Those waiting for my answer come first: they are the ones something is asked of.
  const waitingForMe = (a: OpenItem) => {
    const c = parseContent('agreement', a.content);
    if (a.mine || !c) return false;
    const s = agreementStanding(c, responseRecords(data.agreement_response.filter((r) => r.mine && stateRef(r, 'parentId') === a.id)), today);
    return s.state === 'waiting';
  };
  const ordered = [...current.filter(waitingForMe), ...current.filter((a) => !waitingForMe(a))];
  const conversations = newestFirst(data.conversation.filter(readable));
  const prepOf = (conversationId: string, mine: boolean) =>
    data.conversation_prep.find((p) => stateRef(p, 'conversationId') === conversationId && (mine ? p.mine : !!partner && p.authorId === partner.id)) ?? null;

  const card = (a: OpenItem) => (
    <AgreementCard key={a.id} item={a} responses={data.agreement_response} items={items} drafts={drafts} today={today} onItem={replace} />
  );

  return (
    <div className="stack-lg">
      {head}
      {/* Sharing here is by buttons, not a dialog: the pause is said once, at the top. */}
      {partner && keys === 'changed' ? <KeyChangedBanner name={partner.displayName} /> : null}

      <nav aria-label="On this page" className="jump-nav">
        <ul className="plain-list jump-list">
          <li>
            <a href="#agreements-heading">Agreements</a>
          </li>
          <li>
            <a href="#conversations-heading">Prepared conversations</a>
          </li>
        </ul>
      </nav>

      {!partner ? (
        <p className="notice">
          You can write an agreement now; it stays private to you. When your partner joins, you can share it. <Link to="/couple">Invite your partner</Link>
        </p>
      ) : null}

      <section aria-labelledby="agreements-heading" className="stack">
        <h2 id="agreements-heading" className="anchor-target" tabIndex={-1}>
          Agreements
        </h2>
        <p className="why">
          <span className="why-label">Why this helps:</span> openness works when it is offered and agreed — written down, time-limited and
          looked at again — never taken. Either of you can propose; it counts once you both accept.
        </p>
        {ordered.length === 0 ? (
          <EmptyState title="No agreements yet" level={3}>
            <p>An agreement is a boundary or a promise of openness you both accept, and can change together later.</p>
            <p>A first step: think of one thing that would help you feel safer, and how you might ask for it.</p>
          </EmptyState>
        ) : (
          <ul className="plain-list stack">{ordered.map(card)}</ul>
        )}
        {/* Folded until wanted; a draft with words in it opens it by itself. */}
        <Fold summary="Propose an agreement" open={asAgreementDraft(drafts.restored.get(DRAFT_KEYS.propose)) !== null} testId="propose-fold">
          <div className="card stack">
            <AgreementForm
              key={formKey}
              drafts={drafts}
              draftKey={DRAFT_KEYS.propose}
              initial={EMPTY_FORM}
              today={today}
              revising={false}
              submitLabel={partner ? `Propose to ${name}` : 'Save for now'}
              busyLabel="Saving…"
              onSubmit={async (d) => {
                const item = await items.create('agreement', contentFrom(d, null), {});
                replace(item);
                setMadeId(item.id);
                setFormKey((k) => k + 1);
                if (!partner || keys !== 'ok') {
                  setMade('Saved, just for you.');
                  return;
                }
                try {
                  replace(await items.share(item, partner));
                  setMade(`Proposed to ${name}. It counts once ${name} accepts it.`);
                } catch (e) {
                  setMade(`Saved, but not yet shared with ${name}: ${errorMessage(e)} You can share it from the agreement.`);
                }
              }}
            />
            <LiveStatus>{made}</LiveStatus>
          </div>
        </Fold>
        {retired.length > 0 ? (
          <details className="history">
            <summary>Retired agreements ({retired.length})</summary>
            <div className="history-body">
              <ul className="plain-list stack">{retired.map(card)}</ul>
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="conversations-heading" className="stack">
        <h2 id="conversations-heading" className="anchor-target" tabIndex={-1}>
          Prepared conversations
        </h2>
        <p className="why">
          <span className="why-label">Why this helps:</span> hard talks go better when each of you has sorted out, privately, what you feel,
          what worries you and what you need — and can say it starting with “I”.
        </p>
        {partner ? (
          <>
            {conversations.length === 0 ? (
              <EmptyState title="No conversations yet" level={3}>
                <p>Suggest a topic; you each prepare privately, and your preparations are shown to both of you at the same moment.</p>
              </EmptyState>
            ) : (
              <ul className="plain-list stack">
                {conversations.map((c) => (
                  <ConversationCard
                    key={c.id}
                    conversation={c}
                    mine={prepOf(c.id, true)}
                    theirs={prepOf(c.id, false)}
                    items={items}
                    drafts={drafts}
                    onItem={replace}
                  />
                ))}
              </ul>
            )}
            <Fold summary="Suggest a conversation" open={parseContent('conversation', drafts.restored.get(DRAFT_KEYS.conversation)) !== null} testId="suggest-fold">
              <SuggestConversation items={items} drafts={drafts} onItem={replace} />
            </Fold>
          </>
        ) : (
          <p className="muted">When your partner joins, you can suggest a conversation and both prepare for it here.</p>
        )}
      </section>

      <p>
        <Link to="/practices">All practices</Link>
      </p>
    </div>
  );
}
