/**
 * Quoted speech. When a person reports what someone said — `you said "I'm sorry you feel
 * that way"` — those words are not theirs, so the coach must neither flag them nor credit
 * them. A quotation counts as *reported* when a speech verb frames it (before: "you said",
 * "he told me:", "I was like"; after: `", you said"`). Unframed quotation marks (scare quotes,
 * or a whole statement wrapped in quotes) stay the writer's own words.
 */

/** A quoted region: offsets of the opening and closing marks (inclusive start, exclusive end). */
export interface QuoteSpan {
  start: number;
  end: number;
  reported: boolean;
}

// A speech verb (any tense) or "like"/"went" as colloquial quotatives, right before the quote.
const FRAME_BEFORE = /\b(?:said|say|says|saying|told|tell|tells|telling|wrote|write|writes|writing|texted|text|texts|messaged|asked|ask|asks|called|call|yelled|shouted|screamed|replied|reply|answered|went|goes|like|claimed|claim|claims|heard|hear|read|typed|whispered|muttered|snapped|insisted|promised|posted|put it|words were|words)\s*(?:to\s+(?:me|you|him|her|them|us)\s*)?(?:,|:|-|—)?\s*$/;
// After the closing mark: `", you said` / `" he told me`.
const FRAME_AFTER = /^\s*[,.]?\s*(?:you|he|she|they|i|we|my \w+|your \w+|[a-z]+)\s+(?:said|say|says|told|wrote|texted|asked|replied|yelled|shouted|messaged|typed|answered|went|claimed)\b/;

/** Pair quotation marks in `norm` (apostrophes and curly marks already normalized to ' and "). */
export function findQuotes(norm: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < norm.length; i++) {
    if (norm.charCodeAt(i) !== 34 /* " */) continue;
    if (open < 0) {
      open = i;
    } else {
      const start = open;
      const end = i + 1;
      open = -1;
      // Frames are looked for within the same line, at most ~40 characters away.
      const lineStart = Math.max(norm.lastIndexOf('\n', start) + 1, start - 40);
      const before = norm.slice(lineStart, start);
      const after = norm.slice(end, Math.min(norm.length, end + 40));
      const reported = FRAME_BEFORE.test(before) || FRAME_AFTER.test(after);
      out.push({ start, end, reported });
    }
  }
  return out;
}

/** Replace the inside of reported quotations with spaces (same length, so offsets stay true). */
export function maskReported(norm: string, quotes: QuoteSpan[]): string {
  let out = norm;
  for (const q of quotes) {
    if (!q.reported) continue;
    out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  }
  return out;
}
