/**
 * Contractions, normalised once before any pattern runs. "You're so hurt" and "You are so
 * hurt" must read the same, and so must "If you'd paid me any attention" and "If you had
 * paid…". The working copy spells every contraction out ("you are", "you had", "did not",
 * "cannot"), and an offset map takes every position in it back to the person's own words,
 * so a marked span still points at exactly what they typed ("You're overreacting").
 *
 * Patterns are written (or rewritten by `canonPattern`) in the spelled-out form only, so no
 * pattern can depend on whether a person used an apostrophe.
 */

/** The spelled-out working text and, for each of its characters, where it came from. */
export interface Expanded {
  text: string;
  /** Original offset where character i's source begins. */
  startOf: Int32Array;
  /** Original offset where character i's source ends (exclusive). */
  endOf: Int32Array;
}

// Past participles that follow "'d" meaning "had" ("you'd paid", "I'd been", "she'd gone").
const HAD_NEXT = /^(?:been|had|done|gone|got|gotten|made|paid|said|told|known|seen|left|put|kept|lost|taken|given|found|thought|felt|heard|spent|sent|let|read|run|come|become|begun|broken|written|spoken|eaten|drunk|hidden|forgotten|bought|brought|caught|meant|ever|already|just|never|\w+ed)$/;
// Words after which "'s" is always "is"/"has" (a possessive of these is spelled without it: "its", "whose").
const S_IS = /^(?:it|that|this|he|she|there|here|what|who|where|how|why|when)$/;
// Words whose "'s" is a possessive as often as "is"/"has": "someone's phone", "nobody's business",
// but "someone's been lying", "nobody's perfect". Spelled out only before a word that cannot
// follow a possessive (a verb form, an article, an adverb, a predicate adjective).
const S_EITHER = /^(?:everything|nothing|something|anything|everyone|everybody|nobody|someone|somebody|anyone|anybody|one)$/;
const AFTER_IS = /^(?:been|got|gotten|gone|going|coming|doing|having|getting|being|trying|lying|looking|talking|waiting|watching|happened|changed|said|told|done|made|had|not|a|an|the|so|too|very|really|just|always|never|still|all|already|ever|here|there|perfect|fine|okay|ok|sure|right|wrong|fair|allowed|entitled|welcome|gonna)$/;
// Apostrophe-less spellings that are unambiguous in English text messages.
const BARE: Record<string, string> = {
  dont: 'do not', didnt: 'did not', doesnt: 'does not', cant: 'cannot', isnt: 'is not', wasnt: 'was not',
  werent: 'were not', arent: 'are not', havent: 'have not', hasnt: 'has not', hadnt: 'had not', shouldnt: 'should not',
  wouldnt: 'would not', couldnt: 'could not', im: 'i am', ive: 'i have', youre: 'you are', youve: 'you have',
  theyre: 'they are', thats: 'that is', whats: 'what is', theres: 'there is', idk: 'i do not know',
  // Texting's own spellings of whole words: "u started it", "sorry if i upset u", "soz", "cos".
  u: 'you', soz: 'sorry', sry: 'sorry', cos: 'because', coz: 'because', cuz: 'because', tho: 'though',
};
// Texting's "ill" is "i will" before a verb a promise starts with ("ill ring her tmrw"), never after "feel"/"was".
const ILL_NEXT = /^(?:be|do|make|call|ring|text|tell|show|pay|take|get|go|try|stop|never|always|fix|come|sort|buy|cook|clean|talk|message|change|delete|give|put|keep|work|book|answer|listen|see|let|start|leave|wait|drive|apologi[sz]e|say|ask|check|read|send|block|cancel|move|help|find|look|plan|bring|replace|return|just|definitely|actually|really|never|not)$/;

