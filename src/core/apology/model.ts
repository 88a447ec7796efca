/**
 * A small per-component classifier over one sentence, combined with the rules: logistic
 * regression over the sentence's words and word pairs (with negation marked) and over which
 * component rules fired. The rules stay the precise evidence; the weights, learned from the
 * training split of Mend's partner corpus (`npm run train:apology`), decide how far to trust
 * each rule in a partner's sentence and catch the paraphrases no rule foresaw. Pure, tiny
 * and synchronous: a few dozen look-ups per sentence, nothing fetched.
 */
import { COMPONENT_IDS, type ComponentId } from './components.js';
import { WEIGHTS } from './model-weights.js';

const NEGATOR = /^(?:not|never|no|cannot|nothing|nobody|none|without)$/;
const CLAUSE = /[,;:.!?]/;
const OWN = /\b(?:i|my|me|mine|myself|we|our|us)\b/;
const NEGATED_OWN = /\b(?:not|never|no)\s+(?:\w+\s+)?(?:i|my|me|mine|myself|we|our|us)\b/g;

/**
 * The features of one working-text sentence (lower-cased, contractions spelled out):
 * words, word pairs, words marked as negated ("!sorry" after "not"), and the rules that fired.
 */
export function sentenceFeatures(norm: string, ruleHits: readonly ComponentId[]): string[] {
  const out: string[] = ['^'];
  const re = /[a-z]+|[,;:.!?]/g;
  let m: RegExpExecArray | null;
  let prev = '^';
  let negLeft = 0;
  let n = 0;
  while ((m = re.exec(norm)) !== null) {
    const w = m[0];
    if (CLAUSE.test(w)) {
      negLeft = 0;
      prev = '|';
      continue;
    }
    n++;
    const tok = negLeft > 0 ? `!${w}` : w;
    out.push(tok, `${prev} ${tok}`);
    prev = tok;
    if (NEGATOR.test(w)) negLeft = 3;
    else if (negLeft > 0) negLeft--;
  }
  out.push(n <= 4 ? '#short' : n <= 14 ? '#medium' : '#long');
  for (const id of ruleHits) out.push(`#${id}`);
  return out;
}

/** The probability of each component for a sentence, in COMPONENT_IDS order. */
export function componentScores(norm: string, ruleHits: readonly ComponentId[]): number[] {
  const z = WEIGHTS.bias.slice();
  for (const f of sentenceFeatures(norm, ruleHits)) {
    const w = WEIGHTS.features[f];
    if (!w) continue;
    for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
  }
  return z.map((v) => 1 / (1 + Math.exp(-v)));
}

/**
 * Components the classifier may add to what the rules found. Learned additions of the other
 * components were measured to cost too much precision outside the partner corpus (on the
 * SCEPA check, impact and repair added in 3 of 4 long public texts), so for those the rules
 * alone decide. See docs/APOLOGY.md.
 */
export const LEARNED: readonly ComponentId[] = ['responsibility'];

/** The components the rules and the classifier together find in one sentence. */
export function classifyComponents(norm: string, ruleHits: readonly ComponentId[]): ComponentId[] {
  if (!WEIGHTS.bias.length) return [...ruleHits];
  // Owning and regretting need the writer in the sentence, not under a negation ("that was
  // not my choice" owns nothing).
  if (LEARNED.every((id) => ruleHits.includes(id)) || !OWN.test(norm.replace(NEGATED_OWN, ''))) return [...ruleHits];
  const p = componentScores(norm, ruleHits);
  return COMPONENT_IDS.filter((id, k) => ruleHits.includes(id) || (LEARNED.includes(id) && p[k]! >= WEIGHTS.thresholds[k]!));
}
