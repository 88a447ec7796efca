import { type Instrument, type QuestionnaireIssue } from './schema.js';

/*
 * Scoring is pure and runs in the person's own browser: answers and scores never reach
 * the server in the clear (they are stored encrypted like every other piece of content).
 * The rules are spelled out in docs/QUESTIONNAIRES.md ("Scoring").
 */

/**
 * Answers by item id. A missing key, null or undefined all mean "skipped": people may pass
 * over any question, and the score says how much it rests on.
 */
export type Answers = Readonly<Record<string, number | null | undefined>>;

/** The scores for one sitting of an instrument. */
export interface ScoreResult {
  /** The overall score, or null when too few items were answered or the instrument has none. */
  total: number | null;
  /** Each subscale's score by id, null when too few of its items were answered. */
  subscales: Record<string, number | null>;
  /** How many items were answered. */
  answered: number;
  /** Ids of the items left unanswered, in the instrument's order. */
  missing: string[];
}

/** Thrown by score() when an answer is outside the scale or for an item the instrument doesn't have. */
export class AnswerError extends Error {
  override readonly name = 'AnswerError';
  /** Every rejected answer, with the item id as its path. */
  readonly issues: readonly QuestionnaireIssue[];

  constructor(issues: readonly QuestionnaireIssue[]) {
    super(`Some answers can't be scored:\n${issues.map((i) => `- ${i.path}: ${i.message}`).join('\n')}`);
    this.issues = issues;
  }
}

/**
 * Scores one sitting: reverse-keyed items become min + max − answer; each subscale and the
 * total are the mean (or sum) of their items, prorated over the answered ones, or null when
 * fewer than `scoring.minAnsweredShare` of their items were answered.
 */
export function score(instrument: Instrument, answers: Answers): ScoreResult {
  const { min, max } = instrument.scale;
  const values = checkedAnswers(instrument, answers);
  const reverse = new Set(instrument.reverseKeyed);
  const keyed = (itemId: string): number | undefined => {
    const v = values.get(itemId);
    return v === undefined ? undefined : reverse.has(itemId) ? min + max - v : v;
  };

  const subscales: Record<string, number | null> = {};
  for (const sub of instrument.subscales) {
    subscales[sub.id] = combine(instrument, sub.items.map(keyed));
  }

  let total: number | null = null;
  const totalRule = instrument.scoring.total;
  if (totalRule) {
    // Items of a subscale that measures the opposite of the total (say, resentment within
    // forgiveness) are turned around once more, so every item pulls the total the same way.
    const flipped = new Set(
      instrument.subscales.filter((s) => totalRule.reverseSubscales.includes(s.id)).flatMap((s) => s.items),
    );
    total = combine(
      instrument,
      instrument.items.map((item) => {
        const v = keyed(item.id);
        return v !== undefined && flipped.has(item.id) ? min + max - v : v;
      }),
    );
  }

  return {
    total,
    subscales,
    answered: values.size,
    missing: instrument.items.filter((item) => !values.has(item.id)).map((item) => item.id),
  };
}

/** Validates every answer and returns the answered ones; throws AnswerError listing all bad ones. */
function checkedAnswers(instrument: Instrument, answers: Answers): Map<string, number> {
  const { min, max } = instrument.scale;
  const known = new Set(instrument.items.map((i) => i.id));
  const values = new Map<string, number>();
  const issues: QuestionnaireIssue[] = [];
  // Object.keys, not for…in: inherited keys are not answers.
  for (const itemId of Object.keys(answers)) {
    const v = answers[itemId];
    if (!known.has(itemId)) {
      issues.push({ path: itemId, message: `"${instrument.title}" has no item "${itemId}".` });
    } else if (v === null || v === undefined) {
      continue;
    } else if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      issues.push({ path: itemId, message: `The answer must be a whole number from ${min} to ${max}; got ${String(v)}.` });
    } else {
      values.set(itemId, v);
    }
  }
  if (issues.length > 0) throw new AnswerError(issues);
  return values;
}

/**
 * Mean of the answered values, or that mean × the item count for a sum (a prorated sum, so
 * one skipped item doesn't pull a sum down as if it had been answered with zero); null below
 * the answered-share threshold.
 */
function combine(instrument: Instrument, values: (number | undefined)[]): number | null {
  const n = values.length;
  const answered = values.filter((v): v is number => v !== undefined);
  if (answered.length < requiredAnswers(n, instrument.scoring.minAnsweredShare)) return null;
  const mean = answered.reduce((a, b) => a + b, 0) / answered.length;
  return instrument.scoring.method === 'mean' ? mean : mean * n;
}

/**
 * How many of n items must be answered for a score: ceil(share × n), and always at least
 * one. The tiny epsilon keeps 0.7 × 10 (= 7.000000000000001 in floating point) at 7.
 */
export function requiredAnswers(n: number, minAnsweredShare: number): number {
  return Math.max(1, Math.ceil(minAnsweredShare * n - 1e-9));
}

/** The lowest and highest possible value of the total (default) or of one subscale. */
export function scoreRange(instrument: Instrument, subscaleId?: string): { min: number; max: number } {
  const { min, max } = instrument.scale;
  if (instrument.scoring.method === 'mean') {
    if (subscaleId !== undefined) subscaleOf(instrument, subscaleId);
    return { min, max };
  }
  const n = subscaleId === undefined ? instrument.items.length : subscaleOf(instrument, subscaleId).items.length;
  return { min: min * n, max: max * n };
}

/** Which way is hopeful for the total (default) or one subscale; charts and copy use it. */
export function hopefulDirection(instrument: Instrument, subscaleId?: string): 'up' | 'down' {
  if (subscaleId !== undefined) return subscaleOf(instrument, subscaleId).hopefulDirection;
  return instrument.scoring.total?.hopefulDirection ?? 'up';
}

function subscaleOf(instrument: Instrument, subscaleId: string) {
  const sub = instrument.subscales.find((s) => s.id === subscaleId);
  if (!sub) throw new RangeError(`"${instrument.title}" has no subscale "${subscaleId}".`);
  return sub;
}
