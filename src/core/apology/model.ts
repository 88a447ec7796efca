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
import { isSelfPain } from './flags.js';

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

/** The probability that a sentence carries the learned component (WEIGHTS.component). */
export function componentScore(norm: string, ruleHits: readonly ComponentId[]): number {
  let z = WEIGHTS.bias;
  for (const f of sentenceFeatures(norm, ruleHits)) z += WEIGHTS.features[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The one component the classifier may add to what the rules found. Learned additions of the
 * other components were measured to cost too much precision outside the partner corpus (on
 * the SCEPA check, impact and repair added in 3 of 4 long public texts), so for those the
 * rules alone decide, and only this component's weights are kept. See docs/APOLOGY.md.
 */
export const LEARNED: ComponentId = WEIGHTS.component;

/** The components the rules and the classifier together find in one sentence. */
export function classifyComponents(norm: string, ruleHits: readonly ComponentId[]): ComponentId[] {
  // Owning and regretting need the writer in the sentence, not under a negation ("that was
  // not my choice" owns nothing).
  if (ruleHits.includes(LEARNED) || !OWN.test(norm.replace(NEGATED_OWN, ''))) return [...ruleHits];
  // The writer's own distress ("I've been so stressed I can barely sleep") owns no act, however
  // much it reads like a confession's first person.
  if (isSelfPain(norm)) return [...ruleHits];
  if (componentScore(norm, ruleHits) < WEIGHTS.threshold) return [...ruleHits];
  return COMPONENT_IDS.filter((id) => id === LEARNED || ruleHits.includes(id));
}
