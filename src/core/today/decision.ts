/*
 * After "Do you want to keep working on this?": private, gentle next steps for the person's own
 * answer. Shown only to them; nothing here says or guesses anything about the partner's answer.
 * Pure wording: the page renders it.
 */

/** The three answers, as the decision point asks them. */
export type DecisionChoice = 'yes' | 'not_sure' | 'no';

/** One next step after an answer: what, a one-line why, and where. */
export interface DecisionStep {
  id: string;
  text: string;
  why: string;
  href: string;
}

/** What follows one answer: a kind opening line, a few steps, and a closing reassurance. */
export interface DecisionNext {
  lead: string;
  steps: readonly DecisionStep[];
  closing: string;
}

const CHANGE = 'You can change your answer any time this month. Only you see it.';

const NEXT: Record<DecisionChoice, DecisionNext> = {
  yes: {
    lead: 'Thank you for saying so. A few ways to keep going, at your own pace:',
    steps: [
      { id: 'practices', text: 'Pick one practice for the weeks ahead.', why: 'Trust comes back through small acts, one at a time.', href: '/practices' },
      { id: 'promise', text: 'Make one small promise you can keep.', why: 'Promises kept, again and again, are what others come to rely on.', href: '/practices/promises' },
      { id: 'note', text: 'Send a short note about something specific you noticed.', why: 'Noticed efforts are the ones that keep happening.', href: '/practices/notes' },
    ],
    closing: CHANGE,
  },
  not_sure: {
    lead: 'Not sure is an honest answer, and a common one. Some things that can help you find out:',
    steps: [
      {
        id: 'therapist',
        text: 'Talk it through with a couples therapist — together, or on your own first.',
        why: 'Someone trained and outside the two of you can help you hear what you each want.',
        href: '/practices/therapist',
      },
      {
        id: 'conversation',
        text: 'Prepare a conversation about where you each are.',
        why: 'Sorting out privately what you feel and need makes the talk itself easier.',
        href: '/practices/agreements',
      },
      { id: 'checkin', text: 'Take a private check-in: how are you, today?', why: 'Seeing how you are over a few weeks can make the answer clearer.', href: '/practices/healing' },
    ],
    closing: CHANGE,
  },
  no: {
    lead: 'Thank you for being honest with yourself. Deciding to part is not a failure — it can be a caring choice, for you both.',
    steps: [
      {
        id: 'safety',
        text: 'Safety and support: people to talk to, and help if you don’t feel safe.',
        why: 'Parting can be a hard time. You don’t have to go through it alone.',
        href: '/safety',
      },
      {
        id: 'leave',
        text: 'When you’re ready, you can leave the couple space in Mend.',
        why: 'You each keep everything you wrote, and neither of you can read the other’s any more.',
        href: '/couple',
      },
      {
        id: 'therapist',
        text: 'A couples therapist can also help you part with care.',
        why: 'Ending well matters, especially where there are children, a home or shared friends.',
        href: '/practices/therapist',
      },
    ],
    closing: CHANGE,
  },
};

/** The private next steps after the person's own answer. */
export function decisionNextSteps(answer: DecisionChoice): DecisionNext {
  return NEXT[answer];
}

/** How long after pairing before the monthly question is first asked: the first week is for settling in. */
export const DECISION_FIRST_ASKED_AFTER_DAYS = 7;

/**
 * Whether Today asks "Do you want to keep working on this?" yet: from the second week after
 * both partners were first in the space, never in the first days.
 */
export function decisionAsked(pairedAt: string, now: Date): boolean {
  const t = Date.parse(pairedAt);
  return !Number.isNaN(t) && now.getTime() - t >= DECISION_FIRST_ASKED_AFTER_DAYS * 86_400_000;
}
