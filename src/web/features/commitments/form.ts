import { commitmentContentSchema, WHAT_MAX, type CommitmentContent } from '../../../core/commitments/index.js';
import { checkScheduledForm, type CheckedForm, type ScheduleFormValues } from '../scheduled/form.js';
import type { ScheduledFormWords } from '../scheduled/ScheduledForm.js';

/*
 * The promise form: the scheduled practices' form (../scheduled) with a promise's words,
 * checked as a promise's content. A promise is yours alone to keep and mark.
 */

/** What the promise form says. */
export const PROMISE_FORM_WORDS: ScheduledFormWords = {
  className: 'form promise-form',
  whatLabel: 'Your promise',
  whatHint: 'Something small and specific you can do, like “Call if I\'m running more than 15 minutes late.”',
  whatMax: WHAT_MAX,
  noteLabel: 'Why it matters (optional)',
  remindLabel: 'Remind me',
  privateLabel: 'Keep this just for me',
  privateHint: (partnerName) =>
    partnerName ? `A personal intention: ${partnerName} won't see it or its marks. You can share it later.` : 'Until your partner joins, every promise is yours alone.',
};

/** A checked promise form: the content and schedule to store, or a message per field. */
export type CheckedPromise = CheckedForm<CommitmentContent>;

/** Checks the words as a promise's, and the schedule as every scheduled practice's. */
export function checkPromiseForm(v: ScheduleFormValues, timeZone: string, now: Date): CheckedPromise {
  return checkScheduledForm(v, timeZone, now, { schema: commitmentContentSchema, content: (what, note) => (note === undefined ? { what } : { what, note }) });
}
