import { safetyCheckTakenSchema, type SafetyCheckTaken } from '../../shared/safety/content.js';
import type { SafetyAnswer, SafetyQuestionId } from '../../shared/safety/ids.js';
import { SAFETY_QUESTIONS } from './questions.js';

/*
 * What the answers mean for what Mend offers next. The triage line follows EVIDENCE.md §5:
 * injury, fear of serious harm now, and threats to kill are urgent; any fear of the partner,
 * threats, sexual coercion or control is a concern. Low-level conflict is not asked about at
 * all. "Not sure" and "sometimes" count: people in danger often minimise. "I'd rather not say"
 * is never held against anyone, but it is noted so the result can say help is there anyway.
 */

/** The three results. */
export type SafetyLevel = 'none' | 'concern' | 'urgent';

/** Answers by question; a question left out is unanswered. */
export type SafetyAnswers = Partial<Record<SafetyQuestionId, SafetyAnswer>>;

/** The result of one check, with the reasons for it. */
export interface SafetyAssessment {
  level: SafetyLevel;
  /** The questions whose answers make it urgent, in the order asked. */
  urgent: SafetyQuestionId[];
  /** Every question whose answer signals risk (urgent ones included), in the order asked. */
  reasons: SafetyQuestionId[];
  /** Questions the person chose not to answer. */
  declined: SafetyQuestionId[];
}

/** The answers that make each question urgent on their own. */
const URGENT_WHEN: Partial<Record<SafetyQuestionId, readonly SafetyAnswer[]>> = {
  hurt: ['yes'],
  afraid_now: ['yes', 'not_sure'],
  threat_to_kill: ['yes'],
};

const SIGNAL: readonly SafetyAnswer[] = ['yes', 'sometimes', 'not_sure'];

/** Reads one check's answers: no signal, a concern, or urgent, and why. */
export function assessSafety(answers: SafetyAnswers): SafetyAssessment {
  const urgent: SafetyQuestionId[] = [];
  const reasons: SafetyQuestionId[] = [];
  const declined: SafetyQuestionId[] = [];
  for (const q of SAFETY_QUESTIONS) {
    const a = answers[q.id];
    if (a === undefined) continue;
    if (a === 'rather_not_say') declined.push(q.id);
    if (SIGNAL.includes(a)) reasons.push(q.id);
    if (URGENT_WHEN[q.id]?.includes(a)) urgent.push(q.id);
  }
  const level: SafetyLevel = urgent.length > 0 ? 'urgent' : reasons.length > 0 ? 'concern' : 'none';
  return { level, urgent, reasons, declined };
}

/** A short, kind sentence for each reason, said back to the person on the result screen. */
export const SAFETY_REASON_WORDS: Readonly<Record<SafetyQuestionId, string>> = {
  hurt: 'Your partner has hurt you physically.',
  afraid: 'You feel afraid of your partner.',
  afraid_now: 'You may be in danger of serious harm.',
  threats: 'Your partner has used threats.',
  threat_to_kill: 'Your partner has threatened your life.',
  sex: 'You have been pressured into something sexual.',
  phone: 'Your partner watches your phone, messages or whereabouts.',
  money: 'Your partner keeps money from you.',
  movement: 'Your partner limits where you go or who you see.',
};

/** A completed check ready to store, with its result worked out from the answers (never taken from the caller). */
export function safetyCheckContent(takenAt: Date, answers: SafetyAnswers): SafetyCheckTaken {
  return safetyCheckTakenSchema.parse({ type: 'check', takenAt: takenAt.toISOString(), answers, level: assessSafety(answers).level });
}
