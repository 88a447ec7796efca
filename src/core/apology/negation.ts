/**
 * Negation scope. "I won't make excuses" is not an excuse; "it wasn't my fault" is not
 * taking responsibility; "this is not your fault" is. Each cue decides which of these
 * applies; this module only answers "is the word at `index` under a negator?" by looking
 * back a few words, stopping at a clause boundary (punctuation or a conjunction that
 * starts a new clause), so "I'm sorry, and I don't…" does not negate "sorry".
 */

// The working text spells contractions out ("did not", "cannot"), so "not" covers them all.
const NEG_WORD = /^(?:not|no|never|nothing|none|nobody|neither|nor|without|hardly|cannot)$/;
const BOUNDARY_WORD = /^(?:but|and|because|so|although|though|while|when|which|who|that|if|or|yet|since|whereas|however)$/;

/** True when a negator occurs within `maxWords` words before `index` in the same clause. */
export function negatedBefore(norm: string, index: number, maxWords = 3): boolean {
  // Walk back over at most maxWords tokens.
  let i = index;
  let words = 0;
  while (i > 0 && words < maxWords) {
    // skip spaces
    while (i > 0 && norm[i - 1] === ' ') i--;
    if (i === 0) break;
    const ch = norm[i - 1]!;
    if (/[,;:.!?()"-]/.test(ch)) return false;
    let j = i;
    while (j > 0 && /[a-z0-9']/.test(norm[j - 1]!)) j--;
    if (j === i) return false;
    const w = norm.slice(j, i);
    if (NEG_WORD.test(w)) return true;
    if (BOUNDARY_WORD.test(w)) return false;
    words++;
    i = j;
  }
  return false;
}

/** True when the text between two offsets contains a negator word. */
export function containsNegator(norm: string, start: number, end: number): boolean {
  return /\b(?:not|no|never|nothing|none|cannot)\b/.test(norm.slice(start, end));
}
