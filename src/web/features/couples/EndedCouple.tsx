import { formatLocalDate } from '../../../core/schedules/index.js';
import { todayIn } from '../../../core/today/index.js';

/** The day a couple space ended, on the person's own calendar ("7 December 2026"). */
export function endedOn(endedAt: string, timeZone: string): string {
  try {
    return formatLocalDate(todayIn(new Date(endedAt), timeZone));
  } catch {
    return formatLocalDate(todayIn(new Date(endedAt), 'UTC'));
  }
}

/**
 * Said wherever it matters once a couple space has ended (the partner left or deleted their
 * account): when, and that what this person wrote is still theirs. Nothing about why.
 */
export function EndedCoupleNotice({ endedAt, timeZone }: { endedAt: string; timeZone: string }) {
  return (
    <p className="notice" data-testid="couple-ended">
      Your couple space ended on <time dateTime={endedAt}>{endedOn(endedAt, timeZone)}</time>. Everything you wrote is still here, and only
      you can read it now.
    </p>
  );
}
