import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageTitle } from '../../components/Heading.js';
import { PageLoading } from '../../components/PageLoading.js';
import { usePartnerKeys } from '../../lib/use-partner-keys.js';
import { useItems } from '../../lib/use-items.js';
import { Composer } from './Composer.js';
import { byParent, DRAFT_KEYS, newestFirst, parentOf } from './content.js';
import { LetterSection } from './LetterSection.js';
import { ReceivedLetter } from './ReceivedLetter.js';
import { ReceivedThread, SentThread } from './Threads.js';
import { useApologyData, useApologyDrafts } from './useApology.js';
import { ValuesSection } from './ValuesSection.js';

const skipKey = (userId: string) => `mend.apology.valuesClosed.${userId}`;

function readSkipped(userId: string): boolean {
  try {
    return localStorage.getItem(skipKey(userId)) === '1';
  } catch {
    return false;
  }
}

function writeSkipped(userId: string, on: boolean): void {
  try {
    if (on) localStorage.setItem(skipKey(userId), '1');
    else localStorage.removeItem(skipKey(userId));
  } catch {
    /* storage may be unavailable; it only remembers a closed panel */
  }
}

/** Practice 2: an impact letter and what was heard, a private values pause, a coached apology, and the thread. */
export function ApologyPage() {
  const me = useMe();
  const partner = me.couple?.partner ?? null;
  const items = useItems(partner);
  const { data, error, reload, replace } = useApologyData(items, partner?.id ?? null);
  const drafts = useApologyDrafts(items, me.user.id);
  const keys = usePartnerKeys(me.user.id, partner);
  const tz = me.user.timeZone;
  const [valuesOpen, setValuesOpen] = useState(() => !readSkipped(me.user.id));

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
  const letterStarted = myLetter !== null || drafts.restored.has(DRAFT_KEYS.letter);

  const closeValues = () => {
    writeSkipped(me.user.id, true);
    setValuesOpen(false);
  };

  return (
    <div className="stack-lg">
      {head}

      {theirLetter && myHeard.length === 0 ? (
        <p className="notice">
          {name} has shared an impact letter with you. <a href="#letter-from">Read it</a> when you have some quiet time.
        </p>
      ) : null}
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
          <li>
            <a href="#letter-heading">Impact letter</a>
          </li>
          <li>
            <a href="#values-heading">Before you apologize</a>
          </li>
          <li>
            <a href="#compose-heading">Writing an apology</a>
          </li>
          {partner ? (
            <li>
              <a href="#from-partner">From {name}</a>
            </li>
          ) : null}
        </ul>
      </nav>

      {!partner ? (
        <p className="notice">
          You can write your letter, reflect, and draft an apology now — all private. When your partner joins, you can send it.{' '}
          <Link to="/couple">Invite your partner</Link>
        </p>
      ) : null}

      <section aria-labelledby="letter-heading" className="stack">
        <h2 id="letter-heading" className="anchor-target" tabIndex={-1}>
          An impact letter
        </h2>
        {!letterStarted ? (
          <EmptyState title="Put the hurt into words" level={3}>
            <p>
              If you were hurt, a letter helps {partner ? name : 'your partner'} understand what it was like for you — before any apology.
            </p>
            <p>A first step: a few lines under “What happened to me”. A draft is kept as you type, and only you can read it.</p>
          </EmptyState>
        ) : (
          <p className="muted">For the partner who was hurt — or anyone it fits. Write at your own pace; it's private until you share it.</p>
        )}
        <LetterSection
          item={myLetter}
          items={items}
          drafts={drafts}
          partner={partner}
          keys={keys}
          heard={heardForMine}
          answers={answers}
          timeZone={tz}
          onItem={replace}
          onChanged={() => void reload()}
        />
      </section>

      {partner && theirLetter ? (
        <section aria-labelledby="letter-from" className="stack">
          <h2 id="letter-from" className="anchor-target" tabIndex={-1}>
            A letter from {name}
          </h2>
          <p className="muted">Read it slowly. You don't need to explain or defend anything here.</p>
          <ReceivedLetter
            letter={theirLetter}
            partner={partner}
            items={items}
            drafts={drafts}
            keys={keys}
            heard={myHeard}
            answers={answers}
            timeZone={tz}
            onItem={replace}
            onChanged={() => void reload()}
          />
        </section>
      ) : null}

      <section aria-labelledby="values-heading" className="stack">
        <h2 id="values-heading" className="anchor-target" tabIndex={-1}>
          Before you apologize <span className="muted heading-aside">(optional)</span>
        </h2>
        {valuesOpen ? (
          <ValuesSection item={myValues} items={items} drafts={drafts} partnerName={partner ? name : 'your partner'} onItem={replace} onSkip={closeValues} />
        ) : (
          <div className="share-bar">
            <p className="muted">A two-minute pause with your own values, just for you{myValues ? ' — yours is saved' : ''}.</p>
            <Button
              variant="secondary"
              small
              onClick={() => {
                writeSkipped(me.user.id, false);
                setValuesOpen(true);
              }}
            >
              {myValues ? 'Open your values reflection' : 'Take two minutes'}
            </Button>
          </div>
        )}
      </section>

      <section aria-labelledby="compose-heading" className="stack">
        <h2 id="compose-heading" className="anchor-target" tabIndex={-1}>
          Writing an apology
        </h2>
        <p className="muted">
          For the partner who broke trust — or anyone with something to apologize for. A coach reads along as you write, privately.
        </p>
        <Composer items={items} drafts={drafts} partner={partner} keys={keys} earlier={mySorries} timeZone={tz} onSent={replace} />
      </section>

      {partner && mySorries.length > 0 ? (
        <section aria-labelledby="sent-heading" className="stack">
          <h2 id="sent-heading">Apologies you sent</h2>
          <p className="muted">Newest first. Real change shows over time, in what you do — apologies can come more than once.</p>
          <SentThread apologies={mySorries} answers={answers} partner={partner} items={items} keys={keys} timeZone={tz} onItem={replace} />
        </section>
      ) : null}

      {partner ? (
        theirSorries.length > 0 ? (
          <section aria-labelledby="from-partner" className="stack">
            <h2 id="from-partner" className="anchor-target" tabIndex={-1}>
              Apologies from {name}
            </h2>
            <p className="muted">Newest first. Only {name}'s words are here.</p>
            <ReceivedThread apologies={theirSorries} answers={answers} partner={partner} items={items} keys={keys} timeZone={tz} onSent={() => void reload()} />
          </section>
        ) : (
          <section aria-labelledby="from-partner" className="empty">
            <h2 id="from-partner" className="anchor-target" tabIndex={-1}>
              Apologies from {name}
            </h2>
            <div className="stack">
              <p>When {name} sends an apology, it will appear here, with its date. There's nothing you need to do.</p>
            </div>
          </section>
        )
      ) : null}

      <p>
        <Link to="/practices">All practices</Link>
      </p>
    </div>
  );
}
