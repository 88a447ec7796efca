/**
 * The ways a phrase could sit in a file if it were stored in the clear: its UTF-8 bytes,
 * and its base64 / base64url encodings at each of the three byte alignments (the middle
 * of each, since the edges depend on neighbouring bytes).
 */
export function plaintextForms(phrase: string): Buffer[] {
  const bytes = Buffer.from(phrase, 'utf8');
  const forms: Buffer[] = [bytes, Buffer.from(phrase, 'utf16le')];
  for (let shift = 0; shift < 3; shift++) {
    const padded = Buffer.concat([Buffer.alloc(shift), bytes]);
    for (const enc of ['base64', 'base64url'] as const) {
      const text = padded.toString(enc);
      forms.push(Buffer.from(text.slice(4, text.length - 4)));
    }
  }
  return forms;
}

/** Which forms of the phrase occur in the data (empty when none do). */
export function foundForms(data: Buffer, phrase: string): string[] {
  return plaintextForms(phrase)
    .filter((form) => data.includes(form))
    .map((form) => form.toString('latin1').slice(0, 40));
}
