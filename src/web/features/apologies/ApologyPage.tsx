import { parseContent } from '../../../shared/kinds.js';
import { Link } from 'react-router';
import { useMe } from '../../app/session.js';
import { Fold } from '../../components/Fold.js';
import { PageTitle } from '../../components/Heading.js';
import { PageLoading } from '../../components/PageLoading.js';
import { useItems } from '../../lib/use-items.js';
import { Composer } from './Composer.js';
import { byParent, DRAFT_KEYS, letterEmpty, newestFirst } from './content.js';
import { parentOf } from '../../../shared/kinds.js';
import { LetterSection } from './LetterSection.js';
import { ReceivedLetter } from './ReceivedLetter.js';
import { ReceivedThread, SentThread } from './Threads.js';
import { useApologyData, useApologyDrafts } from './useApology.js';
import { ValuesSection } from './ValuesSection.js';
import { usePracticeContext } from '../../lib/practice-context.js';
import './apologies.css';

/** Practice 2: an impact letter and what was heard, a private values pause, a coached apology, and the thread. */
export function ApologyPage() {
  const me = useMe();
  const { partner } = usePracticeContext();
  const items = useItems(partner);
  const { data, error, reload, replace } = useApologyData(items, partner?.id ?? null);
  const drafts = useApologyDrafts(items, me.user.id);

  const head = (
    <PageTitle lead="Hurt that is heard, and an apology that names it and takes responsibility without excuses. Everything here stays private until you choose to send it.">
      2. Apologize and take responsibility
    </PageTitle>
  );

  if (!data || !drafts.restored) {
    return <PageLoading head={head} error={!data ? error : null} reload={reload} loadingLabel="Opening this practice…" keptNote />;
  }

  const name = partner?.displayName ?? '';
  const myLetter = newestFirst(data.letters.filter((l) => l.mine))[0] ?? null;
  const theirLetter = partner ? (newestFirst(data.letters.filter((l) => !l.mine && l.authorId === partner.id))[0] ?? null) : null;
  const answers = byParent(data.acks);
  const heardForMine = myLetter ? data.responses.filter((r) => !r.mine && parentOf(r) === myLetter.id) : [];
  const myHeard = theirLetter ? data.responses.filter((r) => r.mine && parentOf(r) === theirLetter.id) : [];
  const mySorries = newestFirst(data.apologies.filter((a) => a.mine));
  const theirSorries = partner ? newestFirst(data.apologies.filter((a) => !a.mine && a.authorId === partner.id)) : [];
  const myValues = newestFirst(data.values.filter((v) => v.mine))[0] ?? null;
  const letterDraft = parseContent('impact_letter', drafts.restored.get(DRAFT_KEYS.letter));
  const letterStarted = myLetter !== null || (letterDraft !== null && !letterEmpty(letterDraft));
  const values = parseContent('values_reflection', drafts.restored.get(DRAFT_KEYS.values));
  const valuesDraft = !!values && (values.values.length > 0 || values.text.trim() !== '');
  const composing = !!parseContent('apology', drafts.restored.get(DRAFT_KEYS.compose))?.text.trim();
  const fromLink = (
    <li>
      <a href="#from-partner">From {name}</a>
    </li>
  );

  return (
    <div className="stack-lg">
      {head}

      {/* A letter from the partner needs no notice: it is the first thing below. */}
      {heardForMine.some((r) => !(answers.get(r.id) ?? []).some((a) => a.mine)) ? (
        <p className="notice">
          {name} wrote back what they heard in your letter. <a href="#letter-heading">See it</a> when you're ready.
        </p>
      ) : null}
      {theirSorries.length > 0 ? (
        <p className="notice">
          {name} has written {theirSorries.length === 1 ? 'an apology' : `${theirSorries.length} apologies`} to you.{' '}
          <a href="#from-partner">Read {theirSorries.length === 1 ? 'it' : 'them'}</a> whenever you're ready.
        </p>
      ) : null}

      <nav aria-label="On this page" className="jump-nav">
        <ul className="plain-list jump-list">
          {partner && theirSorries.length > 0 ? fromLink : null}
          <li>
            <a href="#letter-heading">Impact letter</a>
          </li>
          <li>
            <a href="#values-heading">Before you apologize</a>
          </li>
          <li>
            <a href="#compose-heading">Writing an apology</a>
          </li>
          {partner && theirSorries.length === 0 ? fromLink : null}
        </ul>
      </nav>

      {!partner ? (
        <p className="notice">
          You can write your letter, reflect, and draft an apology now — all private. When your partner joins, you can send it.{' '}
          <Link to="/couple">Invite your partner</Link>
        </p>
      ) : null}

      {/* What was received comes first and open; one's own writing waits folded unless words are already in it. */}
      {partner && theirLetter ? (
        <section aria-labelledby="letter-from" className="stack">
          <h2 id="letter-from" className="anchor-target" tabIndex={-1}>
            A letter from {name}
          </h2>
          <p className="muted">Read it slowly. You don't need to explain or defend anything here.</p>
          <ReceivedLetter
            letter={theirLetter}
            items={items}
            drafts={drafts}
            heard={myHeard}
            answers={answers}
            onItem={replace}
            onChanged={() => void reload()}
          />
        </section>
      ) : null}

      {partner && theirSorries.length > 0 ? (
        <section aria-labelledby="from-partner" className="stack">
          <h2 id="from-partner" className="anchor-target" tabIndex={-1}>
            Apologies from {name}
          </h2>
          <p className="muted">Newest first. Only {name}'s words are here.</p>
          <ReceivedThread apologies={theirSorries} answers={answers} items={items} onSent={() => void reload()} />
        </section>
      ) : null}

      <section aria-labelledby="letter-heading" className="stack">
        <h2 id="letter-heading" className="anchor-target" tabIndex={-1}>
          An impact letter
        </h2>
        {letterStarted ? (
          <p className="muted">For the partner who was hurt — or anyone it fits. Write at your own pace; it's private until you share it.</p>
        ) : (
          <p className="muted">
            If you were hurt, a letter helps {partner ? name : 'your partner'} understand what it was like for you — before any apology. Only you can read it
            until you share it.
          </p>
        )}
        {/* Always the same fold, so saving the first letter doesn't rebuild the form under the person's cursor. */}
        <Fold summary={letterStarted ? 'Your letter' : 'Write your letter'} open={letterStarted} testId="letter-fold">
          <LetterSection
            item={myLetter}
            items={items}
            drafts={drafts}
            heard={heardForMine}
            answers={answers}
            onItem={replace}
            onChanged={() => void reload()}
          />
        </Fold>
      </section>

      <section aria-labelledby="values-heading" className="stack">
        <h2 id="values-heading" className="anchor-target" tabIndex={-1}>
          Before you apologize <span className="muted heading-aside">(optional)</span>
        </h2>
        <p className="muted">A two-minute pause with your own values, just for you{myValues ? ' — yours is saved' : ''}.</p>
        <Fold summary={myValues ? 'Your values reflection' : 'Take two minutes'} open={valuesDraft} testId="values-fold">
          <ValuesSection item={myValues} items={items} drafts={drafts} partnerName={partner ? name : 'your partner'} onItem={replace} />
        </Fold>
      </section>

      <section aria-labelledby="compose-heading" className="stack">
        <h2 id="compose-heading" className="anchor-target" tabIndex={-1}>
          Writing an apology
        </h2>
        <p className="muted">For anyone with something to apologize for. A private coach reads along as you write.</p>
        <Fold summary="Write an apology" open={composing} testId="compose-fold">
          <Composer items={items} drafts={drafts} earlier={mySorries} onSent={replace} />
        </Fold>
      </section>

      {partner && mySorries.length > 0 ? (
        <section aria-labelledby="sent-heading" className="stack">
          <h2 id="sent-heading">Apologies you sent</h2>
          <p className="muted">Newest first. Real change shows over time, in what you do — apologies can come more than once.</p>
          <SentThread apologies={mySorries} answers={answers} items={items} onItem={replace} />
        </section>
      ) : null}

      {partner && theirSorries.length === 0 ? (
        <section aria-labelledby="from-partner" className="stack">
          <h2 id="from-partner" className="anchor-target" tabIndex={-1}>
            Apologies from {name}
          </h2>
          <p className="muted">When {name} sends an apology, it will appear here, with its date. There's nothing you need to do.</p>
        </section>
      ) : null}

      <p>
        <Link to="/practices">All practices</Link>
      </p>
    </div>
  );
}
