/**
 * The web app's dates and times: the one shared style (src/shared/format.ts), in the person's own
 * locale (the browser's language), and schedules told in those same words.
 */
import { describeSchedule, type Schedule, type ScheduleWords } from '../../core/schedules/index.js';
import { formatDate, formatTime } from '../../shared/format.js';

export { formatDate, formatDateTime, formatTime, formatWeekday } from '../../shared/format.js';

/** Dates and times inside a schedule's words ("Every Friday at 7:00 PM"), in the same two styles. */
export const SCHEDULE_WORDS: ScheduleWords = { date: (d) => formatDate(d), time: (t) => formatTime(t) };

/** A schedule in words, with the person's date and time styles. */
export function scheduleText(s: Schedule): string {
  return describeSchedule(s, SCHEDULE_WORDS);
}
