/**
 * A cue is one hand-written pattern plus the checks that keep it honest: how far back a
 * negator cancels it, whether a negator inside the match cancels it, and contexts that
 * rule it out. Components and flags are both lists of cues.
 */
import { canonPattern } from './contractions.js';
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

/** Every pattern compiled through `rx`/`canonRe`, so a test can check none needs a contraction. */
export const COMPILED: RegExp[] = [];

const MADE = new WeakSet<RegExp>();

/**
 * A regex over the working text, which spells contractions out (contractions.ts): the
 * source is rewritten the same way, so "didn't" in a pattern matches "didn't" and "did not".
 */
export const canonRe = (re: RegExp | string, flags = typeof re === 'string' ? '' : re.flags, guard = false): RegExp => {
  // A regex this module already made (a shared guard such as NOT_REMORSE_SORRY) is used as
  // it is: rewriting it again would compile it twice and list it twice.
  if (typeof re !== 'string' && MADE.has(re) && re.flags === flags) return re;
  const out = new RegExp(canonPattern(typeof re === 'string' ? re : re.source, guard), flags);
  MADE.add(out);
  COMPILED.push(out);
  return out;
};

/** Compile a pattern source into a global, case-sensitive regex (the text is already lower-cased). */
export const rx = (source: string): RegExp => canonRe(source, 'g');

/** Shorthand: a cue from a source string and options (every regex in it made contraction-free). */
export const cue = (source: string, opts: Omit<Cue, 're'> = {}): Cue => {
  const c: Cue = { re: rx(source), ...opts };
  if (c.gate) c.gate = canonRe(c.gate, c.gate.flags, true);
  if (c.notIn) c.notIn = canonRe(c.notIn, c.notIn.flags, true);
  if (c.notBefore) c.notBefore = canonRe(c.notBefore, c.notBefore.flags, true);
  if (c.notAfter) c.notAfter = canonRe(c.notAfter, c.notAfter.flags, true);
  return c;
};

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
