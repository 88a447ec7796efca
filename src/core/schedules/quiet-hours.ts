import {
  addDays,
  firstInstantAtOrAfterWall,
  formatWallDate,
  instantToWall,
  parseLocalTime,
  wallFields,
  wallMs,
  zoneOf,
  type LocalDate,
} from '../../shared/schedules/local-time.js';
import { MAX_REMINDER_MINUTES, type QuietHours } from '../../shared/schedules/schema.js';

// Declared beside the schemas that check it, so they need no zone code (luxon) to load.
export { MAX_REMINDER_MINUTES };

function instantOf(d: Date, name: string): number {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError(`${name} is not a valid date.`);
  return t;
}

/**
 * When a reminder due at `dueUtc` should fire given the person's quiet hours: unchanged when
 * the person's clock reads outside [start, end), otherwise the moment it next reads `end`
 * (the next day's `end` for a window such as 22:00–07:00 entered before midnight). The
 * window is judged by the local clock, so it holds across DST changes; if `end` falls in a
 * spring-forward gap the window ends when the clocks jump. start === end means no quiet hours.
 */
export function applyQuietHours(dueUtc: Date, quiet: QuietHours): Date {
  const due = instantOf(dueUtc, 'dueUtc');
  zoneOf(quiet.timeZone);
  const start = parseLocalTime(quiet.start);
  const end = parseLocalTime(quiet.end);
  if (!start || !end) throw new RangeError('Quiet hours need times like 22:00 and 07:00.');
  if (quiet.start === quiet.end) return new Date(due);

  const wall = instantToWall(due, quiet.timeZone);
  const now = wallFields(wall);
  const minute = now.hour * 60 + now.minute;
  const startMin = start.hour * 60 + start.minute;
  const endMin = end.hour * 60 + end.minute;
  const today = formatWallDate(wall);

  let endsOn: LocalDate | null = null;
  if (startMin < endMin) {
    if (minute >= startMin && minute < endMin) endsOn = today;
  } else if (minute >= startMin) {
    endsOn = addDays(today, 1); // crosses midnight, entered in the evening
  } else if (minute < endMin) {
    endsOn = today; // crosses midnight, entered after midnight
  }
  if (endsOn === null) return new Date(due);
  return new Date(firstInstantAtOrAfterWall(wallMs(endsOn, quiet.end), quiet.timeZone, due));
}

/**
 * When to remind someone `minutesBefore` an occurrence: elapsed time, not wall time, so
 * "30 minutes before" is 30 real minutes even across a DST change. Apply quiet hours after.
 */
export function reminderTime(occurrenceUtc: Date, minutesBefore: number): Date {
  const t = instantOf(occurrenceUtc, 'occurrenceUtc');
  if (!Number.isInteger(minutesBefore) || minutesBefore < 0 || minutesBefore > MAX_REMINDER_MINUTES) {
    throw new RangeError(`minutesBefore must be a whole number from 0 to ${MAX_REMINDER_MINUTES}.`);
  }
  return new Date(t - minutesBefore * 60_000);
}
