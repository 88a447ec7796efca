import { ritualContentSchema, RITUAL_TITLE_MAX, type RitualContent } from '../../../core/rituals/index.js';
import { checkScheduledForm, type CheckedForm, type ScheduleFormValues } from '../scheduled/form.js';
import type { ScheduledFormWords } from '../scheduled/ScheduledForm.js';

/*
 * The ritual form: the scheduled practices' form (../scheduled) with a ritual's words (`what`
 * holds its name), checked as a ritual's content. A ritual belongs to both of you.
 */

/** What the ritual form says. */
export const RITUAL_FORM_WORDS: ScheduledFormWords = {
  className: 'form promise-form ritual-form',
  whatLabel: 'Your ritual',
  whatHint: 'Something small you do together, again and again — like “Morning coffee, phones away.”',
  whatMax: RITUAL_TITLE_MAX,
  whatMaxLength: RITUAL_TITLE_MAX + 20,
  noteLabel: 'A note (optional)',
  remindLabel: 'Remind us',
  remindNote: 'Reminders go to both of you, each at your own quiet hours.',
  privateLabel: 'Keep it private for now',
  privateHint: (partnerName) => (partnerName ? `Rituals are for the two of you; ${partnerName} sees it once you share it.` : 'Until your partner joins, it is yours alone.'),
};

/** A checked ritual form: what to store, or a message per field. */
export type CheckedRitual = CheckedForm<RitualContent>;

/** Checks the name and note as a ritual's, and the schedule as every scheduled practice's. */
export function checkRitualForm(v: ScheduleFormValues, timeZone: string, now: Date): CheckedRitual {
  return checkScheduledForm(v, timeZone, now, { schema: ritualContentSchema, content: (title, note) => (note === undefined ? { title } : { title, note }) });
}
