import { MEASURE_WORDS, type Measure } from './checkin.js';
import { addDays } from './dates.js';
import type { DatedValue } from './series.js';

/*
 * Plain words for how one measure has moved, for the line under a chart. Describes, never
 * grades (VOICE.md): a rise is noticed without praise, a fall is "a harder week" and named
 * as part of healing, and no check-ins is simply that.
 */

/** Changes no larger than this, on the 0–10 scale, read as steady: 5% of the range. */
export const STEADY_BAND = 0.5;

/** How a measure has moved over the last week. */
export type Movement = 'rising' | 'falling' | 'steady' | 'early' | 'quiet';

/**
 * The latest 7-day average in the last seven days ending on `to`, against the latest one in
 * the seven days before: `quiet` with none recently, `early` with nothing to compare with yet.
 */
export function weekMovement(averages: readonly DatedValue[], to: string, band = STEADY_BAND): { movement: Movement; recent: number | null; previous: number | null } {
  const latestIn = (from: string, until: string) =>
    [...averages].filter((p) => p.date >= from && p.date <= until).sort((a, b) => a.date.localeCompare(b.date)).at(-1)?.value ?? null;
  const recent = latestIn(addDays(to, -6), to);
  const previous = latestIn(addDays(to, -13), addDays(to, -7));
  if (recent === null) return { movement: 'quiet', recent, previous };
  if (previous === null) return { movement: 'early', recent, previous };
  // Rounded so floating-point noise never decides a direction.
  const change = Math.round((recent - previous) * 1e6) / 1e6;
  return { movement: change > band ? 'rising' : change < -band ? 'falling' : 'steady', recent, previous };
}

/**
 * One sentence about a measure's week. `name` is the partner's name when describing their
 * shared trend; without it, the sentence speaks to the person ("your").
 */
export function describeMovement(measure: Measure, movement: Movement, name?: string): string {
  const noun = MEASURE_WORDS[measure].noun;
  const whose = name ? `${name}'s` : 'your';
  const Whose = name ? `${name}'s` : 'Your';
  switch (movement) {
    case 'rising':
      return `${Whose} ${noun} has been rising over the last week.`;
    case 'falling':
      return `A harder week for ${whose} ${noun} — that's part of healing, not a step back.`;
    case 'steady':
      return `${Whose} ${noun} has stayed about the same this week. Steady is part of healing too.`;
    case 'early':
      return `It's early days for ${whose} ${noun}. After another week of check-ins, you'll see how it's moving.`;
    case 'quiet':
      return name ? `No check-ins from ${name} in the last week of this summary.` : "No check-ins in the last week — that's all right. The line picks up whenever you check in.";
  }
}

/**
 * One sentence for every measure at once, when none has anything of its own to say yet
 * (all early, or all quiet): four sentences saying the same thing would only be noise.
 */
export function describeTogether(movement: 'early' | 'quiet', name?: string): string {
  if (movement === 'quiet') return describeMovement('trust', 'quiet', name);
  return name
    ? `It's early days for ${name}'s trend. After another week of check-ins, it will start to show how things are moving.`
    : "It's early days. After another week of check-ins, you'll start to see how things are moving.";
}
