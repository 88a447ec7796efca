/** Helpers for showing, checking and reading back the 24 recovery words. */

/** Two different positions (1-based, ascending) out of `total`, chosen at random. */
export function pickTwoPositions(total: number, random: () => number = secureRandom): [number, number] {
  if (total < 2) throw new Error('Need at least two words.');
  const a = 1 + Math.floor(random() * total);
  let b = 1 + Math.floor(random() * (total - 1));
  if (b >= a) b += 1;
  return a < b ? [a, b] : [b, a];
}

function secureRandom(): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return (buf[0] ?? 0) / 2 ** 32;
}

/** Whether what someone typed matches the word, ignoring case and surrounding space. */
export function wordMatches(typed: string, word: string): boolean {
  return typed.trim().toLowerCase() === word.trim().toLowerCase();
}

/**
 * Reads recovery words as pasted: any spacing, commas or new lines, with or without the
 * numbers from the downloaded file ("1. apple").
 */
export function parseRecoveryWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((w) => w.replace(/^\d+[.):]?$/, '').replace(/^\d+[.):]/, ''))
    .filter((w) => w.length > 0);
}

/** The text file people can download: one numbered word per line. */
export function recoveryWordsText(words: readonly string[]): string {
  const lines = words.map((w, i) => `${i + 1}. ${w}`);
  return [
    'Mend recovery key',
    '',
    'Keep this somewhere safe and private. It is the only way back into your',
    'account if you forget your password. Anyone who has it and your email can',
    'reset your password.',
    '',
    ...lines,
    '',
  ].join('\n');
}
