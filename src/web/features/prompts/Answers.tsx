import { parseContent } from '../../../shared/kinds.js';
import { useState } from 'react';
import type { PromptDayView } from '../../../shared/api/prompts.js';
import type { ItemsClient, OpenItem, PromptsClient } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { ReplyArea } from '../../components/ReplyForm.js';
import { ReplyList } from '../../components/ReplyList.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { promptTextOf, REPLY_PHRASES } from './prompts.js';
import { usePairedPartner } from '../../lib/practice-context.js';
import { parentOf } from '../../../shared/kinds.js';

/** One answer's words, or a kind line when they can't be shown. */
function AnswerText({ item, who, testId }: { item: OpenItem | null; who: string; testId: string }) {
  const content = item && item.verified ? parseContent('prompt_answer', item.content) : null;
  if (content) {
    return (
      <div className="reflection-text" data-testid={testId}>
        {content.text}
      </div>
    );
  }
  return (
    <p className="muted" data-testid={testId}>
      {item ? `This answer couldn't be opened or verified on this device, so it isn't shown.` : `Opening ${who === 'You' ? 'your' : `${who}'s`} answer…`}
    </p>
  );
}

/** When an answer was written for an earlier prompt of the day (someone chose another since), say which. */
function AnsweredTo({ promptId, day, named }: { promptId: string | null; day: PromptDayView; named: string }) {
  if (!promptId || promptId === day.promptId) return null;
  return <p className="muted small">An answer to an earlier prompt today: “{promptTextOf(promptId, named)}”</p>;
}

interface WaitingProps {
  day: PromptDayView;
  mine: OpenItem | null;
  prompts: PromptsClient;
}

/** Answered, not yet revealed: one's own words, and nothing at all about the partner. */
export function AnsweredWaiting({ day, mine, prompts }: WaitingProps) {
  const partner = usePairedPartner();
  const name = partner.displayName;
  const storageKey = `mend:prompt-nudged:${day.id}`;
  const [sent, setSent] = useState(() => readFlag(storageKey));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const nudge = async () => {
    setBusy(true);
    setError(null);
    try {
      await prompts.nudge(day);
      setSent(true);
      writeFlag(storageKey);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <h3 className="prompt-side-title">Your answer</h3>
      <AnsweredTo promptId={day.myAnswerPromptId} day={day} named={name} />
      <AnswerText item={mine} who="You" testId="my-answer" />
      <p className="notice" data-testid="prompt-waiting">
        Your answer is saved. You'll both see each other's answers once you've both answered.
      </p>
      <div className="stack prompt-nudge">
        <p className="muted small">
          If you'd like, you can let {name} know you've answered. Mend won't tell them otherwise.
        </p>
        <div className="actions">
          <Button variant="secondary" onClick={() => void nudge()} busy={busy} busyLabel="Sending…" disabled={sent}>
            Let {name} know I've answered
          </Button>
        </div>
        <LiveStatus>{sent ? `We let ${name} know.` : ''}</LiveStatus>
        <ErrorAlert message={error} />
      </div>
    </div>
  );
}

interface RevealedProps {
  day: PromptDayView;
  mine: OpenItem | null;
  theirs: OpenItem | null;
  acks: OpenItem[];
  items: ItemsClient;
  onSent(): void;
}

const UNVERIFIED_REPLY = "This reply couldn't be verified, so it isn't shown.";

/** Both answered: the two answers side by side, and a brief, kind reply under the partner's. */
export function RevealedAnswers({ day, mine, theirs, acks, items, onSent }: RevealedProps) {
  const partner = usePairedPartner();
  const name = partner.displayName;
  const received = mine ? acks.filter((a) => !a.mine && parentOf(a) === mine.id) : [];
  const sent = theirs ? acks.filter((a) => a.mine && parentOf(a) === theirs.id) : [];
  return (
    <div className="stack">
      <p className="muted">You've both answered. Take your time reading.</p>
      <div className="prompt-answers">
        <section className="prompt-side" aria-labelledby="answer-you">
          <h3 id="answer-you" className="prompt-side-title">
            You
          </h3>
          <AnsweredTo promptId={day.myAnswerPromptId} day={day} named={name} />
          <AnswerText item={mine} who="You" testId="my-answer" />
          <ReplyList replies={received} who={name} label={`What ${name} sent back`} unverified={UNVERIFIED_REPLY} />
        </section>
        <section className="prompt-side" aria-labelledby="answer-partner">
          <h3 id="answer-partner" className="prompt-side-title">
            {name}
          </h3>
          <AnsweredTo promptId={day.partnerAnswerPromptId} day={day} named="you" />
          <AnswerText item={theirs} who={name} testId="partner-answer" />
          {theirs && theirs.verified ? (
            <ReplyArea
              parent={theirs}
              sent={sent}
              items={items}
              phrases={REPLY_PHRASES}
              title={`If you'd like, reply to ${name}.`}
              hint="You don't have to — a conversation later is just as good."
              unverified={UNVERIFIED_REPLY}
              onSent={onSent}
            />
          ) : null}
        </section>
      </div>
    </div>
  );
}

function readFlag(key: string): boolean {
  try {
    return window.sessionStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string): void {
  try {
    window.sessionStorage.setItem(key, '1');
  } catch {
    /* private mode: the button just comes back after a reload */
  }
}
