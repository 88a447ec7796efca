import type { CommitmentContent } from '../../../core/commitments/index.js';
import type { ScheduledPractice } from '../scheduled/practice.js';
import { createPromise, savePlan } from './actions.js';
import { checkPromiseForm, PROMISE_FORM_WORDS } from './form.js';
import { DRAFT_KEYS } from './model.js';

/** Promises in the scheduled module's terms: yours alone to keep and mark, kept or missed. */
export const PROMISES: ScheduledPractice<CommitmentContent> = {
  kindWord: 'promise',
  form: PROMISE_FORM_WORDS,
  check: checkPromiseForm,
  draftKeys: DRAFT_KEYS,
  create: createPromise,
  savePlan,
  card: {
    className: 'card promise',
    testId: 'own-promise',
    historyTitle: 'Week by week',
    foldTestId: 'promise-plan-fold',
    endTitle: 'End this promise?',
    savedChange: 'Saved. Times already past keep their marks.',
  },
  make: {
    headingId: 'new-heading',
    title: 'Make a promise',
    foldSummary: 'Make a new promise',
    foldTestId: 'new-promise-fold',
    why: 'trust grows back from small, specific promises kept again and again.',
    whyInFold: true,
    submitLabel: (partnerName) => (partnerName !== null ? 'Make this promise' : 'Save this promise'),
    savedPrivately: 'Saved, just for you.',
  },
};
