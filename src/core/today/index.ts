/*
 * The Today page's own logic: a person's private stance and the next small steps it suggests,
 * "I need some space" until when, and the private next steps after the monthly decision. Pure: no I/O.
 */
export { MAX_STEPS, nextSteps, STANCE_LABELS, STANCES, type Stance, type StanceContent, type Step, type TodayFacts } from './stance.js';
export { describeUntil, pickDate, pickUntil, SPACE_LAST_DAY, SPACE_MESSAGE_MAX, SPACE_PICKS, spaceDateBounds, spaceUntil, todayIn, type SpacePick } from './space.js';
export { DECISION_FIRST_ASKED_AFTER_DAYS, decisionAsked, decisionNextSteps, type DecisionChoice, type DecisionNext, type DecisionStep } from './decision.js';
export { apologyAnswerWaiting, promiseDueToday, questionWaiting, type PromiseToday } from './facts.js';
