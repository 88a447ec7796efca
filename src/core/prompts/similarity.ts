/**
 * Near-duplicate detection for short texts (prompts, activity ideas), with two measures:
 *
 * - **Word 3-shingles**: the set of every run of three consecutive words. Jaccard of 0.5 or
 *   more means at least half of all three-word runs are shared, which for a 10–20 word
 *   sentence only happens when one is the other with a word or two swapped.
 * - **Content words**: the set of stemmed words left after removing function words and
 *   prompt boilerplate ("what's", "something", "{partner}"). Jaccard of 0.6 or more means,
 *   e.g., 3 of 4 or 6 of 8 meaningful words shared: the same question reworded ("What small
 *   thing makes you feel looked after?" / "Which little things make you feel looked after?").
 *   Distinct prompts on the same theme share one or two content words and score 0.2–0.45.
 *
 * The thresholds were checked against paraphrase pairs and different-but-related pairs in
 * `similarity.test.ts`; both are exported so a caller can tighten or relax them.
 */

/** Thresholds above which two texts count as near-duplicates. */
export type SimilarityThresholds = { shingle: number; content: number };

/** The defaults: 3-shingle Jaccard ≥ 0.5 or content-word Jaccard ≥ 0.6 (see the module comment). */
export const DEFAULT_THRESHOLDS: SimilarityThresholds = { shingle: 0.5, content: 0.6 };

/** Function words and prompt boilerplate that carry no meaning of their own here. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // articles, pronouns, determiners
  'a', 'an', 'the', 'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'yourself',
  'yourselves', 'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its', 'they', 'them', 'their', 'theirs',
  'themselves', 'this', 'that', 'these', 'those', 'each', 'other', 'both', 'either', 'any', 'some', 'all',
  'every', 'another', 'own', 'same', 'such',
  // question words and connectives
  'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'if', 'whether', 'and', 'or',
  'but', 'so', 'than', 'then', 'as', 'because', 'while', 'though', 'even', 'just', 'also', 'too', 'very',
  'not', 'no', 'nor', 'only', 'more', 'most', 'much', 'many', 'less', 'least', 'there', 'here', 'now',
  // prepositions
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'about', 'from', 'into', 'onto', 'over', 'under',
  'up', 'down', 'out', 'off', 'around', 'through', 'without', 'between', 'after', 'before', 'during',
  // auxiliaries
  'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'done', 'have', 'has',
  'had', 'having', 'will', 'would', 'could', 'can', 'shall', 'should', 'may', 'might', 'must', 'let',
  // contractions, apostrophe removed by normalisation
  'whats', 'youre', 'youd', 'youve', 'youll', 'im', 'ive', 'id', 'ill', 'thats', 'theres',
  'theyre', 'theyd', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'wouldnt',
  'couldnt', 'cant', 'hasnt', 'havent', 'hows', 'whos', 'wheres', 'whens', 'lets',
  // prompt boilerplate
  'partner', 'something', 'someone', 'anything', 'thing', 'things', 'one', 'way', 'ways', 'kind',
  'little', 'small', 'really', 'lately', 'recently', 'right', 'two', 'together', 'like', 'else',
]);

/** Lower-cases, folds accents, turns `{partner}` into "partner", drops apostrophes and punctuation, collapses spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\{partner\}/g, ' partner ')
    .replace(/['\u2018\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of `text` after `normalizeText`. */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** A deliberately light suffix stripper, so "notice", "noticed" and "noticing" all become "notic". */
export function stem(word: string): string {
  return dropFinalE(stripSuffix(word));
}

function stripSuffix(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return undoubled(word.slice(0, -3));
  if (word.length > 4 && word.endsWith('ed')) return undoubled(word.slice(0, -2));
  if (word.length > 4 && word.endsWith('ly')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es') && /(?:ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

function dropFinalE(word: string): string {
  return word.length > 3 && word.endsWith('e') && !word.endsWith('ee') ? word.slice(0, -1) : word;
}

function undoubled(word: string): string {
  const last = word.at(-1);
  if (word.length > 3 && last !== undefined && last === word.at(-2) && !'lsz'.includes(last)) return word.slice(0, -1);
  return word;
}

/** The set of runs of `k` consecutive words; a text shorter than `k` words is one shingle. */
export function shingles(text: string, k = 3): Set<string> {
  const words = tokenize(text);
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length < k) {
    out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

/** The set of stemmed words that are not stopwords. */
export function contentWords(text: string): Set<string> {
  return new Set(tokenize(text).filter((w) => !STOPWORDS.has(w)).map(stem));
}

/** Jaccard similarity |A ∩ B| / |A ∪ B|; two empty sets count as identical (1). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Both similarity measures for a pair of texts. */
export type SimilarityScores = { shingle: number; content: number };

/** The shingle and content-word Jaccard scores of two texts. */
export function similarity(a: string, b: string): SimilarityScores {
  return { shingle: jaccard(shingles(a), shingles(b)), content: jaccard(contentWords(a), contentWords(b)) };
}

/** Whether two texts are near-duplicates under the given thresholds. */
export function isNearDuplicate(a: string, b: string, thresholds: SimilarityThresholds = DEFAULT_THRESHOLDS): boolean {
  const s = similarity(a, b);
  return s.shingle >= thresholds.shingle || s.content >= thresholds.content;
}

/** A pair of items found too similar, with both scores. */
export type NearDuplicate = { a: string; b: string; scores: SimilarityScores };

/** Every pair of items (by id) whose texts are near-duplicates; O(n²), fine for a few thousand items. */
export function findNearDuplicates(
  items: readonly { id: string; text: string }[],
  thresholds: SimilarityThresholds = DEFAULT_THRESHOLDS,
): NearDuplicate[] {
  const prepared = items.map((item) => ({ id: item.id, sh: shingles(item.text), cw: contentWords(item.text) }));
  const found: NearDuplicate[] = [];
  for (let i = 0; i < prepared.length; i++) {
    const x = prepared[i]!;
    for (let j = i + 1; j < prepared.length; j++) {
      const y = prepared[j]!;
      const scores = { shingle: jaccard(x.sh, y.sh), content: jaccard(x.cw, y.cw) };
      if (scores.shingle >= thresholds.shingle || scores.content >= thresholds.content) {
        found.push({ a: x.id, b: y.id, scores });
      }
    }
  }
  return found;
}

/** Whether two texts are the same once case, punctuation and spacing are ignored. */
export function sameWords(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}
