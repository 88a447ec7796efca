/*
 * Where a person privately stands, and the next small steps Today suggests for it. The stance
 * is the person's own (a private-only item); the partner never sees it, and nothing here is
 * about them. Pure: the page passes in what exists.
 */

import type { Stance } from '../../shared/today/content.js';

export { STANCES, type Stance, type StanceContent } from '../../shared/today/content.js';

/** How each stance reads, in the person's own voice. */
export const STANCE_LABELS: Record<Stance, string> = {
  broke_trust: 'I broke trust',
  was_hurt: 'I was hurt',
  both: 'Both',
  not_sure: "I'm not sure",
};



/** What exists already, as far as the next step cares (each one the person's own, except where said). */
export interface TodayFacts {
  hasPartner: boolean;
  wroteReflection: boolean;
  wroteApology: boolean;
  madePromise: boolean;
  checkedInToday: boolean;
  hasAgreement: boolean;
  /** The partner asked this person something they have not answered and shared yet (answering is a step). */
  questionsFromPartner: boolean;
  /** Today's prompt is there and this person hasn't answered it (never while either asked for space). */
  promptWaiting?: boolean;
  /** One of their own promises was due today and isn't marked yet. */
  promiseDueToday?: boolean;
  /** The partner answered their apology since they last wrote one (something to read, for the one who apologized). */
  apologyAnswered?: boolean;
}

/** One suggested step: what to do, why it helps, and where. */
export interface Step {
  id: string;
  text: string;
  why: string;
  href: string;
}

const S = {
  reflect: { id: 'reflect', text: 'Write, just for yourself, what happened and how it felt.', why: 'Putting it into words privately comes before sharing anything.', href: '/practices/understand' },
  reflectLed: { id: 'reflect-led', text: 'Write, just for yourself, what led up to what happened — context, not excuses.', why: 'Understanding how it happened helps both of you trust that it won\u2019t again.', href: '/practices/understand' },
  apology: { id: 'apology', text: 'Start an apology that names the specific hurt and takes responsibility.', why: 'A real apology names what you did and its impact, with no \u201cbut\u201d.', href: '/practices/apologize' },
  apologyMore: { id: 'apology-more', text: 'Look at your apology again, or add to it. Apologies often come more than once.', why: 'Sincerity shows over time, in words and in kept promises.', href: '/practices/apologize' },
  answer: { id: 'answer', text: 'Your partner asked you something. Answer when you can, fully and honestly.', why: 'Truth that arrives in drips hurts again; a full answer helps.', href: '/practices/understand/questions' },
  promise: { id: 'promise', text: 'Make one small promise you can keep this week.', why: 'Trust grows back from small promises kept again and again.', href: '/practices/promises' },
  promiseMark: { id: 'promise-mark', text: 'Mark how your promises went — kept or not, honestly.', why: 'An honest record is what makes consistency visible.', href: '/practices/promises' },
  questions: { id: 'questions', text: 'If there is something you need to know, you can ask it — at a pace you set.', why: 'Questions answered honestly help the story make sense.', href: '/practices/understand/questions' },
  checkin: { id: 'checkin', text: 'Take a minute for a private check-in: how are you, today?', why: 'Noticing how you are, day by day, shows healing over weeks.', href: '/practices/healing' },
  note: { id: 'note', text: 'Send a short note about one specific thing you noticed.', why: 'Small, specific words land better than big ones.', href: '/practices/notes' },
  ritual: { id: 'ritual', text: 'Suggest a small ritual — a walk, a coffee, ten minutes together.', why: 'Regular time together turns closeness into a habit.', href: '/practices/rituals' },
  agreement: { id: 'agreement', text: 'Think of one thing that would help you feel safer, and propose it as an agreement.', why: 'Agreements you both accept make expectations clear, not assumed.', href: '/practices/agreements' },
  conversation: { id: 'conversation', text: 'Prepare privately for a conversation: what you feel, what worries you, what you need.', why: 'Preparing first makes \u201cI\u201d statements easier in the moment.', href: '/practices/agreements' },
  forgiveness: { id: 'forgiveness', text: 'When you feel ready — and only then — read the reflections on letting go.', why: 'There is no hurry. Forgiveness is a process, not a deadline.', href: '/practices/forgiveness' },
  prompt: { id: 'prompt', text: 'Today\u2019s prompt is waiting for your answer, when you have a moment.', why: 'You each answer privately; both answers show only once you have both answered.', href: '/practices/closeness' },
  promiseDue: { id: 'promise-due', text: 'One of your promises was due today. Mark how it went, honestly.', why: 'Kept or not, an honest record is what makes consistency visible.', href: '/practices/promises' },
  apologyAnswered: { id: 'apology-answered', text: 'Your partner answered your apology. Read it when you\u2019re ready.', why: 'What they heard, or what they still need, shows you where to go next.', href: '/practices/apologize' },
  invite: { id: 'invite', text: 'When you\u2019re ready, invite your partner. Everything you write stays private until you share it.', why: 'You can start alone; sharing is always your choice.', href: '/couple' },
} as const satisfies Record<string, Step>;

