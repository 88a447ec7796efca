import { ritualContentSchema, type RitualContent } from '../../../core/rituals/index.js';
import type { Schedule } from '../../../core/schedules/index.js';
import { checkPromiseForm, emptyForm, type PromiseErrors, type PromiseFormValues } from '../commitments/form.js';

/*
 * The ritual form keeps the promise form's values (`what` holds the ritual's name) so the
 * schedule fields, their checks and their drafts are the same code for both practices.
 */

/** A fresh ritual form: weekly on today's weekday at 19:00, reminder 30 minutes before. */
export function emptyRitualForm(now: Date, timeZone: string): PromiseFormValues {
  return emptyForm(now, timeZone);
}

/** A checked ritual form: what to store, or a message per field. */
export type CheckedRitual =
  | { ok: true; content: RitualContent; schedule: Schedule; remindMinutesBefore: number | null; keepPrivate: boolean }
  | { ok: false; errors: PromiseErrors };

/** Checks the name and note as a ritual's, and the schedule exactly as a promise's. */
export function checkRitualForm(v: PromiseFormValues, timeZone: string, now: Date): CheckedRitual {
  const errors: PromiseErrors = {};
  const content = ritualContentSchema.safeParse(v.note.trim() ? { title: v.what, note: v.note } : { title: v.what });
  if (!content.success) {
    for (const i of content.error.issues) {
      const field = i.path[0] === 'note' ? 'note' : 'what';
      errors[field] ??= i.message;
    }
  }
  // The words are checked above; a stand-in lets the promise checks look at the schedule alone.
  const schedule = checkPromiseForm({ ...v, what: 'ritual', note: '' }, timeZone, now);
  if (!schedule.ok) Object.assign(errors, { ...schedule.errors, ...errors });
  if (!content.success || !schedule.ok) return { ok: false, errors };
  return { ok: true, content: content.data, schedule: schedule.schedule, remindMinutesBefore: schedule.remindMinutesBefore, keepPrivate: v.keepPrivate };
}
