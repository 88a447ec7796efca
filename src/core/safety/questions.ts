import type { SafetyAnswer, SafetyQuestionId } from '../../shared/safety/ids.js';

/*
 * The private safety check (EVIDENCE.md §5): a few plain questions, asked of each partner
 * alone, about injury, fear of the partner, sexual coercion, threats, and control of phone,
 * money or movement. The wording is Mend's own — it follows the topics research names, not a
 * licensed screener's items — and it is never a diagnosis: it decides only what Mend offers
 * next (resources, the individual path, a quiet hold). The answers live in a private-only
 * `safety_check` item; nothing here is ever seen by the partner.
 */

/** How each answer reads on screen. */
export const SAFETY_ANSWER_LABELS: Readonly<Record<SafetyAnswer, string>> = {
  no: 'No',
  sometimes: 'Sometimes',
  not_sure: "I'm not sure",
  yes: 'Yes',
  rather_not_say: "I'd rather not say",
};

/** What each question is about, so the result can name it kindly. */
export type SafetyTopic = 'injury' | 'fear' | 'threats' | 'sexual_coercion' | 'control';

/** One question of the check. */
export interface SafetyQuestion {
  id: SafetyQuestionId;
  topic: SafetyTopic;
  text: string;
  /** The answers offered, in order. */
  answers: readonly SafetyAnswer[];
}

const PATTERN: readonly SafetyAnswer[] = ['no', 'sometimes', 'yes', 'rather_not_say'];
const EVENT: readonly SafetyAnswer[] = ['no', 'not_sure', 'yes', 'rather_not_say'];

/** The check's questions in Mend's own words. */
export const SAFETY_QUESTIONS: readonly SafetyQuestion[] = [
  { id: 'hurt', topic: 'injury', text: 'In the last year, has your partner hurt you physically — for example pushed, hit, grabbed or held you by the neck?', answers: EVENT },
  { id: 'afraid', topic: 'fear', text: 'Do you feel afraid of your partner, or of how they might react to something you say or do?', answers: PATTERN },
  { id: 'afraid_now', topic: 'fear', text: 'Right now, are you afraid that your partner could seriously hurt you?', answers: EVENT },
  { id: 'threats', topic: 'threats', text: 'Has your partner threatened to hurt you, someone you love, a pet, or themselves, to get their way?', answers: PATTERN },
  { id: 'threat_to_kill', topic: 'threats', text: 'Has your partner ever said they would kill you, or threatened you with a weapon?', answers: EVENT },
  { id: 'sex', topic: 'sexual_coercion', text: 'Has your partner pressured or forced you into sex, or anything sexual, that you did not want?', answers: PATTERN },
  { id: 'phone', topic: 'control', text: 'Does your partner check your phone or messages, track where you are, or insist on your passwords?', answers: PATTERN },
  { id: 'money', topic: 'control', text: 'Does your partner keep you from having or using money of your own?', answers: PATTERN },
  { id: 'movement', topic: 'control', text: 'Does your partner decide where you can go or who you can see?', answers: PATTERN },
];

/** One line under the questions: why Mend asks (VOICE.md: explain why we ask). */
export const SAFETY_CHECK_WHY =
  'Working on a relationship together is only safe when neither of you is afraid of the other. These questions help Mend show you what may help — your answers stay with you alone.';
