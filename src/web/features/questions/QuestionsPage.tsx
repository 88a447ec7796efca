import { parseContent } from '../../../shared/kinds.js';
import { parseWith } from '../../../shared/items/parse.js';
import { textContentSchema } from '../../../shared/questions/content.js';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState.js';
import { Fold } from '../../components/Fold.js';
import { PageTitle } from '../../components/Heading.js';
import { PageLoading } from '../../components/PageLoading.js';
import { AskedQuestion, DisclosureForm, DisclosureList } from './AnswerSection.js';
import { OwnQuestion, QuestionComposer } from './AskSection.js';
import { DRAFT_KEYS, DRAFT_PREFIX, isPaused, newestFirst } from './content.js';
import { parentOf } from '../../../shared/kinds.js';
import { PaceCard, PartnerPace } from './PaceCard.js';
import { usePractice } from '../../lib/use-practice.js';
import './questions.css';

// The person's own private stance decides only which words fit them; it is never shared.
const KINDS = ['question', 'response', 'disclosure', 'qa_pace', 'stance'] as const;

/** Practice 1, questions and answers: asked when one of you needs to understand, answered fully. */
export function QuestionsPage() {
  const { me, partner, items, data, error, reload, replace, drop, drafts } = usePractice(KINDS, { prefix: DRAFT_PREFIX });

  const head = (
    <PageTitle lead="When you need to understand what happened, ask. Answers come one question at a time, at the pace the asker sets.">
      Questions and answers
    </PageTitle>
  );

  if (!data || !drafts.restored) {
    return <PageLoading head={head} error={!data ? error : null} reload={reload} loadingLabel="Opening questions and answers…" keptNote />;
  }

  const name = partner?.displayName ?? '';
  const fromPartner = (i: { mine: boolean; authorId: string }) => !!partner && !i.mine && i.authorId === partner.id;
  const myQuestions = newestFirst(data.question.filter((q) => q.mine));
  const theirQuestions = newestFirst(data.question.filter(fromPartner));
  const myPaceItem = newestFirst(data.qa_pace.filter((p) => p.mine))[0] ?? null;
  const theirPaceItem = newestFirst(data.qa_pace.filter((p) => fromPartner(p) && p.verified))[0] ?? null;
  const theirPace = theirPaceItem ? parseContent('qa_pace', theirPaceItem.content) : null;
  const theirPaused = isPaused(theirPace);
  const answersTo = (qid: string, mine: boolean) =>
    [...data.response.filter((r) => parentOf(r) === qid && (mine ? r.mine : fromPartner(r)))].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const myDisclosures = newestFirst(data.disclosure.filter((d) => d.mine));
  const theirDisclosures = newestFirst(data.disclosure.filter(fromPartner));
  const stance = newestFirst(data.stance.filter((i) => i.mine && i.verified)).map((i) => parseContent('stance', i.content)?.stance ?? null)[0] ?? null;

  return (
    <div className="stack-lg">
      {head}

      {partner && theirQuestions.some((q) => answersTo(q.id, true).length === 0) && !theirPaused ? (
        <p className="notice">
          {name} has asked you {theirQuestions.length === 1 ? 'a question' : 'some questions'}. <a href="#asked-heading">See them</a> when you
          have some quiet time.
        </p>
      ) : null}
      {theirDisclosures.length > 0 ? (
        <p className="notice">
          {name} shared something you should know. <a href="#volunteered-heading">Read it</a> when you're ready.
        </p>
      ) : null}

      <nav aria-label="On this page" className="jump-nav">
        <ul className="plain-list jump-list">
          {partner ? (
            <li>
              <a href="#asked-heading">Asked of you</a>
            </li>
          ) : null}
          <li>
            <a href="#mine-heading">Your questions</a>
          </li>
          <li>
            <a href="#ask-heading">Ask</a>
          </li>
        </ul>
      </nav>

      {!partner ? (
        <p className="notice">
          You can write questions and keep them privately now. When your partner joins, you can ask them. <Link to="/couple">Invite your partner</Link>
        </p>
      ) : null}

      {/* What was received comes first: questions asked of you, then your own with their answers; writing waits folded. */}
      {partner ? (
        <section aria-labelledby="asked-heading" className="stack">
          <h2 id="asked-heading" className="anchor-target" tabIndex={-1}>
            Asked of you
          </h2>
          <PartnerPace pace={theirPace} name={name} />
          {theirPaused ? (
            <p className="notice" data-testid="qa-paused">
              {name} has paused questions for today. It'll keep.
            </p>
          ) : (
            <p className="why">
              <span className="why-label">Why full answers help:</span> trust comes back when the truth comes out once, not in pieces. Answer
              honestly and fully; you don't need to defend or explain yourself.
            </p>
          )}
          {theirQuestions.length === 0 ? (
            <EmptyState title={`Nothing asked yet`} level={3}>
              <p>
                When {name} asks you something, it will appear here. There's nothing you need to do until then — but if there's something{' '}
                {name} should know, you can say it below.
              </p>
            </EmptyState>
          ) : (
            <ul className="plain-list stack">
              {theirQuestions.map((q) => (
                <AskedQuestion
                  key={q.id}
                  question={q}
                  mine={answersTo(q.id, true)}
                  items={items}
                  drafts={drafts}
                  paused={theirPaused}
                  onItem={replace}
                />
              ))}
            </ul>
          )}
          {!theirPaused ? (
            <Fold summary="Something else you should know" open={!!parseWith(textContentSchema, drafts.restored.get(DRAFT_KEYS.disclosure))?.text.trim()} testId="disclosure-fold">
              <div className="card stack">
                <DisclosureForm items={items} drafts={drafts} onItem={replace} stance={stance} />
              </div>
            </Fold>
          ) : null}
          <DisclosureList list={myDisclosures} who="me" name={name} />
        </section>
      ) : null}


      <section aria-labelledby="mine-heading" className="stack">
        <h2 id="mine-heading" className="anchor-target" tabIndex={-1}>
          Your questions
        </h2>
        {myQuestions.length === 0 ? (
          <div className="empty">
            <p>
              Your questions will appear here, with {partner ? `${name}'s` : 'the'} answers under each. A first step: one question about
              what you most need to understand — it can stay private as long as you like.
            </p>
          </div>
        ) : (
          <>
            <p className="muted small">Answers stay here, with you. Only you can read them.</p>
            <ul className="plain-list stack">
              {myQuestions.map((q) => (
                <OwnQuestion
                  key={q.id}
                  question={q}
                  answers={answersTo(q.id, false)}
                  items={items}
                  onItem={replace}
                  onRemoved={drop}
                />
              ))}
            </ul>
          </>
        )}
        {theirDisclosures.length > 0 ? (
          <div className="stack">
            <h3 id="volunteered-heading" className="anchor-target" tabIndex={-1}>
              Something else {name} wanted you to know
            </h3>
            <DisclosureList list={theirDisclosures} who="partner" name={name} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="ask-heading" className="stack">
        <h2 id="ask-heading" className="anchor-target" tabIndex={-1}>
          When you need to understand
        </h2>
        <p className="muted">
          For the partner who was hurt — or either of you. Pick a topic, write one question, and keep it private until you're ready to ask.
        </p>
        <PaceCard userId={me.user.id} pace={myPaceItem} items={items} onItem={replace} />
        <Fold summary="Write a question" open={!!parseContent('question', drafts.restored.get(DRAFT_KEYS.question))?.text.trim()} testId="ask-fold">
          <QuestionComposer
            items={items}
            drafts={drafts}
            onItem={replace}
            questionState={(id) => {
              const q = data.question.find((x) => x.id === id);
              return `${!q ? 'gone' : partner && q.sharedWith?.includes(partner.id) ? 'asked' : 'kept'}:${answersTo(id, false).length}`;
            }}
          />
        </Fold>
      </section>

      <p>
        <Link to="/practices/understand">Back to “Understand what happened”</Link>
      </p>
    </div>
  );
}
