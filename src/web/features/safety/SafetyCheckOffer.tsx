import { parseContent } from '../../../shared/kinds.js';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { safetyCheckDue, type SafetyCheckHistory } from '../../../core/safety/index.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { useItems } from '../../lib/use-items.js';
import { useKinds } from '../../lib/use-kinds.js';
import { usePracticeContext } from '../../lib/practice-context.js';

const KINDS = ['safety_check'] as const;

/** When this person last took the check and last said "not now", from their own private items. */
export function safetyHistory(list: readonly OpenItem[]): SafetyCheckHistory {
  let lastTakenAt: string | undefined;
  let lastDismissedAt: string | undefined;
  for (const item of list) {
    if (!item.mine || !item.verified) continue;
    const c = parseContent('safety_check', item.content);
    if (c?.type === 'check' && (!lastTakenAt || c.takenAt > lastTakenAt)) lastTakenAt = c.takenAt;
    if (c?.type === 'dismissed' && (!lastDismissedAt || c.at > lastDismissedAt)) lastDismissedAt = c.at;
  }
  return { lastTakenAt, lastDismissedAt };
}

/**
 * Today's quiet offer of the private safety check: at the start, then every four weeks, to
 * each partner alone. "Maybe later" is saved privately (a `safety_check` item) so Mend asks
 * again only after four weeks. Nothing here reaches the partner.
 */
export function SafetyCheckOffer() {
  const uid = useId();
  const { partner } = usePracticeContext();
  const items = useItems(partner);
  const { data, replace } = useKinds(items, KINDS, partner?.id ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!data) return null;
  const due = safetyCheckDue(new Date(), safetyHistory(data.safety_check));
  if (!due) return null;

  const later = async () => {
    setBusy(true);
    setError(null);
    try {
      replace(await items.create('safety_check', { type: 'dismissed', at: new Date().toISOString() }, {}));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby={`${uid}-h`} data-testid="safety-check-offer">
      <h2 id={`${uid}-h`}>{due === 'first' ? 'A private check, just for you' : 'Time for your private check'}</h2>
      <p>
        A few questions about whether you feel safe with {partner ? partner.displayName : 'your partner'}. It takes two minutes.{' '}
        {partner ? `${partner.displayName} never sees it, or whether you took it.` : 'Only you ever see it.'}
      </p>
      <div className="actions">
        <Link className="btn btn-primary" to="/safety/check">
          Take the private check
        </Link>
        <Button variant="quiet" busy={busy} onClick={() => void later()}>
          Maybe later
        </Button>
      </div>
      <ErrorAlert message={error} />
    </section>
  );
}