/** The most steps Today shows at once: a few, not a list of tasks. */
export const MAX_STEPS = 3;

/**
 * A few next small steps for this person's stance, in order, skipping what they already did,
 * and drawn from every practice: a check-in, a prompt waiting, a promise due today, an answer
 * to one's own apology. Without a stance, steps that fit anyone; without a partner, only what
 * one person can do alone. Never anything that presses the hurt partner to forgive or to
 * respond: forgiveness appears last, and only as "when you feel ready".
 */
export function nextSteps(stance: Stance | null, facts: TodayFacts): Step[] {
  const out: Step[] = [];
  const add = (step: Step, when = true) => {
    if (when && !out.some((s) => s.id === step.id)) out.push(step);
  };
  const prompt = facts.hasPartner && !!facts.promptWaiting;
  const promiseDue = !!facts.promiseDueToday;
  const answered = !!facts.apologyAnswered;
  const broke = () => {
    add(S.answer, facts.questionsFromPartner);
    add(S.apologyAnswered, answered);
    add(S.promiseDue, promiseDue);
    add(S.apology, !facts.wroteApology);
    add(S.promise, !facts.madePromise);
    add(S.reflectLed, !facts.wroteReflection);
    add(S.prompt, prompt);
    add(S.apologyMore, facts.wroteApology);
    add(S.promiseMark, facts.madePromise);
    add(S.note, facts.hasPartner);
  };
  const hurt = () => {
    add(S.reflect, !facts.wroteReflection);
    add(S.checkin, !facts.checkedInToday);
    add(S.prompt, prompt);
    add(S.promiseDue, promiseDue);
    add(S.questions, facts.hasPartner);
    add(S.agreement, facts.hasPartner && !facts.hasAgreement);
    add(S.note, facts.hasPartner);
    add(S.apologyAnswered, answered);
    add(S.forgiveness);
  };
  if (!facts.hasPartner) add(S.invite);
  if (stance === 'broke_trust') broke();
  else if (stance === 'was_hurt') hurt();
  else if (stance === 'both') {
    // Hurt runs both ways: one step from each side, then what helps either.
    add(S.answer, facts.questionsFromPartner);
    add(S.apologyAnswered, answered);
    add(S.promiseDue, promiseDue);
    add(S.reflect, !facts.wroteReflection);
    add(S.apology, !facts.wroteApology);
    add(S.checkin, !facts.checkedInToday);
    add(S.prompt, prompt);
    add(S.conversation, facts.hasPartner);
    add(S.promise, !facts.madePromise);
  } else {
    add(S.promiseDue, promiseDue);
    add(S.checkin, !facts.checkedInToday);
    add(S.prompt, prompt);
    add(S.apologyAnswered, answered);
    add(S.reflect, !facts.wroteReflection);
    add(S.conversation, facts.hasPartner);
    add(S.ritual, facts.hasPartner);
  }
  add(S.checkin, !facts.checkedInToday);
  add(S.prompt, prompt);
  add(S.ritual, facts.hasPartner);
  return out.slice(0, MAX_STEPS);
}
