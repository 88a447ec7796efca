/**
 * Text preparation: a lower-cased, punctuation-normalized copy of the draft that has the
 * *same length* as the original, so every regex offset in it is a true offset into the
 * person's own text; and sentence spans over it.
 */

/** A sentence: offsets into the original text (trimmed of surrounding spaces). */
export interface Sentence {
  start: number;
  end: number;
  /** The normalized (lower-cased, quote-masked) text of the sentence. */
  norm: string;
}

/**
 * Lower-case and normalize typographic marks one character at a time, never changing the
 * length: curly apostrophes → ', curly double quotes → ", backtick-as-apostrophe → ', dashes → -.
 */
export function normalize(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (code < 128) {
      out += c === '`' ? "'" : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
      continue;
    }
    if (c === '\u2019' || c === '\u2018' || c === '\u02bc' || c === '\u00b4') out += "'";
    else if (c === '\u201c' || c === '\u201d' || c === '\u201e' || c === '\u00ab' || c === '\u00bb') out += '"';
    else if (c === '\u2013' || c === '\u2014' || c === '\u2212') out += '-';
    else if (c === '\u2026') out += '.';
    else if (c === '\u00a0') out += ' ';
    else {
      const l = c.toLowerCase();
      // Some characters change length when lower-cased (e.g. "İ"); keep those as they are.
      out += l.length === 1 ? l : c;
    }
  }
  return out;
}

// Words after which a full stop does not end a sentence.
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'vs', 'etc', 'e.g', 'i.e', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'no', 'feb', 'jan', 'aug', 'sept', 'oct', 'nov', 'dec', 'u.s', 'a.m', 'p.m', 'inc', 'co', 'corp', 'ltd', 'mt', 'ft', 'approx', 'dept', 'hon', 'rev', 'fr']);

/**
 * Sentence spans: a sentence ends at . ! ? (with any closing quotes/brackets after them)
 * followed by space or the end, or at a line break. Abbreviations and single initials
 * ("J.") do not end a sentence.
 */
export function splitSentences(text: string, norm: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a && /[\p{L}\p{N}]/u.test(norm.slice(a, b))) out.push({ start: a, end: b, norm: norm.slice(a, b) });
  };
  let start = 0;
  const n = norm.length;
  for (let i = 0; i < n; i++) {
    const c = norm[i]!;
    if (c === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < n && /[.!?"')\]]/.test(norm[j]!)) j++;
    if (j < n && !/\s/.test(norm[j]!)) {
      i = j - 1;
      continue;
    }
    if (c === '.') {
      const m = /([a-z.]+)$/.exec(norm.slice(Math.max(start, i - 12), i));
      const word = m?.[1] ?? '';
      if (ABBREV.has(word) || /^[a-z]$/.test(word)) continue;
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, n);
  return out;
}
