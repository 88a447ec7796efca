import { formatDate } from '../../lib/format.js';
import { usePracticeContext } from '../../lib/practice-context.js';

/**
 * Said wherever it matters once a couple space has ended (the partner left or deleted their
 * account): when, and that what this person wrote is still theirs. Nothing about why.
 */
export function EndedCoupleNotice({ endedAt }: { endedAt: string }) {
  const { timeZone } = usePracticeContext();
  return (
    <p className="notice" data-testid="couple-ended">
      Your couple space ended on <time dateTime={endedAt}>{formatDate(endedAt, timeZone)}</time>. Everything you wrote is still here, and only
      you can read it now.
    </p>
  );
}
