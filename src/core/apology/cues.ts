/**
 * A cue is one hand-written pattern plus the checks that keep it honest: how far back a
 * negator cancels it, whether a negator inside the match cancels it, and contexts that
 * rule it out. Components and flags are both lists of cues.
 */
import { containsNegator, negatedBefore } from './negation.js';

/** One pattern and the guards that decide whether a match counts. */
export interface Cue {
  re: RegExp;
  /** Cheap pre-check: skip the (costlier) pattern when the sentence lacks this. */
  gate?: RegExp;
  /** Reject when a negator occurs within this many words before the match (same clause). */
  neg?: number;
  /** Reject when the match itself contains a negator ("it's not your fault" for blame). */
  noNegInside?: boolean;
  /** Reject when the whole sentence matches this. */
  notIn?: RegExp;
  /** Reject when the text right after the match matches this (e.g. "just" + "wrong"). */
  notBefore?: RegExp;
  /** Reject when the text right before the match matches this. */
  notAfter?: RegExp;
}

/** Compile a pattern source into a global, case-sensitive regex (the text is already lower-cased). */
export const rx = (source: string): RegExp => new RegExp(source, 'g');

/** Shorthand: a cue from a source string and options. */
export const cue = (source: string, opts: Omit<Cue, 're'> = {}): Cue => ({ re: rx(source), ...opts });

/** The first match of `c` in `s` that passes its guards, as [start, end) within `s`, or null. */
export function findCue(s: string, c: Cue): [number, number] | null {
  if (c.gate && !c.gate.test(s)) return null;
  if (c.notIn && c.notIn.test(s)) return null;
  const re = c.re;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const a = m.index;
    const b = a + m[0].length;
    if (b === a) {
      re.lastIndex++;
      continue;
    }
    if (c.neg !== undefined && negatedBefore(s, a, c.neg)) continue;
    if (c.noNegInside && containsNegator(s, a, b)) continue;
    if (c.notBefore && c.notBefore.test(s.slice(b, b + 60))) continue;
    if (c.notAfter && c.notAfter.test(s.slice(Math.max(0, a - 60), a))) continue;
    return [a, b];
  }
  return null;
}

/** The first cue in a list that matches, or null. */
export function findAny(s: string, cues: readonly Cue[]): [number, number] | null {
  for (const c of cues) {
    const hit = findCue(s, c);
    if (hit) return hit;
  }
  return null;
}
