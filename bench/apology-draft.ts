import { analyzeApology, createApologyCoach } from '../src/core/apology/index.js';

// Hand-written sentences (every component and most failure patterns), mixed into a draft.
const SENTENCES = [
  'I lied to you about where I was on Friday night, and I kept lying when you asked me again.',
  'I know it made you doubt yourself, and I can only imagine how humiliating it was to hear it from your sister.',
  'I am so sorry.',
  'At the time I told myself it did not matter, but that is no excuse.',
  'From now on my phone stays on the kitchen table, and I have booked a counsellor for Tuesday.',
  'If you are willing, I would like to make it up to you, at whatever pace feels right.',
  'I hope one day you can forgive me.',
  "I'm sorry if I hurt you, but you were ignoring me all week.",
  'It was just texting, and honestly you are overreacting.',
  'I never meant to hurt you, and you misunderstood what I said.',
  'Mistakes were made and things got out of hand.',
  'I already said sorry, so can we just move on?',
  'At least I did not hide the money from you.',
  'You said "I\'m sorry you feel that way" was the worst thing I could have written.',
];

/** A draft of about `words` words cycling through the sentences above. */
export function makeDraft(words = 300): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const s = SENTENCES[i % SENTENCES.length]!;
    out.push(s);
    n += s.split(/\s+/).length;
  }
  return out.join(' ');
}

const TYPED = 'I know how lonely those months were for you, and I will show you every message from now on.';

// The i-th keystroke of typing one more sentence at the end of `draft` (cycles through it).
function typedAt(draft: string, i: number): string {
  return `${draft} ${TYPED.slice(0, 1 + (i % TYPED.length))}`;
}

/** Milliseconds of `runs` full analyses of `draft`, a one-character edit each time and nothing remembered. */
export function timeFull(draft: string, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = i % 2 ? draft : `${draft} `;
    const t0 = performance.now();
    analyzeApology(text);
    times.push(performance.now() - t0);
  }
  return times;
}

/** Milliseconds of `runs` keystrokes of the editor's coach typing one more sentence after `draft`. */
export function timeTyping(draft: string, runs: number): number[] {
  const coach = createApologyCoach();
  coach(draft);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = typedAt(draft, i);
    const t0 = performance.now();
    coach(text);
    times.push(performance.now() - t0);
  }
  return times;
}
