import type { RitualContent } from '../../../core/rituals/index.js';
import type { ScheduledPractice } from '../scheduled/practice.js';
import { createRitual, saveRitualPlan } from './actions.js';
import { checkRitualForm, RITUAL_FORM_WORDS } from './form.js';
import { DRAFT_KEYS } from './model.js';

/** Rituals in the scheduled module's terms: the two of you, "we did it", nothing counted. */
export const RITUALS: ScheduledPractice<RitualContent> = {
  kindWord: 'ritual',
  form: RITUAL_FORM_WORDS,
  check: checkRitualForm,
  draftKeys: DRAFT_KEYS,
  create: createRitual,
  savePlan: saveRitualPlan,
  card: {
    className: 'card promise ritual',
    testId: 'ritual',
    historyTitle: "Times you've shared",
    foldTestId: 'ritual-plan-fold',
    endTitle: 'End this ritual?',
    savedChange: 'Saved. Times already past stay as they were.',
  },
  make: {
    headingId: 'new-ritual-heading',
    title: 'Make a ritual',
    foldSummary: 'Make a new ritual',
    foldTestId: 'new-ritual-fold',
    why: "rituals are predictable moments of connection. Knowing the time is coming — and that you'll both be there — rebuilds a sense of safety.",
    whyInFold: false,
    submitLabel: (partnerName) => (partnerName !== null ? `Share with ${partnerName}` : 'Save this ritual'),
    savedPrivately: 'Saved, just for you for now.',
  },
};
