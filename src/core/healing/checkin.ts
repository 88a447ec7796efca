import { CHECKIN_NOTE_MAX, checkinContentSchema, localDateSchema, MEASURE_WORDS, MEASURES, SCORE_MAX, SCORE_MIN, type CheckinContent, type Measure, type Scores } from '../../shared/healing/content.js';

/*
 * Practice 9, the daily check-in: four scores and an optional note, inside the encrypted
 * content of a `checkin` item (private only; the server refuses to share it). Its shape is
 * src/shared/healing/content.ts.
 */

export { CHECKIN_NOTE_MAX, checkinContentSchema, localDateSchema, MEASURE_WORDS, MEASURES, SCORE_MAX, SCORE_MIN, type CheckinContent, type Measure, type Scores };

/** A check-in ready to store: an empty or blank note is left out rather than kept as "". */
export function checkinContent(date: string, scores: Scores, note: string): CheckinContent {
  const trimmed = note.trim();
  return checkinContentSchema.parse({ date, ...pick(scores), ...(trimmed ? { note: trimmed } : {}) });
}

function pick(s: Scores): Scores {
  return { trust: s.trust, safety: s.safety, hope: s.hope, mood: s.mood };
}
