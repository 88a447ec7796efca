import { z } from 'zod';

/*
 * Practice 9, time to heal: what a check-in, a shared trend, a questionnaire sitting and its
 * shared summary hold inside their encrypted content. Scores run 0–10 rather than 1–10 so
 * "none at all" has a place: on the worst days, that is the honest answer.
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

/** Longest message with a shared trend, in characters. */
export const SHARE_WORDS_MAX = 500;
/** A week's average is shared only with at least this many check-ins in it. */
export const TREND_MIN_PER_WEEK = 3;
/** How many whole weeks, back from the last one finished, a shared trend looks at. */
export const TREND_WEEKS = 4;
// A year of daily points at most: more than any span the page offers, small enough for the kind's 16 KB.
const MAX_POINTS = 366;

const average = z.number().min(SCORE_MIN).max(SCORE_MAX);

/** One point of a shared trend: an average of the check-ins up to its date (a week's, ending that Sunday). */
export const trendPointSchema = z.strictObject({ date: localDateSchema, trust: average, safety: average, hope: average, mood: average });
/** One point of a shared trend. */
export type TrendSharePoint = z.infer<typeof trendPointSchema>;

/**
 * The content of a `trend_share` item: a span of days, its averages, and the sharer's words.
 * `per: 'week'` marks whole-week averages (each point dated by its Sunday); shares made
 * before it have the older 7-day points.
 */
export const trendShareSchema = z.strictObject({
  from: localDateSchema,
  to: localDateSchema,
  per: z.literal('week').optional(),
  series: z.array(trendPointSchema).max(MAX_POINTS),
  words: z.string().trim().max(SHARE_WORDS_MAX, { error: `Keep your words to ${SHARE_WORDS_MAX} characters.` }).optional(),
});
/** The content of a `trend_share` item. */
export type TrendShareContent = z.infer<typeof trendShareSchema>;

const scoreValue = z.number().finite().nullable();
const scoresSchema = z.strictObject({
  total: scoreValue,
  subscales: z.record(z.string().max(64), scoreValue),
  answered: z.int().min(0),
  missing: z.array(z.string().max(64)).max(200),
});

/** A private sitting: answers and scores. */
export const resultContentSchema = z.strictObject({
  instrumentId: z.string().min(1).max(64),
  version: z.int().min(1),
  takenOn: z.iso.datetime(),
  answers: z.record(z.string().max(64), z.int().nullable()),
  scores: scoresSchema,
});
/** A private sitting. */
export type ResultContent = z.infer<typeof resultContentSchema>;

/** What the partner is shown of a sitting: the scores alone, pointing at the private result it summarises. */
export const resultSummarySchema = z.strictObject({
  instrumentId: z.string().min(1).max(64),
  version: z.int().min(1),
  takenOn: z.iso.datetime(),
  scores: scoresSchema,
  summaryOf: z.uuid(),
});
/** A shared summary of a sitting. */
export type ResultSummary = z.infer<typeof resultSummarySchema>;

