import { parseContent } from '../../shared/kinds.js';
import type { OpenItem } from '../../shared/client/index.js';
import { localDateTime } from '../lib/time.js';
import { usePracticeContext } from '../lib/practice-context.js';

interface ReplyListProps {
  /** The short replies (acknowledgment items) to show. */
  replies: OpenItem[];
  /** Who sent them, as shown before each one ("You", or the partner's name). */
  who: string;
  label: string;
  /**
   * What to show for a reply that can't be verified: by default "We couldn't verify this came from …";
   * a string to say something else; null to leave such replies out.
   */
  unverified?: string | null;
}

/** Short replies under something shared: who said what, the optional note, and when. */
export function ReplyList({ replies, who, label, unverified }: ReplyListProps) {
  const { timeZone } = usePracticeContext();
  const rows = replies.map((a) => ({ a, c: a.verified ? parseContent('acknowledgment', a.content) : null })).filter((r) => r.c !== null || unverified !== null);
  if (rows.length === 0) return null;
  const cannotVerify = unverified ?? `We couldn't verify this came from ${who === 'You' ? 'you' : who}, so it isn't shown.`;
  return (
    <ul className="plain-list ack-list" aria-label={label}>
      {rows.map(({ a, c }) => (
        <li key={a.id}>
          {c ? (
            <>
              <p>
                <strong>{who}:</strong> {c.text}
              </p>
              {c.note ? <p className="ack-note">{c.note}</p> : null}
              <p className="muted small">
                <time dateTime={a.createdAt}>{localDateTime(a.createdAt, timeZone)}</time>
              </p>
            </>
          ) : (
            <p className="muted small">{cannotVerify}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
