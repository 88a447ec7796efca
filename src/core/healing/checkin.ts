import { z } from 'zod';

/*
 * Practice 9, the daily check-in: four scores and an optional note, inside the encrypted
 * content of a `checkin` item (private only; the server refuses to share it). Scores run
 * 0–10 rather than 1–10 so "none at all" has a place: on the worst days, that is the honest
 * answer, and it should never feel off the scale.
 */

/** The four things a check-in asks about, in the order they are asked. */
export const MEASURES = ['trust', 'safety', 'hope', 'mood'] as const;
/** One of the four measures. */
export type Measure = (typeof MEASURES)[number];

/** The lowest score: "none at all". */
export const SCORE_MIN = 0;
/** The highest score: "completely". */
export const SCORE_MAX = 10;
/** Longest note on a check-in, in characters. */
export const CHECKIN_NOTE_MAX = 1000;

/** What each measure is called on screen and in a sentence. */
export const MEASURE_WORDS: Readonly<Record<Measure, { label: string; noun: string; question: string; low: string; high: string }>> = {
  trust: { label: 'Trust', noun: 'trust', question: 'How much do you trust your partner today?', low: 'Not at all', high: 'Completely' },
  safety: { label: 'Safety', noun: 'sense of safety', question: 'How safe do you feel with your partner today?', low: 'Not at all', high: 'Completely' },
  hope: { label: 'Hope', noun: 'hope', question: 'How hopeful do you feel about the two of you?', low: 'Not at all', high: 'Very hopeful' },
  mood: { label: 'Mood', noun: 'mood', question: 'How is your mood today, overall?', low: 'Very low', high: 'Very good' },
};

/** A calendar date ('YYYY-MM-DD') that exists. */
export const localDateSchema = z.iso.date({ error: 'Use a date like 2026-03-14.' });

const score = (m: Measure) =>
  z.int({ error: `Choose a number from ${SCORE_MIN} to ${SCORE_MAX} for ${MEASURE_WORDS[m].noun}.` }).min(SCORE_MIN).max(SCORE_MAX);

/** A check-in's content: the person's local date, four whole scores from 0 to 10, and maybe a note. */
export const checkinContentSchema = z.strictObject({
  date: localDateSchema,
  trust: score('trust'),
  safety: score('safety'),
  hope: score('hope'),
  mood: score('mood'),
  note: z.string().trim().max(CHECKIN_NOTE_MAX, { error: `Keep the note to ${CHECKIN_NOTE_MAX} characters.` }).optional(),
});
/** A check-in's content. */
export type CheckinContent = z.infer<typeof checkinContentSchema>;

/** The four scores of one day (a check-in, or an average of several). */
export type Scores = Record<Measure, number>;

/** Opened content as a check-in, or null (verified content is still not trusted to be well formed). */
export function asCheckin(content: unknown): CheckinContent | null {
  const r = checkinContentSchema.safeParse(content);
  return r.success ? r.data : null;
}

/** A check-in ready to store: an empty or blank note is left out rather than kept as "". */
export function checkinContent(date: string, scores: Scores, note: string): CheckinContent {
  const trimmed = note.trim();
  return checkinContentSchema.parse({ date, ...pick(scores), ...(trimmed ? { note: trimmed } : {}) });
}

function pick(s: Scores): Scores {
  return { trust: s.trust, safety: s.safety, hope: s.hope, mood: s.mood };
}