/** The spelled-out form of one lower-cased word with an apostrophe (or a bare form), or null. */
function expandWord(word: string, next: string): string | null {
  const bare = BARE[word];
  if (bare) return bare;
  if (word === "won't") return 'will not';
  if (word === "can't") return 'cannot';
  if (word === "shan't") return 'shall not';
  if (word === "ain't") return 'is not';
  if (word === "let's") return 'let us';
  if (word === "'cause") return 'because';
  // Texting's "its" is "it is" before a word a possessive never precedes ("its a joke", "its not").
  if (word === 'its') return AFTER_IS.test(next) ? 'it is' : null;
  // "ur" is "you are" before what follows a "be" ("ur so sensitive", "ur overreacting"), else "your".
  if (word === 'ur') return AFTER_IS.test(next) || /ing$/.test(next) || /^(?:being|making|acting|such|upset|angry|mad|overreacting)$/.test(next) ? 'you are' : 'your';
  if (word === 'ill') return ILL_NEXT.test(next) ? 'i will' : null;
  const m = /^([a-z]+)('re|'ve|'ll|'m|'d|'s|n't)$/.exec(word);
  if (!m) return null;
  const [, head, tail] = m as unknown as [string, string, string];
  switch (tail) {
    case "n't": return `${head} not`;
    case "'re": return `${head} are`;
    case "'ve": return `${head} have`;
    case "'ll": return `${head} will`;
    case "'m": return `${head} am`;
    case "'d": return `${head} ${HAD_NEXT.test(next) ? 'had' : 'would'}`;
    case "'s":
      if (!S_IS.test(head) && !(S_EITHER.test(head) && AFTER_IS.test(next))) return null;
      return `${head} ${next === 'been' || next === 'got' || next === 'gotten' ? 'has' : 'is'}`;
    default: return null;
  }
}

// Only words with an apostrophe, or one of the bare spellings, can change.
const WORD = new RegExp(`'cause\\b|\\b[a-z]+'[a-z]+\\b|\\b(?:${Object.keys(BARE).join('|')}|its|ur|ill)\\b`, 'g');

/** Spell out every contraction in an already lower-cased text, keeping a map back to it. */
export function expandContractions(norm: string): Expanded {
  const pieces: string[] = [];
  // Replacements: [start, end, expansion, shared prefix length].
  const reps: [number, number, string, number][] = [];
  let extra = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(norm)) !== null) {
    const word = m[0];
    const a = m.index;
    const b = a + word.length;
    const next = /^\s+([a-z]+)/.exec(norm.slice(b, b + 24))?.[1] ?? '';
    const exp = expandWord(word, next);
    if (exp === null) continue;
    // The shared prefix maps one to one ("did" of "didn't"); the rest maps to the remainder.
    let k = 0;
    while (k < word.length && k < exp.length && word[k] === exp[k]) k++;
    reps.push([a, b, exp, k]);
    extra += exp.length - word.length;
  }
  const n = norm.length + extra;
  const startOf = new Int32Array(n);
  const endOf = new Int32Array(n);
  let o = 0;
  let last = 0;
  const copy = (from: number, to: number) => {
    pieces.push(norm.slice(from, to));
    for (let i = from; i < to; i++, o++) {
      startOf[o] = i;
      endOf[o] = i + 1;
    }
  };
  for (const [a, b, exp, k] of reps) {
    copy(last, a);
    pieces.push(exp);
    for (let i = 0; i < exp.length; i++, o++) {
      startOf[o] = i < k ? a + i : a + Math.min(k, b - a - 1);
      endOf[o] = i < k ? a + i + 1 : b;
    }
    last = b;
  }
  copy(last, norm.length);
  return { text: pieces.join(''), startOf, endOf };
}

/** Map a span of the expanded text back to the original (a non-empty span stays non-empty). */
export function mapSpan(x: Expanded, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: x.startOf[start] ?? x.startOf.length, end: x.startOf[start] ?? x.startOf.length };
  return { start: x.startOf[start]!, end: x.endOf[end - 1]! };
}

/**
 * Rewrite a pattern source written with contractions into the spelled-out form the
 * working text uses: `didn't` → `did\s?not`, `you're` → `you\s?are`, `'d` → `\s?(?:would|had)`,
 * `can't` → `cannot`. `\s?` (not a space) so that `you\s+(?:'re)` still matches "you are".
 * A possessive "'s" after a noun is left alone ("people's"), and so is one after a word whose
 * "'s" may be either ("everyone's"): a pattern that means "is" there spells it out. `guard` marks a pattern that
 * rules a match out rather than finding one.
 */
export function canonPattern(source: string, guard = false): string {
  const out = source
    .replace(/won't/g, 'will\\s?not')
    .replace(/can't/g, 'cannot')
    .replace(/shan't/g, 'shall\\s?not')
    .replace(/let's/g, 'let\\s?us')
    .replace(/'cause/g, 'because')
    .replace(/n't/g, '\\s?not')
    .replace(/'re\b/g, '\\s?are')
    .replace(/'ve\b/g, '\\s?have')
    .replace(/'ll\b/g, '\\s?will')
    .replace(/'m\b/g, '\\s?am')
    .replace(/'d\b/g, '\\s?(?:would|had)')
    .replace(/(\b(?:it|that|this|he|she|there|here|what|who|where|how|why|when)|\(\?:|\|)'s\b/g, '$1\\s?(?:is|has)');
  // In a pattern that finds something, a one-word gap must not swallow the "not" of a
  // spelled-out "wasn't" ("it was not my fault"); in a guard that rules a match out, it may.
  return guard ? out : strictGaps(out);
}

const GAP = '(?:\\w+\\s+)';
const STRICT_GAP = '(?:(?!not\\b)\\w+\\s+)';
/** Make every one-word gap skip "not", except inside a negative lookaround (which is a guard). */
function strictGaps(source: string): string {
  let out = '';
  const stack: boolean[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') {
      // Copy a character class whole.
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '(') {
      if (!stack.includes(true) && source.startsWith(GAP, i)) {
        out += STRICT_GAP;
        i += GAP.length - 1;
        continue;
      }
      stack.push(source.startsWith('(?!', i) || source.startsWith('(?<!', i));
    } else if (c === ')') stack.pop();
    out += c;
  }
  return out;
}

/** True when a pattern source still mentions a contraction (it could never match). */
export function hasContraction(source: string): boolean {
  return /n't|'(?:re|ve|ll|m|d)\b|\b(?:it|that|he|she|there|what|who)'s\b/.test(source);
}
