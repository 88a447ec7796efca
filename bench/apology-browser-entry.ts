import { makeDraft, timeFull, timeTyping } from './apology-draft.js';

// Runs in the page: full analyses of a 300-word draft, and keystrokes of the editor's coach.
(globalThis as unknown as { mendApologyBench: (runs: number) => { full: number[]; typing: number[] } }).mendApologyBench = (runs: number) => {
  const draft = makeDraft(300);
  return { full: timeFull(draft, runs), typing: timeTyping(draft, runs) };
};
