import { parseContent } from '../../../shared/kinds.js';
import { useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert } from '../../components/Status.js';
import { ReplyForm } from '../../components/ReplyForm.js';
import { ReplyList } from '../../components/ReplyList.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import { HEAR_YOU, NEED_MORE } from './content.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

function FollowsNote({ refersTo, all, who }: { refersTo: string | undefined; all: OpenItem[]; who: string }) {
  const { timeZone } = usePracticeContext();
  if (!refersTo) return null;
  const earlier = all.find((a) => a.id === refersTo);
  return earlier ? (
    <p className="muted small">
      This follows {who} apology of <time dateTime={earlier.createdAt}>{localDateTime(earlier.createdAt, timeZone)}</time>.
    </p>
  ) : (
    <p className="muted small">This follows an earlier apology.</p>
  );
}

/** One's own apologies, newest first, with what the partner chose to answer. */
export function SentThread({ apologies, answers, items, onItem }: {
  apologies: OpenItem[];
  answers: Map<string, OpenItem[]>;
    items: ItemsClient;
      onItem(item: OpenItem): void;
}) {
  const { timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const name = partner.displayName;
  return (
    <ol className="plain-list thread">
      {apologies.map((a) => {
        const c = parseContent('apology', a.content);
        const got = (answers.get(a.id) ?? []).filter((x) => !x.mine);
        const sent = a.sharedWith?.includes(partner.id) ?? false;
        return (
          <li key={a.id} className="card thread-item" data-testid="my-apology">
            <div className="reflection-head">
              <h3 className="thread-date">
                <time dateTime={a.createdAt}>{localDateTime(a.createdAt, timeZone)}</time>
              </h3>
              {sent ? <span className="badge badge-shared">Sent to {name}</span> : <span className="badge">Not sent yet</span>}
            </div>
            <FollowsNote refersTo={c?.refersTo} all={apologies} who="your" />
            <div className="reflection-text">{c ? c.text : "This apology couldn't be opened on this device."}</div>
            {!sent ? <RetrySend item={a} items={items} onItem={onItem} /> : null}
            {got.length ? (
              <ReplyList replies={got} who={name} label={`What ${name} said back`} />
            ) : sent ? (
              <p className="muted small">{name} may answer, or may not — both are fine. Give it time.</p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function RetrySend({ item, items, onItem }: { item: OpenItem; items: ItemsClient; onItem(i: OpenItem): void }) {
  const { keys } = usePracticeContext();
  const partner = usePairedPartner();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <div className="actions">
        <Button
          variant="secondary"
          small
          busy={busy}
          busyLabel="Sending…"
          disabled={keys !== 'ok'}
          onClick={() => {
            setBusy(true);
            setError(null);
            items
              .share(item, partner)
              .then(onItem)
              .catch((e: unknown) => setError(errorMessage(e)))
              .finally(() => setBusy(false));
          }}
        >
          Try sending again
        </Button>
      </div>
      <ErrorAlert message={error} />
    </>
  );
}

/** The partner's apologies, newest first: their words only (never any coaching), and a quiet way to answer. */
export function ReceivedThread({ apologies, answers, items, onSent }: {
  apologies: OpenItem[];
  answers: Map<string, OpenItem[]>;
    items: ItemsClient;
      onSent(): void;
}) {
  const partner = usePairedPartner();
  const name = partner.displayName;
  return (
    <ol className="plain-list thread">
      {apologies.map((a) => (
        <ReceivedApology key={a.id} item={a} all={apologies} mine={(answers.get(a.id) ?? []).filter((x) => x.mine)} items={items} onSent={onSent} name={name} />
      ))}
    </ol>
  );
}

function ReceivedApology({ item, all, mine, items, onSent, name }: {
  item: OpenItem;
  all: OpenItem[];
  mine: OpenItem[];
    items: ItemsClient;
      onSent(): void;
  name: string;
}) {
  const { timeZone } = usePracticeContext();
  const c = item.verified ? parseContent('apology', item.content) : null;
  const [again, setAgain] = useState(false);
  return (
    <li className="card thread-item" data-testid="partner-apology">
      <div className="reflection-head">
        <h3 className="thread-date">
          <time dateTime={item.createdAt}>{localDateTime(item.createdAt, timeZone)}</time>
        </h3>
        <span className="muted small">From {name}</span>
      </div>
      {c ? (
        <>
          <FollowsNote refersTo={c.refersTo} all={all} who="their" />
          <div className="reflection-text">{c.text}</div>
          <ReplyList replies={mine} who="You" label="What you said back" />
          {mine.length === 0 || again ? (
            <ReplyForm
              parent={item}
              items={items}
              phrases={[HEAR_YOU, NEED_MORE]}
              needsNote={NEED_MORE}
              title="If you'd like to answer"
              hint="You don't need to answer. Take the time you need."
              noteLabel="A short note"
              replaceIfChanged
              onSent={() => {
                setAgain(false);
                onSent();
              }}
            />
          ) : (
            <Button variant="quiet" small onClick={() => setAgain(true)}>
              Say something else
            </Button>
          )}
        </>
      ) : (
        <p className="warning" role="note">
          We couldn't verify this came from {name}, so it isn't shown as theirs. If it keeps happening, compare your safety codes on the couple
          page.
        </p>
      )}
    </li>
  );
}
