import { useId, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { appreciationContentSchema, appreciationsThisWeek, asAppreciation, THANKS_MAX } from '../../../core/appreciations/index.js';
import { Button } from '../../components/Button.js';
import { Fold } from '../../components/Fold.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../../lib/draft-status.js';
import { type Drafts } from '../../lib/use-drafts.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import { usePairedPartner, usePracticeContext, usePracticeNow } from '../../lib/practice-context.js';
import type { PracticeCardProps } from '../scheduled/ScheduledCard.js';
import { sendAppreciation } from './actions.js';
import { CountedTextArea } from '../../components/CountedTextArea.js';
import { thanksWeekLine } from './thanks-week.js';
import './appreciations.css';

/**
 * The draft of a thank-you: for one of the partner's kept promises, or for anything. Written on
 * the promises page, so it keeps that page's prefix ('promise:').
 */
export const THANKS_DRAFT_KEY = (markId: string | null): string => (markId ? `promise:thanks:${markId}` : 'promise:thanks');

/** Thank-yous for one kept time, with who sent them. */
export function ThanksList({ list, who }: { list: readonly OpenItem[]; who: string }) {
  const { timeZone } = usePracticeContext();
  if (list.length === 0) return null;
  return (
    <ul className="plain-list ack-list" aria-label={`Thank-yous from ${who}`}>
      {list.map((a) => {
        const c = a.verified ? asAppreciation(a.content) : null;
        return (
          <li key={a.id}>
            {c ? (
              <p>
                <strong>{who === 'You' ? 'You' : who} said thank you:</strong> {c.text}
              </p>
            ) : (
              <p className="muted small">We couldn't verify this came from {who === 'You' ? 'you' : who}, so it isn't shown.</p>
            )}
            <p className="muted small">
              <time dateTime={a.createdAt}>{localDateTime(a.createdAt, timeZone)}</time>
            </p>
          </li>
        );
      })}
    </ul>
  );
}

interface ThanksFormProps {
  items: ItemsClient;
  drafts: Drafts;
  /** The partner's kept mark this thanks them for, or null for anything specific. */
  markId: string | null;
  label: string;
  onSent(item: OpenItem): void;
  onCancel?(): void;
}

/** A short, specific thank-you, sent to the partner (a draft is kept as it is written). */
export function ThanksForm({ items, drafts, markId, label, onSent, onCancel }: ThanksFormProps) {
  const uid = useId();
  const partner = usePairedPartner();
  const { keys } = usePracticeContext();
  const key = THANKS_DRAFT_KEY(markId);
  const restored = drafts.restored?.get(key);
  const [text, setText] = useState(typeof restored === 'string' ? restored : '');
  const status = useDraftStatus(drafts, key, typeof restored === 'string' && restored ? 'restored' : 'none');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = partner.displayName;

  const send = async () => {
    const checked = appreciationContentSchema.safeParse({ text });
    if (!checked.success) {
      setFieldError(checked.error.issues[0]?.message ?? 'Write what you noticed, in a few words.');
      document.getElementById(`${uid}-t`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setFieldError(null);
    try {
      const sent = await sendAppreciation(items, checked.data.text, partner, markId);
      status.setActive(false);
      status.setShown('none');
      await drafts.sync.discard(key);
      setText('');
      onSent(sent);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="thanks-form stack">
      <CountedTextArea
        label={label}
        max={THANKS_MAX}
        limitInput={false}
        value={text}
        placeholder="Thank you for calling when you were late tonight"
        lead="Name the specific thing."
        note={`${name} will read it.`}
        error={fieldError}
        onChange={(next) => {
          setText(next);
          setFieldError(null);
          status.setActive(true);
          if (next.trim()) drafts.sync.change(key, next);
          else void drafts.sync.discard(key);
        }}
      >
        <p className="draft-status" role="status" aria-live="polite">
          {DRAFT_STATUS_TEXT[status.shown]}
        </p>
      </CountedTextArea>
      {keys === 'changed' ? <KeysChangedNote name={name} /> : null}
      <div className="actions actions-tight">
        <Button small busy={busy} busyLabel="Sending…" disabled={keys !== 'ok'} onClick={() => void send()}>
          Send to {name}
        </Button>
        {onCancel ? (
          <Button small variant="secondary" disabled={busy} onClick={onCancel}>
            Not now
          </Button>
        ) : null}
      </div>
      <ErrorAlert message={error} />
    </div>
  );
}

interface AppreciationsProps extends PracticeCardProps {
  list: readonly OpenItem[];
}

/** Thank-yous: this week's counts (for this person only), what was received, and a folded form to send one. */
export function Appreciations({ list, items, drafts, onItem }: AppreciationsProps) {
  const { partner, timeZone } = usePracticeContext();
  const now = usePracticeNow();
  const [sent, setSent] = useState('');
  const name = partner?.displayName ?? '';
  const fromPartner = list.filter((a) => partner && !a.mine && a.authorId === partner.id);
  const mine = list.filter((a) => a.mine);
  const week = appreciationsThisWeek([...mine, ...fromPartner], now, timeZone);
  const received = [...fromPartner].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 10);
  const kept = drafts.restored?.get(THANKS_DRAFT_KEY(null));
  const hasThanksDraft = typeof kept === 'string' && kept.trim() !== '';

  return (
    <div className="stack">
      {partner ? (
        <p className="muted" data-testid="thanks-week">
          {thanksWeekLine(name, week.given, week.received)} Only you see this.
        </p>
      ) : null}
      {received.length > 0 ? (
        <ul className="plain-list ack-list" aria-label={`Thank-yous from ${name}`}>
          {received.map((a) => {
            const c = a.verified ? asAppreciation(a.content) : null;
            return (
              <li key={a.id}>
                {c ? (
                  <p>
                    <strong>{name}:</strong> {c.text}
                  </p>
                ) : (
                  <p className="muted small">We couldn't verify this came from {name}, so it isn't shown.</p>
                )}
                <p className="muted small">
                  <time dateTime={a.createdAt}>{localDateTime(a.createdAt, timeZone)}</time>
                </p>
              </li>
            );
          })}
        </ul>
      ) : partner ? (
        <p className="muted small">Thank-yous from {name} will appear here.</p>
      ) : null}
      {partner ? (
        <Fold summary={`Thank ${name} for something`} open={hasThanksDraft} testId="thanks-fold">
          <div className="card stack">
            <h3 id="thanks-form-heading">Appreciate something specific</h3>
            <p className="why">
              <span className="why-label">Why this helps:</span> noticing a specific effort, out loud, makes it more likely to happen again —
              for both of you.
            </p>
            <ThanksForm
              items={items}
              drafts={drafts}
              markId={null}
              label={`What you noticed ${name} do`}
              onSent={(a) => {
                onItem(a);
                setSent(`Sent to ${name}.`);
              }}
            />
            <LiveStatus>{sent}</LiveStatus>
          </div>
        </Fold>
      ) : null}
    </div>
  );
}
