import { addDays } from '../../shared/schedules/local-time.js';
import type { AgreementKind } from './content.js';

/*
 * When an agreement is looked at again. Openness (transparency) is time-limited: its review day
 * is 30 to 90 days after the version is written, and it is never renewed without a fresh yes.
 * A boundary may have a review day, or none.
 */

/** Fewest days from a transparency version to its review day. */
export const TRANSPARENCY_REVIEW_MIN_DAYS = 30;
/** Most days from a transparency version to its review day. */
export const TRANSPARENCY_REVIEW_MAX_DAYS = 90;

/** The days a review day may fall on for a version written on `from` ('YYYY-MM-DD'); `max` null means no limit. */
export function reviewBounds(kind: AgreementKind, from: string): { required: boolean; min: string; max: string | null } {
  if (kind === 'transparency') {
    return { required: true, min: addDays(from, TRANSPARENCY_REVIEW_MIN_DAYS), max: addDays(from, TRANSPARENCY_REVIEW_MAX_DAYS) };
  }
  return { required: false, min: addDays(from, 1), max: null };
}

/** What is wrong with a chosen review day ('' for none) for a version written on `from`, in plain words; null when it fits. */
export function reviewProblem(kind: AgreementKind, reviewOn: string, from: string): string | null {
  const { required, min, max } = reviewBounds(kind, from);
  if (!reviewOn) return required ? 'Openness is agreed for a while, then looked at again: choose a day 30 to 90 days from now.' : null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewOn)) return 'Choose a day for looking at this again.';
  if (kind === 'transparency') {
    if (reviewOn < min) return 'Choose a day at least 30 days from now, so there is time to see how it feels.';
    if (max !== null && reviewOn > max) return 'Choose a day within 90 days, so you look at it again before long.';
    return null;
  }
  return reviewOn < min ? 'Choose a day after today, or none.' : null;
}
