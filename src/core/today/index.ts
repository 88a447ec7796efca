/*
 * The Today page's own logic: a person's private stance and the next small steps it suggests,
 * and "I need some space" until when. Pure: no I/O.
 */
export { asStance, MAX_STEPS, nextSteps, STANCE_LABELS, STANCES, type Stance, type StanceContent, type Step, type TodayFacts } from './stance.js';
export { describeUntil, pickDate, SPACE_LAST_DAY, SPACE_PICKS, spaceDateBounds, spaceUntil, todayIn } from './space.js';
